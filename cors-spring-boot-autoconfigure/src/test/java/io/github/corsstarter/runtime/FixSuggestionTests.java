package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.PolicySpecs.Compilation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No report may suggest a value that itself fails: for a large, seeded set of bad
 * origins, origin patterns and path patterns, every value a problem's fix offers
 * ({@code write '...'}, {@code for example '...'}) must compile without error in the
 * place of the bad one.
 */
class FixSuggestionTests {

	private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

	private static final List<String> BAD_ORIGINS = List.of("https://a.com/", "https://a.com/app", "HTTPS://A.COM",
			"https://a.com:443", "http://a.com:80", "app.example.com", "https://me@a.com", "https://a.com?x#y",
			"https://bücher.example", " https://a.com ", "http://127.1", "http://0x7f.0.0.1:8080", "http://2130706433",
			"http://[0:0:0:0:0:0:0:1]", "HTTP://127.1/", "http://256.0.0.1", "http://1.2.3.4.5", "https://*.a.com",
			"null", "file:///index.html", "https://a..com", "http://[::ffff:127.0.0.1]", "https://a.com:99999",
			"ftp://[::g]");

	private static final List<String> BAD_PATTERNS = List.of("https://*.com", "https://*.corp", "https://*.co.uk",
			"https://*.github.io:[*]", "https://*.s3.amazonaws.com", "https://*.amazonaws.com", "https://*.kobe.jp",
			"https://*.ck", "http://*.0.0.1", "http://127.1:[*]", "http://[0:0::1]:[*]", "https://api-*.a.com",
			"*://a.com", "https://*", "http://localhost:[3000,x]", "http://localhost:[80,8080]", "HTTP://*.a.com",
			"http://localhost:[3000", "https://*.a.com/", "http://256.1.1.1:[*]");

	private static final List<String> BAD_PATH_PATTERNS = List.of("api/**", "/api/{id", "api", "/**/x/**");

	private static final String ALPHABET = "ahtps:/.-_[]019*@?#%xAZ,";

	private final Random random = new Random(20261201);

	@Test
	void everySuggestedOriginIsAValidOrigin() {
		for (String value : withMutations(BAD_ORIGINS)) {
			checkSuggestions(PolicySpecs.named("p").allowedOrigins(value), PolicySetting.ALLOWED_ORIGINS,
					(candidate) -> PolicySpecs.named("p").allowedOrigins(candidate));
		}
	}

	@Test
	void everySuggestedOriginPatternIsAValidOriginPattern() {
		for (String value : withMutations(BAD_PATTERNS)) {
			checkSuggestions(PolicySpecs.named("p").allowedOriginPatterns(value), PolicySetting.ALLOWED_ORIGIN_PATTERNS,
					(candidate) -> PolicySpecs.named("p").allowedOriginPatterns(candidate));
		}
	}

	@Test
	void everySuggestedPathPatternIsAValidPathPattern() {
		for (String value : BAD_PATH_PATTERNS) {
			checkSuggestions(PolicySpecs.named("p").pathPatterns(value).allowedOrigins("https://a.com"),
					PolicySetting.PATH_PATTERNS,
					(candidate) -> PolicySpecs.named("p").pathPatterns(candidate).allowedOrigins("https://a.com"));
		}
	}

	private void checkSuggestions(PolicySpecs bad, PolicySetting setting,
			java.util.function.Function<String, PolicySpecs> withCandidate) {
		Compilation compilation = PolicySpecs.compilation(bad);
		for (ConfigurationProblem problem : compilation.errors()) {
			if (problem.setting() != setting) {
				continue;
			}
			for (String candidate : suggestedValues(problem.fix())) {
				Compilation fixed = PolicySpecs.compilation(withCandidate.apply(candidate));
				assertThat(fixed.errors()).as("'%s' suggested for '%s' (%s)", candidate, problem.value(), problem.fix())
					.filteredOn((error) -> error.setting() == setting)
					.isEmpty();
			}
		}
	}

	/**
	 * The quoted values a fix offers that look like values of the setting (not a quoted
	 * character).
	 */
	private static List<String> suggestedValues(String fix) {
		List<String> values = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(fix);
		while (quoted.find()) {
			if (quoted.group(1).contains("/")) {
				values.add(quoted.group(1));
			}
		}
		return values;
	}

	private List<String> withMutations(List<String> seeds) {
		List<String> values = new ArrayList<>(seeds);
		for (int i = 0; i < 400; i++) {
			StringBuilder value = new StringBuilder(seeds.get(this.random.nextInt(seeds.size())));
			int at = this.random.nextInt(value.length() + 1);
			value.insert(at, ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			values.add(value.toString());
		}
		return values;
	}

}
