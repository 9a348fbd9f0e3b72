package io.github.corsstarter.runtime;

import java.util.List;

import io.github.corsstarter.policy.Origin;
import io.github.corsstarter.policy.OriginMatcher;
import io.github.corsstarter.policy.OriginPattern;
import io.github.corsstarter.policy.PolicySetting;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of origin and origin-pattern parsing, over generated values (jqwik): what a
 * browser serializes parses back to itself, a pattern matches nothing that the exact
 * parse refuses, and no input throws. Tries are fixed so the run stays within seconds;
 * the seed of a failure is printed, and kept in {@code target/jqwik-database} to be tried
 * first next time.
 */
class OriginProperties {

	/** The bundled list, read once: reading it takes longer than a thousand tries. */
	private static final PublicSuffixList PUBLIC_SUFFIXES = PublicSuffixList.bundled();

	private static final CompileContext CONTEXT = CompileContext.withPublicSuffixList(PUBLIC_SUFFIXES);

	@Property(tries = 2000)
	void everyOriginABrowserSerializesParsesBackToItself(@ForAll("serializedOrigins") String value) {
		Origin origin = Origin.parse(value);
		assertThat(origin).as(value).isNotNull();
		assertThat(origin.toString()).isEqualTo(value);
	}

	@Property(tries = 1000)
	void everyOriginABrowserSerializesIsAcceptedAsAnAllowedOriginAndMatchesOnlyItself(
			@ForAll("serializedOrigins") String origin, @ForAll("nearOrigins") String candidate) {
		OriginMatcher matcher = compile(List.of(origin), List.of());
		assertThat(matcher).as(origin + " refused in allowed-origins").isNotNull();
		assertThat(matcher.matches(origin)).as(origin).isTrue();
		assertThat(matcher.matches(candidate)).as(candidate).isEqualTo(candidate.equals(origin));
	}

	@Property(tries = 1000)
	void everyOriginABrowserSerializesIsAcceptedAsAPatternAndMatchesOnlyItself(
			@ForAll("serializedOrigins") String origin, @ForAll("nearOrigins") String candidate) {
		OriginMatcher matcher = compile(List.of(), List.of(origin));
		assertThat(matcher).as(origin + " refused in allowed-origin-patterns").isNotNull();
		assertThat(matcher.matches(origin)).as(origin).isTrue();
		assertThat(matcher.matches(candidate)).as(candidate).isEqualTo(candidate.equals(origin));
	}

	@Property(tries = 2000)
	void aPatternNeverMatchesWhatTheExactParseRefuses(
			@ForAll("spoiledPatternCases") Tuple2<PatternCase, String> spoiledCase) {
		PatternCase pattern = spoiledCase.get1();
		OriginMatcher matcher = compile(List.of(), List.of(pattern.pattern()));
		// A wildcard directly over a public suffix is refused, rightly.
		Assume.that(matcher != null);
		assertThat(matcher.matches(pattern.matchingOrigin())).as(pattern.matchingOrigin()).isTrue();
		String spoiled = spoiledCase.get2();
		if (Origin.parse(spoiled) == null) {
			assertThat(matcher.matches(spoiled)).as(spoiled).isFalse();
		}
	}

	@Property(tries = 3000)
	void noValueThrowsFromOriginOrPatternParsing(@ForAll("anyValues") String value) {
		Origin origin = Origin.parse(value);
		if (origin != null) {
			assertThat(origin.toString()).isEqualTo(value);
		}
		ConfigurationProblems problems = new ConfigurationProblems();
		OriginPattern pattern = new OriginCompiler(CONTEXT, false, problems.of("p")).pattern(value, 0,
				PolicySetting.ALLOWED_ORIGIN_PATTERNS);
		assertThat(pattern == null).isEqualTo(!problems.errors().isEmpty());
		OriginMatcher matcher = new OriginCompiler(CONTEXT, false, new ConfigurationProblems().of("p"))
			.allowed(List.of(value), List.of(value), null);
		if (matcher.matches(value) && !value.equals("*")) {
			assertThat(origin).as("matched but no origin: " + value).isNotNull();
		}
	}

	@Provide
	Arbitrary<String> serializedOrigins() {
		return BrowserOrigins.serialized();
	}

	/** Other origins, and values near an origin that are none. */
	@Provide
	Arbitrary<String> nearOrigins() {
		return Arbitraries.oneOf(BrowserOrigins.serialized(),
				BrowserOrigins.serialized().flatMap(BrowserOrigins::spoiled));
	}

	/**
	 * Anything: any characters, and origins, patterns and header lists with a few
	 * characters changed.
	 */
	@Provide
	Arbitrary<String> anyValues() {
		Arbitrary<String> seeds = Arbitraries.oneOf(BrowserOrigins.serialized(),
				patternCases().map(PatternCase::pattern));
		Arbitrary<String> edited = Combinators
			.combine(seeds, Arbitraries.strings().withChars(":/.[]*@%,-_ \tA0x").ofMaxLength(2),
					Arbitraries.integers().between(0, 100))
			.as((seed, insert, at) -> {
				int position = at * seed.length() / 100;
				return seed.substring(0, position) + insert + seed.substring(Math.min(seed.length(), position + 1));
			});
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), edited,
				BrowserOrigins.serialized().flatMap(BrowserOrigins::spoiled));
	}

	@Provide
	Arbitrary<PatternCase> patternCases() {
		return Arbitraries.oneOf(wildcardPatterns(), portListPatterns());
	}

	/** A pattern, an origin it matches, and that origin spoiled. */
	@Provide
	Arbitrary<Tuple2<PatternCase, String>> spoiledPatternCases() {
		return patternCases().flatMap((pattern) -> BrowserOrigins.spoiled(pattern.matchingOrigin())
			.map((spoiled) -> Tuple.of(pattern, spoiled)));
	}

	/** {@code scheme://*.domain[ports]} and an origin under the domain. */
	private static Arbitrary<PatternCase> wildcardPatterns() {
		return Combinators
			.combine(Arbitraries.of("http", "https"), BrowserOrigins.domains(), BrowserOrigins.domains(), ports())
			.as((scheme, sub, domain, ports) -> new PatternCase(scheme + "://*." + domain + ports.pattern(),
					scheme + "://" + sub + "." + domain + ports.matching()));
	}

	/** {@code scheme://host[ports]} and an origin on one of the ports. */
	private static Arbitrary<PatternCase> portListPatterns() {
		return Combinators.combine(Arbitraries.of("http", "https"), BrowserOrigins.hosts(), ports())
			.as((scheme, host, ports) -> new PatternCase(scheme + "://" + host + ports.pattern(),
					scheme + "://" + host + ports.matching()));
	}

	private static Arbitrary<Ports> ports() {
		Arbitrary<Integer> port = Arbitraries.integers().between(1, 65535).filter((p) -> p != 80 && p != 443);
		return Arbitraries.oneOf(Arbitraries.just(new Ports("", "")), port.map((p) -> new Ports(":[*]", ":" + p)),
				Arbitraries.just(new Ports(":[*]", "")), port.map((p) -> new Ports(":" + p, ":" + p)),
				Combinators.combine(port, port).as((a, b) -> new Ports(":[" + a + "," + b + "]", ":" + b)));
	}

	/** The matcher, or {@code null} if any value is refused. */
	private static OriginMatcher compile(List<String> origins, List<String> patterns) {
		ConfigurationProblems problems = new ConfigurationProblems();
		OriginMatcher matcher = new OriginCompiler(CONTEXT, false, problems.of("p")).allowed(origins, patterns, null);
		return problems.errors().isEmpty() ? matcher : null;
	}

	/**
	 * A pattern and an origin it matches.
	 */
	record PatternCase(String pattern, String matchingOrigin) {
	}

	/**
	 * How a pattern's port part is written, and the port part of an origin it matches.
	 */
	private record Ports(String pattern, String matching) {
	}

}
