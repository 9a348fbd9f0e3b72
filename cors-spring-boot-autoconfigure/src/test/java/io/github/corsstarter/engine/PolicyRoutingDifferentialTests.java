package io.github.corsstarter.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path routing (string comparisons on plain paths, an index by first segment)
 * must choose exactly the policy that plain {@link PathPattern} matching chooses: the
 * most specific matching pattern, ties broken by the pattern's text, and no policy for a
 * path that cannot be parsed. Seeded, so a failure repeats.
 */
class PolicyRoutingDifferentialTests {

	private static final String[] PATTERN_SEGMENTS = { "api", "notes", "admin", "a", "v1", "*", "{id}", "*.pdf", "a?c",
			"files" };

	private static final String[] PATTERN_ENDINGS = { "", "/**", "/{*rest}", "/*", "/" };

	private static final String[] PATH_SEGMENTS = { "api", "notes", "admin", "a", "abc", "v1", "x.pdf", "files", "API",
			"%61pi", "%61", "no%74es", "a;x=1", "api;jsessionid=2", "", "%zz", "a;b=%", "%2F", "a%20b", "1" };

	private final Random random = new Random(20261201);

	private final PathPatternParser parser = new PathPatternParser();

	@Test
	void fastRoutingChoosesWhatPlainPathPatternMatchingChooses() {
		for (int round = 0; round < 300; round++) {
			List<String> patterns = patterns(1 + this.random.nextInt(8));
			PolicySpecs[] specs = new PolicySpecs[patterns.size()];
			for (int i = 0; i < specs.length; i++) {
				specs[i] = PolicySpecs.named("p" + i).pathPatterns(patterns.get(i)).allowedOrigins("https://a.test");
			}
			CompiledCorsConfiguration configuration = PolicySpecs.compile(specs);
			for (int p = 0; p < 200; p++) {
				String path = path();
				Optional<String> expected = plainMatching(patterns, path).map((index) -> "p" + index);
				assertThat(configuration.policyFor(path).map(CorsPolicy::name)).as("%s against %s", path, patterns)
					.isEqualTo(expected);
			}
		}
	}

	/**
	 * The reference: parse every pattern, keep those matching, take the most specific,
	 * ties by text.
	 */
	private Optional<Integer> plainMatching(List<String> patterns, String path) {
		PathContainer container;
		try {
			container = PathContainer.parsePath(path);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Comparator<Integer> mostSpecific = Comparator
			.comparing((Integer index) -> this.parser.parse(patterns.get(index)), PathPattern.SPECIFICITY_COMPARATOR)
			.thenComparing((index) -> this.parser.parse(patterns.get(index)).getPatternString());
		List<Integer> matching = new ArrayList<>();
		for (int i = 0; i < patterns.size(); i++) {
			if (this.parser.parse(patterns.get(i)).matches(container)) {
				matching.add(i);
			}
		}
		return matching.stream().min(mostSpecific);
	}

	/**
	 * Distinct patterns (as parsed: the same pattern in two policies is a configuration
	 * error).
	 */
	private List<String> patterns(int count) {
		Set<String> parsed = new LinkedHashSet<>();
		List<String> patterns = new ArrayList<>();
		while (patterns.size() < count) {
			StringBuilder pattern = new StringBuilder();
			int segments = this.random.nextInt(3);
			for (int i = 0; i < segments; i++) {
				pattern.append('/').append(pick(PATTERN_SEGMENTS));
			}
			pattern.append(pick(PATTERN_ENDINGS));
			String text = (pattern.length() == 0 || pattern.charAt(0) != '/') ? "/" + pattern : pattern.toString();
			try {
				if (parsed.add(this.parser.parse(text).getPatternString())) {
					patterns.add(text);
				}
			}
			catch (RuntimeException ex) {
				// Not a pattern Spring accepts (such as '/**' before a segment): not one
				// a policy can have.
			}
		}
		return patterns;
	}

	private String path() {
		StringBuilder path = new StringBuilder();
		int segments = this.random.nextInt(5);
		for (int i = 0; i < segments; i++) {
			path.append('/').append(pick(PATH_SEGMENTS));
		}
		if (path.length() == 0 || this.random.nextInt(6) == 0) {
			path.append('/');
		}
		return path.toString();
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
