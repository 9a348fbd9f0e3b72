package io.github.corsstarter.policy;

import java.util.Random;
import java.util.stream.IntStream;

import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws a large, seeded set of near-valid values at the request-time parsers: none may
 * throw, and whatever {@link Origin#parse(String)} accepts must be exactly the value it
 * was given, re-serialized.
 */
class RandomInputTests {

	private static final OriginPattern.Rules RULES = new OriginPattern.Rules(
			CompileContext.withBundledPublicSuffixList(), false);

	private static final String ALPHABET = "ahtps:/.-_[]:019*@?#% \t,\u00e9\u0000AZxn";

	private static final String[] SEEDS = { "https://a.example.com", "http://localhost:5173", "http://[::1]:80",
			"chrome-extension://abc", "authorization, content-type", "https://*.example.com:[3000,5173]" };

	private final Random random = new Random(20261121);

	@Test
	void originParsingNeverThrowsAndOnlyAcceptsValuesItReserializesExactly() {
		IntStream.range(0, 200_000).mapToObj((i) -> mutate()).forEach((value) -> {
			Origin origin = Origin.parse(value);
			if (origin != null) {
				assertThat(origin.toString()).isEqualTo(value);
			}
		});
	}

	@Test
	void patternCompilationAndMatchingNeverThrow() {
		Origin origin = Origin.parse("https://app.example.com");
		IntStream.range(0, 50_000).mapToObj((i) -> mutate()).forEach((value) -> {
			ConfigurationProblems problems = new ConfigurationProblems();
			OriginPattern pattern = OriginPattern.compile(value, 0, RULES, problems.of("p"));
			assertThat(pattern == null).isEqualTo(!problems.errors().isEmpty());
			if (pattern != null) {
				pattern.matches(origin);
			}
		});
	}

	@Test
	void preflightChecksNeverThrowOnMalformedHeaderLists() {
		CorsPolicy policy = PolicySpecs.named("p")
			.allowedOrigins("https://a.example.com")
			.allowedMethods("PUT")
			.allowedHeaders("authorization", "content-type")
			.compilePolicy();
		IntStream.range(0, 100_000).mapToObj((i) -> mutate()).forEach((value) -> {
			PreflightVerdict verdict = policy.checkPreflight("https://a.example.com", "PUT", value);
			assertThat(verdict).isIn(PreflightVerdict.ALLOWED, PreflightVerdict.HEADERS_NOT_ALLOWED);
			if (verdict == PreflightVerdict.HEADERS_NOT_ALLOWED) {
				assertThat(policy.explainHeaders(value)).contains("is not allowed by policy 'p'");
			}
		});
	}

	/** A seed value with a few characters inserted, deleted or replaced. */
	private String mutate() {
		StringBuilder value = new StringBuilder(SEEDS[this.random.nextInt(SEEDS.length)]);
		int edits = 1 + this.random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			int at = this.random.nextInt(value.length() + 1);
			char c = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
			switch (this.random.nextInt(3)) {
				case 0 -> value.insert(at, c);
				case 1 -> {
					if (at < value.length()) {
						value.deleteCharAt(at);
					}
				}
				default -> {
					if (at < value.length()) {
						value.setCharAt(at, c);
					}
				}
			}
		}
		return value.toString();
	}

}
