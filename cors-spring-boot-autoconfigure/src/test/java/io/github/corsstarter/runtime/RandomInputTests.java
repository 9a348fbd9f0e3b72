package io.github.corsstarter.runtime;

import java.util.Random;
import java.util.stream.IntStream;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.policy.Origin;
import io.github.corsstarter.policy.OriginPattern;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.policy.Reason;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws a large, seeded set of near-valid values at the request-time parsers: none may
 * throw, and whatever {@link Origin#parse(String)} accepts must be exactly the value it
 * was given, re-serialized.
 */
class RandomInputTests {

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
		CompileContext context = CompileContext.withBundledPublicSuffixList();
		IntStream.range(0, 50_000).mapToObj((i) -> mutate()).forEach((value) -> {
			ConfigurationProblems problems = new ConfigurationProblems();
			OriginPattern pattern = new OriginCompiler(context, false, problems.of("p")).pattern(value, 0,
					PolicySetting.ALLOWED_ORIGIN_PATTERNS);
			assertThat(pattern == null).isEqualTo(!problems.errors().isEmpty());
			if (pattern != null) {
				pattern.matches(origin);
			}
		});
	}

	@Test
	void preflightChecksNeverThrowOnMalformedHeaderLists() {
		CorsEngine engine = new CorsEngine(PolicySpecs.compile(PolicySpecs.named("p")
			.pathPatterns("/**")
			.allowedOrigins("https://a.example.com")
			.allowedMethods("PUT")
			.allowedHeaders("authorization", "content-type")));
		IntStream.range(0, 100_000).mapToObj((i) -> mutate()).forEach((value) -> {
			CorsRequest preflight = Requests.preflight("/x", "https://a.example.com", "PUT", value);
			CorsDecision decision = engine.decide(preflight);
			assertThat(decision.reason()).isIn(Reason.NONE, Reason.HEADERS);
			if (decision.reason() == Reason.HEADERS) {
				assertThat(decision.explain(preflight)).contains("is not allowed by policy 'p'");
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
