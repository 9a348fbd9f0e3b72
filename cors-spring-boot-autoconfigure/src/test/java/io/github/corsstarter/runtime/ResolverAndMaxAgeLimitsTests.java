package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.corsstarter.runtime.ConfigurationProblem;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the origin resolver's settings and of max-age, each tested on both sides
 * of its bound: the value just inside compiles cleanly, the value just outside is an
 * error (or a warning) naming its key.
 */
class ResolverAndMaxAgeLimitsTests {

	static Stream<Arguments> limits() {
		return Stream.of(limit("timeout 1ns", (r) -> r.setTimeout(Duration.ofNanos(1)), List.of(), List.of()),
				limit("timeout 0", (r) -> r.setTimeout(Duration.ZERO), List.of("origin-resolver.timeout"), List.of()),
				limit("negative timeout", (r) -> r.setTimeout(Duration.ofMillis(-1)),
						List.of("origin-resolver.timeout"), List.of()),
				limit("timeout 2s", (r) -> r.setTimeout(Duration.ofSeconds(2)), List.of(), List.of()),
				limit("timeout just over 2s", (r) -> r.setTimeout(Duration.ofMillis(2001)), List.of(),
						List.of("origin-resolver.timeout")),
				limit("allowed-ttl 0", (r) -> r.setAllowedTtl(Duration.ZERO), List.of(), List.of()),
				limit("negative allowed-ttl", (r) -> r.setAllowedTtl(Duration.ofSeconds(-1)),
						List.of("origin-resolver.allowed-ttl"), List.of()),
				limit("denied-ttl 0", (r) -> r.setDeniedTtl(Duration.ZERO), List.of(), List.of()),
				limit("negative denied-ttl", (r) -> r.setDeniedTtl(Duration.ofSeconds(-1)),
						List.of("origin-resolver.denied-ttl"), List.of()),
				limit("cache-size 1", (r) -> r.setCacheSize(1), List.of(), List.of()),
				limit("cache-size 0", (r) -> r.setCacheSize(0), List.of("origin-resolver.cache-size"), List.of()),
				limit("max-concurrent-lookups 1", (r) -> r.setMaxConcurrentLookups(1), List.of(), List.of()),
				limit("max-concurrent-lookups 0", (r) -> r.setMaxConcurrentLookups(0),
						List.of("origin-resolver.max-concurrent-lookups"), List.of()),
				limit("max-lookups-per-second 1", (r) -> r.setMaxLookupsPerSecond(1), List.of(), List.of()),
				limit("max-lookups-per-second 0", (r) -> r.setMaxLookupsPerSecond(0),
						List.of("origin-resolver.max-lookups-per-second"), List.of()),
				limit("every count 0 and both lifetimes negative", (r) -> {
					r.setAllowedTtl(Duration.ofSeconds(-1));
					r.setDeniedTtl(Duration.ofSeconds(-1));
					r.setCacheSize(0);
					r.setMaxConcurrentLookups(0);
					r.setMaxLookupsPerSecond(-5);
				}, List.of("origin-resolver.allowed-ttl", "origin-resolver.denied-ttl", "origin-resolver.cache-size",
						"origin-resolver.max-concurrent-lookups", "origin-resolver.max-lookups-per-second"),
						List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("limits")
	void checksEachOriginResolverSettingAgainstItsBound(String behaviour, Consumer<OriginResolverSpec> settings,
			List<String> errors, List<String> warnings) {
		PolicySpecs policy = PolicySpecs.named("api").allowedOrigins("https://app.example");
		settings.accept(policy.spec().getOriginResolver());
		var compilation = PolicySpecs.compilation(policy);
		assertThat(compilation.errors()).extracting(ConfigurationProblem::settingKey).containsExactlyElementsOf(errors);
		assertThat(compilation.warnings()).extracting(ConfigurationProblem::settingKey)
			.containsExactlyElementsOf(warnings);
	}

	static Stream<Arguments> maxAges() {
		return Stream.of(Arguments.of(Duration.ZERO, List.of(), List.of()),
				Arguments.of(Duration.ofSeconds(-1), List.of("max-age"), List.of()),
				Arguments.of(Duration.ofHours(2), List.of(), List.of()),
				Arguments.of(Duration.ofHours(2).plusSeconds(1), List.of(), List.of("max-age")),
				Arguments.of(Duration.ofHours(24), List.of(), List.of("max-age")),
				Arguments.of(Duration.ofHours(24).plusSeconds(1), List.of("max-age"), List.of()));
	}

	@ParameterizedTest(name = "max-age {0}")
	@MethodSource("maxAges")
	void refusesMaxAgesBrowsersIgnoreAndWarnOfThoseChromiumCaps(Duration maxAge, List<String> errors,
			List<String> warnings) {
		var compilation = PolicySpecs
			.compilation(PolicySpecs.named("api").allowedOrigins("https://app.example").maxAge(maxAge));
		assertThat(compilation.errors()).extracting(ConfigurationProblem::settingKey).containsExactlyElementsOf(errors);
		assertThat(compilation.warnings()).extracting(ConfigurationProblem::settingKey)
			.containsExactlyElementsOf(warnings);
	}

	static Stream<Arguments> blankItems() {
		return Stream.of(
				Arguments.of((Consumer<PolicySpecs>) (p) -> p.allowedOriginPatterns("https://*.app.example", " "),
						"allowed-origin-patterns[1]"),
				Arguments.of((Consumer<PolicySpecs>) (p) -> p.allowedMethods("GET", ""), "allowed-methods[1]"),
				Arguments.of((Consumer<PolicySpecs>) (p) -> p.allowedHeaders(" ", "X-One"), "allowed-headers[0]"),
				Arguments.of((Consumer<PolicySpecs>) (p) -> p.exposedHeaders("X-One", "\t"), "exposed-headers[1]"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("blankItems")
	void reportsABlankItemInAnyListAtItsIndex(Consumer<PolicySpecs> settings, String key) {
		PolicySpecs policy = PolicySpecs.named("api").allowedOrigins("https://app.example");
		settings.accept(policy);
		var compilation = PolicySpecs.compilation(policy);
		assertThat(compilation.errors()).singleElement().satisfies((problem) -> {
			assertThat(problem.settingKey()).isEqualTo(key);
			assertThat(problem.reason()).isEqualTo("an empty item");
		});
	}

	private static Arguments limit(String behaviour, Consumer<OriginResolverSpec> settings, List<String> errors,
			List<String> warnings) {
		return Arguments.of(behaviour, settings, errors, warnings);
	}

}
