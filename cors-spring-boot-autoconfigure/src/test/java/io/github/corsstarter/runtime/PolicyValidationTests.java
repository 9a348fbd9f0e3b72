package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.testing.CorsConfigurationException;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.PolicySpecs.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

class PolicyValidationTests {

	static Stream<Arguments> invalidSettings() {
		return Stream.of(
				invalid("'*' origins with credentials", (s) -> s.allowedOrigins("*").allowCredentials(true),
						"allowed-origins[0]", "*", Kind.WILDCARD_WITH_CREDENTIALS, "set allow-credentials=false"),
				invalid("bare '*' origin pattern with credentials",
						(s) -> s.allowedOriginPatterns("*").allowCredentials(true), "allowed-origin-patterns[0]", "*",
						Kind.WILDCARD_WITH_CREDENTIALS, "list the trusted origins"),
				invalid("'*' exposed headers with credentials",
						(s) -> s.allowedOrigins("https://a.com").exposedHeaders("*").allowCredentials(true),
						"exposed-headers[0]", "*", Kind.WILDCARD_WITH_CREDENTIALS, "list the headers"),
				invalid("'*' origins with private network access",
						(s) -> s.allowedOrigins("*").allowPrivateNetwork(true), "allowed-origins[0]", "*",
						Kind.WILDCARD_WITH_PRIVATE_NETWORK, "allow-private-network=false"),
				invalid("trailing slash", (s) -> s.allowedOrigins("https://a.com/"), "allowed-origins[0]",
						"https://a.com/", Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("path", (s) -> s.allowedOrigins("https://a.com/app"), "allowed-origins[0]", "https://a.com/app",
						Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("query", (s) -> s.allowedOrigins("https://a.com?x=1"), "allowed-origins[0]",
						"https://a.com?x=1", Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("fragment", (s) -> s.allowedOrigins("https://a.com#top"), "allowed-origins[0]",
						"https://a.com#top", Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("userinfo", (s) -> s.allowedOrigins("https://me@a.com"), "allowed-origins[0]",
						"https://me@a.com", Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("missing scheme", (s) -> s.allowedOrigins("app.example.com"), "allowed-origins[0]",
						"app.example.com", Kind.MALFORMED_ORIGIN, "write 'https://app.example.com'"),
				invalid("upper-case letters", (s) -> s.allowedOrigins("https://App.Example.com"), "allowed-origins[0]",
						"https://App.Example.com", Kind.MALFORMED_ORIGIN, "write 'https://app.example.com'"),
				invalid("explicit default port", (s) -> s.allowedOrigins("https://a.com:443"), "allowed-origins[0]",
						"https://a.com:443", Kind.MALFORMED_ORIGIN, "write 'https://a.com'"),
				invalid("wildcard in allowed-origins", (s) -> s.allowedOrigins("https://*.a.com"), "allowed-origins[0]",
						"https://*.a.com", Kind.WILDCARD_IN_ALLOWED_ORIGINS, "move it to allowed-origin-patterns"),
				invalid("null origin", (s) -> s.allowedOrigins("null"), "allowed-origins[0]", "null",
						Kind.OPAQUE_ORIGIN, "remove it"),
				invalid("file origin", (s) -> s.allowedOrigins("file:///home/me/index.html"), "allowed-origins[0]",
						"file:///home/me/index.html", Kind.OPAQUE_ORIGIN, "serve the client over http(s)"),
				invalid("Unicode host", (s) -> s.allowedOrigins("https://bücher.example"), "allowed-origins[0]",
						"https://bücher.example", Kind.MALFORMED_ORIGIN, "write 'https://xn--bcher-kva.example'"),
				invalid("empty list item", (s) -> s.allowedOrigins("https://a.com", " "), "allowed-origins[1]", " ",
						Kind.EMPTY_ITEM, "remove the empty item"),
				invalid("wildcard inside a label", (s) -> s.allowedOriginPatterns("https://api-*.example.com"),
						"allowed-origin-patterns[0]", "https://api-*.example.com", Kind.MALFORMED_ORIGIN_PATTERN,
						"http://localhost:[*]"),
				invalid("wildcard without a dot", (s) -> s.allowedOriginPatterns("https://*example.com"),
						"allowed-origin-patterns[0]", "https://*example.com", Kind.MALFORMED_ORIGIN_PATTERN,
						"https://*.example.com"),
				invalid("wildcard scheme", (s) -> s.allowedOriginPatterns("*://example.com"),
						"allowed-origin-patterns[0]", "*://example.com", Kind.MALFORMED_ORIGIN_PATTERN,
						"https://*.example.com"),
				invalid("wildcard over a top-level domain", (s) -> s.allowedOriginPatterns("https://*.com"),
						"allowed-origin-patterns[0]", "https://*.com", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"for example 'https://*.example.com'"),
				invalid("wildcard over an unlisted top-level domain, the list's default rule",
						(s) -> s.allowedOriginPatterns("https://*.corp"), "allowed-origin-patterns[0]",
						"https://*.corp", Kind.WILDCARD_OVER_PUBLIC_SUFFIX, "'https://*.example.corp'"),
				invalid("wildcard over a public suffix of the ICANN section",
						(s) -> s.allowedOriginPatterns("https://*.co.uk"), "allowed-origin-patterns[0]",
						"https://*.co.uk", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"name your own registrable domain, for example 'https://*.example.co.uk'"),
				invalid("wildcard over a public suffix of the private section",
						(s) -> s.allowedOriginPatterns("https://*.github.io:[*]"), "allowed-origin-patterns[0]",
						"https://*.github.io:[*]", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"'https://*.example.github.io:[*]'"),
				invalid("wildcard over vercel.app", (s) -> s.allowedOriginPatterns("https://*.vercel.app"),
						"allowed-origin-patterns[0]", "https://*.vercel.app", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"'https://*.example.vercel.app'"),
				invalid("wildcard over herokuapp.com", (s) -> s.allowedOriginPatterns("https://*.herokuapp.com"),
						"allowed-origin-patterns[0]", "https://*.herokuapp.com", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"'https://*.example.herokuapp.com'"),
				invalid("wildcard over s3.amazonaws.com", (s) -> s.allowedOriginPatterns("https://*.s3.amazonaws.com"),
						"allowed-origin-patterns[0]", "https://*.s3.amazonaws.com", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"for example 'https://*."),
				invalid("wildcard over a name with a public suffix below it",
						(s) -> s.allowedOriginPatterns("https://*.amazonaws.com"), "allowed-origin-patterns[0]",
						"https://*.amazonaws.com", Kind.WILDCARD_OVER_PUBLIC_SUFFIX, "for example 'https://*."),
				invalid("wildcard over a public suffix even without credentials or with other valid patterns",
						(s) -> s.allowedOriginPatterns("https://*.example.co.uk", "https://*.pages.dev"),
						"allowed-origin-patterns[1]", "https://*.pages.dev", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"'https://*.example.pages.dev'"),
				invalid("resolver candidate pattern over a public suffix",
						(s) -> s.candidatePatterns("https://*.tenant.example", "https://*.co.uk"),
						"origin-resolver.candidate-patterns[1]", "https://*.co.uk", Kind.WILDCARD_OVER_PUBLIC_SUFFIX,
						"'https://*.example.co.uk'"),
				invalid("malformed resolver candidate pattern", (s) -> s.candidatePatterns("https://*tenant.example"),
						"origin-resolver.candidate-patterns[0]", "https://*tenant.example",
						Kind.MALFORMED_ORIGIN_PATTERN, "https://*.example.com"),
				invalid("empty resolver candidate pattern", (s) -> s.candidatePatterns("https://*.tenant.example", " "),
						"origin-resolver.candidate-patterns[1]", " ", Kind.EMPTY_ITEM, "remove the empty item"),
				invalid("wildcard over an IP address", (s) -> s.allowedOriginPatterns("http://*.0.0.1"),
						"allowed-origin-patterns[0]", "http://*.0.0.1", Kind.WILDCARD_OVER_IP_ADDRESS,
						"'http://127.0.0.1:[*]'"),
				invalid("wildcard over a bracketed IPv6 address", (s) -> s.allowedOriginPatterns("https://*.[::1]:[*]"),
						"allowed-origin-patterns[0]", "https://*.[::1]:[*]", Kind.WILDCARD_OVER_IP_ADDRESS,
						"'http://127.0.0.1:[*]'"),
				invalid("shortened IPv4 address", (s) -> s.allowedOrigins("http://127.1"), "allowed-origins[0]",
						"http://127.1", Kind.NON_CANONICAL_IP_ADDRESS, "write 'http://127.0.0.1'"),
				// browsers send it as 127.0.0.1; the starter does not rewrite hexadecimal
				// and
				// octal forms (the JDK, which works out the fix, does not read them), it
				// names
				// the form to write
				invalid("hexadecimal IPv4 address", (s) -> s.allowedOrigins("http://0x7f.0.0.1:8080"),
						"allowed-origins[0]", "http://0x7f.0.0.1:8080", Kind.NON_CANONICAL_IP_ADDRESS,
						"write the address as browsers send it, for example 'http://127.0.0.1'"),
				invalid("octal IPv4 address in a pattern", (s) -> s.allowedOriginPatterns("http://0177.0.0.1:[*]"),
						"allowed-origin-patterns[0]", "http://0177.0.0.1:[*]", Kind.NON_CANONICAL_IP_ADDRESS,
						"'http://127.0.0.1:[*]'"),
				invalid("IPv4 address as one number", (s) -> s.allowedOrigins("http://2130706433"),
						"allowed-origins[0]", "http://2130706433", Kind.NON_CANONICAL_IP_ADDRESS,
						"write 'http://127.0.0.1'"),
				invalid("uncompressed IPv6 address", (s) -> s.allowedOrigins("http://[0:0:0:0:0:0:0:1]:3000"),
						"allowed-origins[0]", "http://[0:0:0:0:0:0:0:1]:3000", Kind.NON_CANONICAL_IP_ADDRESS,
						"write 'http://[::1]:3000'"),
				invalid("an IPv4 address no browser accepts", (s) -> s.allowedOrigins("http://256.0.0.1"),
						"allowed-origins[0]", "http://256.0.0.1", Kind.INVALID_IP_ADDRESS, "'http://127.0.0.1'"),
				invalid("shortened IPv4 address in a pattern", (s) -> s.allowedOriginPatterns("http://127.1:[*]"),
						"allowed-origin-patterns[0]", "http://127.1:[*]", Kind.NON_CANONICAL_IP_ADDRESS,
						"write 'http://127.0.0.1:[*]'"),
				invalid("shortened IPv4 address with other mistakes", (s) -> s.allowedOrigins("HTTP://127.1/"),
						"allowed-origins[0]", "HTTP://127.1/", Kind.MALFORMED_ORIGIN, "write 'http://127.0.0.1'"),
				invalid("wildcard alone as host", (s) -> s.allowedOriginPatterns("https://*"),
						"allowed-origin-patterns[0]", "https://*", Kind.MALFORMED_ORIGIN_PATTERN,
						"https://*.example.com"),
				invalid("bad port list", (s) -> s.allowedOriginPatterns("http://localhost:[3000,x]"),
						"allowed-origin-patterns[0]", "http://localhost:[3000,x]", Kind.MALFORMED_ORIGIN_PATTERN,
						"http://localhost:[3000,5173]"),
				invalid("default port in a port list", (s) -> s.allowedOriginPatterns("http://localhost:[80,8080]"),
						"allowed-origin-patterns[0]", "http://localhost:[80,8080]", Kind.MALFORMED_ORIGIN_PATTERN,
						"leave the default port out"),
				invalid("invalid method token", (s) -> s.allowedMethods("GET", "PU T"), "allowed-methods[1]", "PU T",
						Kind.NOT_A_TOKEN, "letters, digits and '-'"),
				invalid("CONNECT", (s) -> s.allowedMethods("connect"), "allowed-methods[0]", "connect",
						Kind.FORBIDDEN_METHOD, "remove it"),
				invalid("TRACE", (s) -> s.allowedMethods("TRACE"), "allowed-methods[0]", "TRACE", Kind.FORBIDDEN_METHOD,
						"remove it"),
				invalid("TRACK", (s) -> s.allowedMethods("TRACK"), "allowed-methods[0]", "TRACK", Kind.FORBIDDEN_METHOD,
						"remove it"),
				invalid("invalid header token", (s) -> s.allowedHeaders("X Custom"), "allowed-headers[0]", "X Custom",
						Kind.NOT_A_TOKEN, "letters, digits and '-'"),
				invalid("forbidden request header", (s) -> s.allowedHeaders("Cookie"), "allowed-headers[0]", "Cookie",
						Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("Host request header", (s) -> s.allowedHeaders("host"), "allowed-headers[0]", "host",
						Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("Origin request header", (s) -> s.allowedHeaders("Origin"), "allowed-headers[0]", "Origin",
						Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("sec- request header", (s) -> s.allowedHeaders("Sec-Fetch-Mode"), "allowed-headers[0]",
						"Sec-Fetch-Mode", Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("proxy- request header", (s) -> s.allowedHeaders("Proxy-Authorization"), "allowed-headers[0]",
						"Proxy-Authorization", Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("access-control- request header", (s) -> s.allowedHeaders("Access-Control-Allow-Origin"),
						"allowed-headers[0]", "Access-Control-Allow-Origin", Kind.CORS_PROTOCOL_HEADER, "remove it"),
				invalid("access-control- exposed header", (s) -> s.exposedHeaders("Access-Control-Max-Age"),
						"exposed-headers[0]", "Access-Control-Max-Age", Kind.CORS_PROTOCOL_HEADER, "remove it"),
				invalid("Set-Cookie exposed", (s) -> s.exposedHeaders("Set-Cookie"), "exposed-headers[0]", "Set-Cookie",
						Kind.FORBIDDEN_HEADER, "remove it"),
				invalid("negative max-age", (s) -> s.maxAge(Duration.ofSeconds(-1)), "max-age", "PT-1S",
						Kind.NEGATIVE_DURATION, "use 0 to disable"),
				invalid("max-age above 24h", (s) -> s.maxAge(Duration.ofHours(25)), "max-age", "PT25H",
						Kind.MAX_AGE_TOO_LONG, "at most 2h"),
				invalid("cross-origin protection allowing no origin",
						(s) -> s.allowedOrigins().crossOriginProtection(true), "cross-origin-protection", "true",
						Kind.CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS, "list them in allowed-origins"),
				invalid("cross-origin protection allowing '*' origins",
						(s) -> s.allowedOrigins("*").crossOriginProtection(true), "cross-origin-protection", "true",
						Kind.CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS, "cross-origin-protection=false"),
				invalid("cross-origin protection allowing a bare '*' origin pattern",
						(s) -> s.allowedOrigins().allowedOriginPatterns("*").crossOriginProtection(true),
						"cross-origin-protection", "true", Kind.CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS,
						"list the trusted origins"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSettings")
	void reportsTheInvalidSettingWithItsKeyValueReasonAndFix(String behaviour, UnaryOperator<PolicySpecs> settings,
			String property, String value, Kind kind, String fix) {
		PolicySpecs spec = settings.apply(PolicySpecs.named("api").allowedOrigins("https://ok.example"));
		assertThatExceptionOfType(CorsConfigurationException.class).isThrownBy(spec::compilePolicy)
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.policy()).isEqualTo("api");
				assertThat(problem.settingKey()).isEqualTo(property);
				assertThat(problem.value()).isEqualTo(value);
				assertThat(problem.kind()).isEqualTo(kind);
				assertThat(problem.fix()).contains(fix);
			}));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		PolicySpecs spec = PolicySpecs.named("api")
			.allowedOrigins("https://a.com/", "null", "*")
			.allowedMethods("TRACE")
			.allowedHeaders("cookie")
			.allowCredentials(true)
			.maxAge(Duration.ofDays(2));
		assertThatExceptionOfType(CorsConfigurationException.class).isThrownBy(spec::compilePolicy)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ConfigurationProblem::settingKey)
				.containsExactlyInAnyOrder("allowed-origins[0]", "allowed-origins[1]", "allowed-origins[2]",
						"allowed-methods[0]", "allowed-headers[0]", "max-age"));
	}

	static Stream<Arguments> riskySettings() {
		return Stream.of(
				risky("max-age above Chromium's 2h cap",
						(s) -> s.allowedOrigins("https://a.com").maxAge(Duration.ofHours(3)), "max-age",
						Kind.MAX_AGE_ABOVE_CHROMIUM_CAP),
				risky("credentials for a plain-http origin that is not loopback",
						(s) -> s.allowedOrigins("http://intranet.example").allowCredentials(true), "allowed-origins[0]",
						Kind.PLAIN_HTTP_WITH_CREDENTIALS),
				risky("a policy that allows no origin", (s) -> s, "allowed-origins", Kind.NO_ORIGIN_ALLOWED),
				risky("resolver candidate patterns without a resolver",
						(s) -> s.allowedOrigins("https://a.com").candidatePatterns("https://*.tenant.example"),
						"origin-resolver.candidate-patterns", Kind.CANDIDATES_WITHOUT_RESOLVER),
				risky("credentials for a host that only starts like a loopback address",
						(s) -> s.allowedOrigins("http://127.evil.com").allowCredentials(true), "allowed-origins[0]",
						Kind.PLAIN_HTTP_WITH_CREDENTIALS),
				risky("credentials for plain-http origins matching a pattern",
						(s) -> s.allowedOriginPatterns("https://*.example.com", "http://*.example.com")
							.allowCredentials(true),
						"allowed-origin-patterns[1]", Kind.PLAIN_HTTP_WITH_CREDENTIALS),
				risky("credentials for a plain-http pattern on a host that only looks like loopback",
						(s) -> s.allowedOriginPatterns("http://127.evil.com:[*]").allowCredentials(true),
						"allowed-origin-patterns[0]", Kind.PLAIN_HTTP_WITH_CREDENTIALS),
				risky("a wildcard over a public suffix its owner tolerates",
						(s) -> s.allowedOriginPatterns("https://*.github.io")
							.dangerouslyTolerateSubdomainsOfPublicSuffixes(true),
						"allowed-origin-patterns[0]", Kind.WILDCARD_OVER_PUBLIC_SUFFIX),
				risky("tolerating wildcards over public suffixes where no pattern needs it",
						(s) -> s.allowedOriginPatterns("https://*.example.com")
							.dangerouslyTolerateSubdomainsOfPublicSuffixes(true),
						"dangerously-tolerate-subdomains-of-public-suffixes", Kind.NEEDLESS_TOLERANCE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("riskySettings")
	void warnsWithoutFailingAboutRiskySettings(String behaviour, UnaryOperator<PolicySpecs> settings, String property,
			Kind kind) {
		PolicySpecs spec = settings.apply(PolicySpecs.named("api"));
		Compilation problems = PolicySpecs.compilation(spec);
		assertThat(problems.configuration()).isPresent();
		assertThat(problems.errors()).isEmpty();
		assertThat(problems.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.settingKey()).isEqualTo(property);
			assertThat(warning.kind()).isEqualTo(kind);
		});
	}

	@Test
	void warnsOfAToleranceNoPatternNeedsWhateverElseTheSameCompilationWarnsOf() {
		PolicySpecs spec = PolicySpecs.named("api")
			.allowedOriginPatterns("https://*.example.com")
			.dangerouslyTolerateSubdomainsOfPublicSuffixes(true);
		spec.spec().getOriginResolver().setTimeout(Duration.ofSeconds(5));
		Compilation problems = PolicySpecs.compilation(spec);
		assertThat(problems.errors()).isEmpty();
		assertThat(problems.warnings()).extracting(ConfigurationProblem::settingKey)
			.containsExactlyInAnyOrder("origin-resolver.timeout", "dangerously-tolerate-subdomains-of-public-suffixes");
	}

	@Test
	void warnsOfTimingAllowOriginOnAPolicyThatAllowsNoOriginAndOnlyThere() {
		Compilation carvedOut = PolicySpecs.compilation(PolicySpecs.named("api").timingAllowOrigin(true));
		assertThat(carvedOut.errors()).isEmpty();
		assertThat(carvedOut.warnings()).extracting(ConfigurationProblem::kind, ConfigurationProblem::settingKey)
			.containsExactly(tuple(Kind.NO_ORIGIN_ALLOWED, "allowed-origins"),
					tuple(Kind.TIMING_FOR_NO_ORIGIN, "timing-allow-origin"));
		assertThat(PolicySpecs
			.compilation(PolicySpecs.named("api").allowedOrigins("https://a.example").timingAllowOrigin(true))
			.warnings()).isEmpty();
	}

	@Test
	void warnsOfEachRiskyPatternAtItsOwnIndexEvenWhenListedTwice() {
		PolicySpecs spec = PolicySpecs.named("api")
			.allowedOriginPatterns("http://*.example.com", "http://*.example.com")
			.allowCredentials(true);
		Compilation problems = PolicySpecs.compilation(spec);
		assertThat(problems.warnings()).extracting(ConfigurationProblem::settingKey)
			.containsExactly("allowed-origin-patterns[0]", "allowed-origin-patterns[1]");
	}

	@Test
	void acceptsLoopbackHttpOriginsWithCredentialsAndBrowserExtensionOrigins() {
		PolicySpecs spec = PolicySpecs.named("api")
			.allowedOrigins("http://localhost:5173", "http://127.0.0.1:5173", "http://127.8.9.10", "http://[::1]:5173",
					"http://tenant1.localhost:5173", "chrome-extension://abcdefghijklmnop",
					"https://xn--bcher-kva.example", "https://192.168.1.20:8080")
			.allowedOriginPatterns("http://*.localhost:5173", "http://*.localhost:[*]", "http://localhost:[*]",
					"https://*.example.co.uk", "https://*.myapp.github.io", "https://*.xn--bcher-kva.example",
					"http://[::1]:[*]")
			.allowCredentials(true);
		Compilation problems = PolicySpecs.compilation(spec);
		assertThat(problems.errors()).isEmpty();
		assertThat(problems.warnings()).isEmpty();
	}

	/**
	 * Where a wildcard stands over a public suffix, the reason names the list's rule and
	 * section, so that the user can check it against the list.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("publicSuffixReasons")
	void namesThePublicSuffixListRuleAWildcardStandsOver(String pattern, boolean tolerate, String reason) {
		Compilation compilation = PolicySpecs.compilation(PolicySpecs.named("api")
			.allowedOriginPatterns(pattern)
			.dangerouslyTolerateSubdomainsOfPublicSuffixes(tolerate));
		List<ConfigurationProblem> problems = tolerate ? compilation.warnings() : compilation.errors();
		assertThat(problems).singleElement().extracting(ConfigurationProblem::reason).isEqualTo(reason);
	}

	static Stream<Arguments> publicSuffixReasons() {
		return Stream.of(
				Arguments.of("https://*.co.uk", false,
						"'co.uk' is a public suffix (Public Suffix List, ICANN section, rule 'co.uk'): anyone can "
								+ "register a site under it"),
				Arguments.of("https://*.kobe.jp", false,
						"it also matches names under '*.kobe.jp', a public suffix (Public Suffix List, ICANN section, "
								+ "rule '*.kobe.jp') where anyone can register a site"),
				Arguments.of("https://*.github.io", true,
						"'github.io' is a public suffix (Public Suffix List, PRIVATE section, rule 'github.io'): anyone "
								+ "can register a site under it; tolerated because "
								+ "dangerously-tolerate-subdomains-of-public-suffixes is set"));
	}

	@Test
	void acceptsCrossOriginProtectionWithOriginsFromAPatternAloneAndShowsIt() {
		CorsPolicy policy = PolicySpecs.named("api")
			.allowedOriginPatterns("https://*.example.com")
			.crossOriginProtection(true)
			.compilePolicy();
		assertThat(policy.crossOriginProtection()).isTrue();
		assertThat(policy.settings()).containsEntry(PolicySetting.CROSS_ORIGIN_PROTECTION, true);
		assertThat(policy.describeSettings()).endsWith(", cross-origin-protection=true");
		assertThat(PolicySpecs.named("api").allowedOrigins("https://a.com").compilePolicy().settings())
			.containsEntry(PolicySetting.CROSS_ORIGIN_PROTECTION, false);
	}

	@Test
	void acceptsTenThousandOrigins() {
		List<String> origins = Stream.iterate(1, (i) -> i + 1)
			.limit(10_000)
			.map((i) -> "https://app" + i + ".example")
			.toList();
		assertThatNoException().isThrownBy(() -> PolicySpecs.named("api").allowedOrigins(origins).compilePolicy());
	}

	private static Arguments invalid(String behaviour, UnaryOperator<PolicySpecs> settings, String property,
			String value, Kind kind, String fix) {
		return Arguments.of(behaviour, settings, property, value, kind, fix);
	}

	private static Arguments risky(String behaviour, UnaryOperator<PolicySpecs> settings, String property, Kind kind) {
		return Arguments.of(behaviour, settings, property, kind);
	}

}
