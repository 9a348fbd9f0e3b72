package io.github.corsstarter.policy;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.PolicySpecs.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PolicyValidationTests {

	static Stream<Arguments> invalidSettings() {
		return Stream.of(
				invalid("'*' origins with credentials", (s) -> s.allowedOrigins("*").allowCredentials(true),
						"allowed-origins[0]", "*", "every site", "set allow-credentials=false"),
				invalid("bare '*' origin pattern with credentials",
						(s) -> s.allowedOriginPatterns("*").allowCredentials(true), "allowed-origin-patterns[0]", "*",
						"every site", "list the trusted origins"),
				invalid("'*' exposed headers with credentials",
						(s) -> s.allowedOrigins("https://a.com").exposedHeaders("*").allowCredentials(true),
						"exposed-headers[0]", "*", "literally named '*'", "list the headers"),
				invalid("'*' origins with private network access",
						(s) -> s.allowedOrigins("*").allowPrivateNetwork(true), "allowed-origins[0]", "*",
						"private network", "allow-private-network=false"),
				invalid("trailing slash", (s) -> s.allowedOrigins("https://a.com/"), "allowed-origins[0]",
						"https://a.com/", "a trailing slash", "write 'https://a.com'"),
				invalid("path", (s) -> s.allowedOrigins("https://a.com/app"), "allowed-origins[0]", "https://a.com/app",
						"a path", "write 'https://a.com'"),
				invalid("query", (s) -> s.allowedOrigins("https://a.com?x=1"), "allowed-origins[0]",
						"https://a.com?x=1", "a query", "write 'https://a.com'"),
				invalid("fragment", (s) -> s.allowedOrigins("https://a.com#top"), "allowed-origins[0]",
						"https://a.com#top", "a fragment", "write 'https://a.com'"),
				invalid("userinfo", (s) -> s.allowedOrigins("https://me@a.com"), "allowed-origins[0]",
						"https://me@a.com", "userinfo", "write 'https://a.com'"),
				invalid("missing scheme", (s) -> s.allowedOrigins("app.example.com"), "allowed-origins[0]",
						"app.example.com", "no scheme", "write 'https://app.example.com'"),
				invalid("upper-case letters", (s) -> s.allowedOrigins("https://App.Example.com"), "allowed-origins[0]",
						"https://App.Example.com", "upper-case letters", "write 'https://app.example.com'"),
				invalid("explicit default port", (s) -> s.allowedOrigins("https://a.com:443"), "allowed-origins[0]",
						"https://a.com:443", "default port 443", "write 'https://a.com'"),
				invalid("wildcard in allowed-origins", (s) -> s.allowedOrigins("https://*.a.com"), "allowed-origins[0]",
						"https://*.a.com", "wildcards belong in origin patterns", "move it to allowed-origin-patterns"),
				invalid("null origin", (s) -> s.allowedOrigins("null"), "allowed-origins[0]", "null",
						"sandboxed iframes", "remove it"),
				invalid("file origin", (s) -> s.allowedOrigins("file:///home/me/index.html"), "allowed-origins[0]",
						"file:///home/me/index.html", "opaque origin", "serve the client over http(s)"),
				invalid("Unicode host", (s) -> s.allowedOrigins("https://bücher.example"), "allowed-origins[0]",
						"https://bücher.example", "punycode", "write 'https://xn--bcher-kva.example'"),
				invalid("empty list item", (s) -> s.allowedOrigins("https://a.com", " "), "allowed-origins[1]", " ",
						"an empty item", "remove the empty item"),
				invalid("wildcard inside a label", (s) -> s.allowedOriginPatterns("https://api-*.example.com"),
						"allowed-origin-patterns[0]", "https://api-*.example.com", "whole leading label",
						"http://localhost:[*]"),
				invalid("wildcard without a dot", (s) -> s.allowedOriginPatterns("https://*example.com"),
						"allowed-origin-patterns[0]", "https://*example.com", "whole leading label",
						"https://*.example.com"),
				invalid("wildcard scheme", (s) -> s.allowedOriginPatterns("*://example.com"),
						"allowed-origin-patterns[0]", "*://example.com", "scheme", "https://*.example.com"),
				invalid("wildcard over a top-level domain", (s) -> s.allowedOriginPatterns("https://*.com"),
						"allowed-origin-patterns[0]", "https://*.com", "top-level domain 'com'",
						"for example 'https://*.example.com'"),
				invalid("wildcard over an unlisted top-level domain, the list's default rule",
						(s) -> s.allowedOriginPatterns("https://*.corp"), "allowed-origin-patterns[0]",
						"https://*.corp", "top-level domain 'corp'", "'https://*.example.corp'"),
				invalid("wildcard over a public suffix of the ICANN section",
						(s) -> s.allowedOriginPatterns("https://*.co.uk"), "allowed-origin-patterns[0]",
						"https://*.co.uk",
						"'co.uk' is a public suffix (Public Suffix List, ICANN section, rule 'co.uk')",
						"name your own registrable domain, for example 'https://*.example.co.uk'"),
				invalid("wildcard over a public suffix of the private section",
						(s) -> s.allowedOriginPatterns("https://*.github.io:[*]"), "allowed-origin-patterns[0]",
						"https://*.github.io:[*]",
						"'github.io' is a public suffix (Public Suffix List, PRIVATE section",
						"'https://*.example.github.io:[*]'"),
				invalid("wildcard over vercel.app", (s) -> s.allowedOriginPatterns("https://*.vercel.app"),
						"allowed-origin-patterns[0]", "https://*.vercel.app", "'vercel.app' is a public suffix",
						"'https://*.example.vercel.app'"),
				invalid("wildcard over herokuapp.com", (s) -> s.allowedOriginPatterns("https://*.herokuapp.com"),
						"allowed-origin-patterns[0]", "https://*.herokuapp.com", "'herokuapp.com' is a public suffix",
						"'https://*.example.herokuapp.com'"),
				invalid("wildcard over s3.amazonaws.com", (s) -> s.allowedOriginPatterns("https://*.s3.amazonaws.com"),
						"allowed-origin-patterns[0]", "https://*.s3.amazonaws.com",
						"'s3.amazonaws.com' is a public suffix", "for example 'https://*."),
				invalid("wildcard over a name with a public suffix below it",
						(s) -> s.allowedOriginPatterns("https://*.amazonaws.com"), "allowed-origin-patterns[0]",
						"https://*.amazonaws.com", "it also matches names under", "for example 'https://*."),
				invalid("wildcard over a public suffix even without credentials or with other valid patterns",
						(s) -> s.allowedOriginPatterns("https://*.example.co.uk", "https://*.pages.dev"),
						"allowed-origin-patterns[1]", "https://*.pages.dev", "'pages.dev' is a public suffix",
						"'https://*.example.pages.dev'"),
				invalid("wildcard over an IP address", (s) -> s.allowedOriginPatterns("http://*.0.0.1"),
						"allowed-origin-patterns[0]", "http://*.0.0.1", "a wildcard over an IP address",
						"'http://127.0.0.1:[*]'"),
				invalid("wildcard over a bracketed IPv6 address", (s) -> s.allowedOriginPatterns("https://*.[::1]:[*]"),
						"allowed-origin-patterns[0]", "https://*.[::1]:[*]", "a wildcard over an IP address",
						"'http://127.0.0.1:[*]'"),
				invalid("shortened IPv4 address", (s) -> s.allowedOrigins("http://127.1"), "allowed-origins[0]",
						"http://127.1", "browsers send this IP address as '127.0.0.1'", "write 'http://127.0.0.1'"),
				// browsers send it as 127.0.0.1; the starter does not rewrite hexadecimal
				// and
				// octal forms (the JDK, which works out the fix, does not read them), it
				// names
				// the form to write
				invalid("hexadecimal IPv4 address", (s) -> s.allowedOrigins("http://0x7f.0.0.1:8080"),
						"allowed-origins[0]", "http://0x7f.0.0.1:8080",
						"'0x7f.0.0.1' is not an IP address in the form browsers send",
						"write the address as browsers send it, for example 'http://127.0.0.1'"),
				invalid("octal IPv4 address in a pattern", (s) -> s.allowedOriginPatterns("http://0177.0.0.1:[*]"),
						"allowed-origin-patterns[0]", "http://0177.0.0.1:[*]",
						"'0177.0.0.1' is not an IP address in the form browsers send", "'http://127.0.0.1:[*]'"),
				invalid("IPv4 address as one number", (s) -> s.allowedOrigins("http://2130706433"),
						"allowed-origins[0]", "http://2130706433", "as '127.0.0.1'", "write 'http://127.0.0.1'"),
				invalid("uncompressed IPv6 address", (s) -> s.allowedOrigins("http://[0:0:0:0:0:0:0:1]:3000"),
						"allowed-origins[0]", "http://[0:0:0:0:0:0:0:1]:3000", "as '[::1]'",
						"write 'http://[::1]:3000'"),
				invalid("an IPv4 address no browser accepts", (s) -> s.allowedOrigins("http://256.0.0.1"),
						"allowed-origins[0]", "http://256.0.0.1", "'256.0.0.1' is not a valid IP address",
						"'http://127.0.0.1'"),
				invalid("shortened IPv4 address in a pattern", (s) -> s.allowedOriginPatterns("http://127.1:[*]"),
						"allowed-origin-patterns[0]", "http://127.1:[*]", "as '127.0.0.1'",
						"write 'http://127.0.0.1:[*]'"),
				invalid("shortened IPv4 address with other mistakes", (s) -> s.allowedOrigins("HTTP://127.1/"),
						"allowed-origins[0]", "HTTP://127.1/", "an IP address not in the form browsers send",
						"write 'http://127.0.0.1'"),
				invalid("wildcard alone as host", (s) -> s.allowedOriginPatterns("https://*"),
						"allowed-origin-patterns[0]", "https://*", "whole leading label", "https://*.example.com"),
				invalid("bad port list", (s) -> s.allowedOriginPatterns("http://localhost:[3000,x]"),
						"allowed-origin-patterns[0]", "http://localhost:[3000,x]", "'x' is not a port",
						"http://localhost:[3000,5173]"),
				invalid("default port in a port list", (s) -> s.allowedOriginPatterns("http://localhost:[80,8080]"),
						"allowed-origin-patterns[0]", "http://localhost:[80,8080]", "default for http",
						"leave the default port out"),
				invalid("invalid method token", (s) -> s.allowedMethods("GET", "PU T"), "allowed-methods[1]", "PU T",
						"not a valid token for an HTTP method", "letters, digits and '-'"),
				invalid("CONNECT", (s) -> s.allowedMethods("connect"), "allowed-methods[0]", "connect",
						"forbidden method", "remove it"),
				invalid("TRACE", (s) -> s.allowedMethods("TRACE"), "allowed-methods[0]", "TRACE", "forbidden method",
						"remove it"),
				invalid("TRACK", (s) -> s.allowedMethods("TRACK"), "allowed-methods[0]", "TRACK", "forbidden method",
						"remove it"),
				invalid("invalid header token", (s) -> s.allowedHeaders("X Custom"), "allowed-headers[0]", "X Custom",
						"not a valid token for a header name", "letters, digits and '-'"),
				invalid("forbidden request header", (s) -> s.allowedHeaders("Cookie"), "allowed-headers[0]", "Cookie",
						"forbidden request-header", "remove it"),
				invalid("Host request header", (s) -> s.allowedHeaders("host"), "allowed-headers[0]", "host",
						"forbidden request-header", "remove it"),
				invalid("Origin request header", (s) -> s.allowedHeaders("Origin"), "allowed-headers[0]", "Origin",
						"forbidden request-header", "remove it"),
				invalid("sec- request header", (s) -> s.allowedHeaders("Sec-Fetch-Mode"), "allowed-headers[0]",
						"Sec-Fetch-Mode", "forbidden request-header", "remove it"),
				invalid("proxy- request header", (s) -> s.allowedHeaders("Proxy-Authorization"), "allowed-headers[0]",
						"Proxy-Authorization", "forbidden request-header", "remove it"),
				invalid("access-control- request header", (s) -> s.allowedHeaders("Access-Control-Allow-Origin"),
						"allowed-headers[0]", "Access-Control-Allow-Origin", "CORS protocol itself", "remove it"),
				invalid("access-control- exposed header", (s) -> s.exposedHeaders("Access-Control-Max-Age"),
						"exposed-headers[0]", "Access-Control-Max-Age", "CORS protocol itself", "remove it"),
				invalid("Set-Cookie exposed", (s) -> s.exposedHeaders("Set-Cookie"), "exposed-headers[0]", "Set-Cookie",
						"never expose it", "remove it"),
				invalid("negative max-age", (s) -> s.maxAge(Duration.ofSeconds(-1)), "max-age", "PT-1S", "negative",
						"use 0 to disable"),
				invalid("max-age above 24h", (s) -> s.maxAge(Duration.ofHours(25)), "max-age", "PT25H",
						"longer than 24h", "at most 2h"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSettings")
	void reportsTheInvalidSettingWithItsKeyValueReasonAndFix(String behaviour, UnaryOperator<PolicySpecs> settings,
			String property, String value, String reason, String fix) {
		PolicySpecs spec = settings.apply(PolicySpecs.named("api").allowedOrigins("https://ok.example"));
		assertThatExceptionOfType(CorsConfigurationException.class).isThrownBy(spec::compilePolicy)
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.policy()).isEqualTo("api");
				assertThat(problem.settingKey()).isEqualTo(property);
				assertThat(problem.value()).isEqualTo(value);
				assertThat(problem.reason()).contains(reason);
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
						(s) -> s.allowedOrigins("https://a.com").maxAge(Duration.ofHours(3)), "max-age", "caps"),
				risky("credentials for a plain-http origin that is not loopback",
						(s) -> s.allowedOrigins("http://intranet.example").allowCredentials(true), "allowed-origins[0]",
						"plain-http"),
				risky("a policy that allows no origin", (s) -> s, "allowed-origins", "allows no origin"),
				risky("credentials for a host that only starts like a loopback address",
						(s) -> s.allowedOrigins("http://127.evil.com").allowCredentials(true), "allowed-origins[0]",
						"plain-http"),
				risky("credentials for plain-http origins matching a pattern",
						(s) -> s.allowedOriginPatterns("https://*.example.com", "http://*.example.com")
							.allowCredentials(true),
						"allowed-origin-patterns[1]", "plain-http origins"),
				risky("credentials for a plain-http pattern on a host that only looks like loopback",
						(s) -> s.allowedOriginPatterns("http://127.evil.com:[*]").allowCredentials(true),
						"allowed-origin-patterns[0]", "plain-http origins"),
				risky("a wildcard over a public suffix its owner tolerates",
						(s) -> s.allowedOriginPatterns("https://*.github.io")
							.dangerouslyTolerateSubdomainsOfPublicSuffixes(true),
						"allowed-origin-patterns[0]",
						"'github.io' is a public suffix (Public Suffix List, PRIVATE section, rule 'github.io'): anyone "
								+ "can register a site under it; tolerated because "
								+ "dangerously-tolerate-subdomains-of-public-suffixes is set"),
				risky("tolerating wildcards over public suffixes where no pattern needs it",
						(s) -> s.allowedOriginPatterns("https://*.example.com")
							.dangerouslyTolerateSubdomainsOfPublicSuffixes(true),
						"dangerously-tolerate-subdomains-of-public-suffixes", "only weakens a safeguard"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("riskySettings")
	void warnsWithoutFailingAboutRiskySettings(String behaviour, UnaryOperator<PolicySpecs> settings, String property,
			String reason) {
		PolicySpecs spec = settings.apply(PolicySpecs.named("api"));
		Compilation problems = PolicySpecs.compilation(spec);
		assertThat(problems.configuration()).isPresent();
		assertThat(problems.errors()).isEmpty();
		assertThat(problems.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.settingKey()).isEqualTo(property);
			assertThat(warning.reason()).contains(reason);
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

	@Test
	void acceptsTenThousandOrigins() {
		List<String> origins = Stream.iterate(1, (i) -> i + 1)
			.limit(10_000)
			.map((i) -> "https://app" + i + ".example")
			.toList();
		assertThatNoException().isThrownBy(() -> PolicySpecs.named("api").allowedOrigins(origins).compilePolicy());
	}

	private static Arguments invalid(String behaviour, UnaryOperator<PolicySpecs> settings, String property,
			String value, String reason, String fix) {
		return Arguments.of(behaviour, settings, property, value, reason, fix);
	}

	private static Arguments risky(String behaviour, UnaryOperator<PolicySpecs> settings, String property,
			String reason) {
		return Arguments.of(behaviour, settings, property, reason);
	}

}
