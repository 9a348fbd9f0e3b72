package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The policies one benchmark run configures, in declaration order. Every shape is built
 * so that the benchmarked request hits the worst case of a linear scan: its path is
 * covered by the last policy declared, and its origin is the last origin of that policy.
 */
final class BenchmarkConfiguration {

	/**
	 * The origin every request but the pattern shape's comes from: the sample client's
	 * Vite dev server.
	 */
	static final String ALLOWED_ORIGIN = "http://localhost:5173";

	/** An origin that only {@link #PATTERN} matches. */
	static final String PATTERN_MATCHED_ORIGIN = "https://notes.example.com";

	static final String API_PATTERN = "/api/**";

	private final List<PolicySettings> policies;

	private final String requestOrigin;

	/** Further {@code cors.*} (or benchmark) properties, for the starter only. */
	private final List<String> extraProperties;

	private BenchmarkConfiguration(List<PolicySettings> policies, String requestOrigin) {
		this(policies, requestOrigin, List.of());
	}

	private BenchmarkConfiguration(List<PolicySettings> policies, String requestOrigin, List<String> extraProperties) {
		this.policies = List.copyOf(policies);
		this.requestOrigin = requestOrigin;
		this.extraProperties = List.copyOf(extraProperties);
	}

	/**
	 * {@code policyCount - 1} policies on paths the requests never take, then the
	 * {@code api} policy on {@code /api/**} with {@code originCount} exact origins,
	 * {@link #ALLOWED_ORIGIN} last.
	 */
	static BenchmarkConfiguration exactOrigins(int originCount, int policyCount) {
		List<PolicySettings> policies = new ArrayList<>();
		for (int i = 1; i < policyCount; i++) {
			policies.add(new PolicySettings("service" + i, "/service" + i + "/**",
					List.of("https://service" + i + ".example.org"), List.of()));
		}
		List<String> origins = new ArrayList<>(
				IntStream.range(1, originCount).mapToObj((i) -> "https://client" + i + ".example.org").toList());
		origins.add(ALLOWED_ORIGIN);
		policies.add(new PolicySettings("api", API_PATTERN, origins, List.of()));
		return new BenchmarkConfiguration(policies, ALLOWED_ORIGIN);
	}

	/**
	 * One policy on {@code /api/**} whose only allowed origins are the subdomains of
	 * {@code example.com}.
	 */
	static BenchmarkConfiguration originPattern() {
		return new BenchmarkConfiguration(
				List.of(new PolicySettings("api", API_PATTERN, List.of(), List.of("https://*.example.com"))),
				PATTERN_MATCHED_ORIGIN);
	}

	/** The allowed origin the benchmarked requests send. */
	String requestOrigin() {
		return this.requestOrigin;
	}

	/**
	 * This configuration with more properties for the starter's context, such as a
	 * policy's {@code origin-source} or {@code origin-resolver} settings. Spring's
	 * filters have no counterpart of them, so they are only for the starter.
	 */
	BenchmarkConfiguration withStarterProperties(String... properties) {
		List<String> extra = new ArrayList<>(this.extraProperties);
		extra.addAll(List.of(properties));
		return new BenchmarkConfiguration(this.policies, this.requestOrigin, extra);
	}

	String[] starterProperties() {
		return Stream
			.concat(this.policies.stream().flatMap((policy) -> policy.starterProperties().stream()),
					this.extraProperties.stream())
			.toArray(String[]::new);
	}

	/**
	 * What users write by hand today: one {@code CorsConfiguration} registered per path
	 * pattern, in order.
	 */
	UrlBasedCorsConfigurationSource springSource() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		registerEach(source::registerCorsConfiguration);
		return source;
	}

	/**
	 * The same by hand on WebFlux: the same {@code CorsConfiguration}s, the same path
	 * patterns, the same order.
	 */
	org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource reactiveSpringSource() {
		org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource source = new org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource(
				new PathPatternParser());
		registerEach(source::registerCorsConfiguration);
		return source;
	}

	/** The two stacks' sources share no interface to register with, only the method. */
	private void registerEach(BiConsumer<String, CorsConfiguration> registration) {
		this.policies.forEach((policy) -> registration.accept(policy.pathPattern(), policy.springConfiguration()));
	}

}
