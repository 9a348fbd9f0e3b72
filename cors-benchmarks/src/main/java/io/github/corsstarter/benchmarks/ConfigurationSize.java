package io.github.corsstarter.benchmarks;

import java.util.function.Supplier;

/**
 * How much configuration the filter holds. The request is the same allowed preflight for
 * every size; only the pattern shape's request comes from another origin, the one its
 * pattern matches.
 */
public enum ConfigurationSize {

	ORIGINS_1_POLICIES_1(() -> BenchmarkConfiguration.exactOrigins(1, 1)),

	ORIGINS_100(() -> BenchmarkConfiguration.exactOrigins(100, 1)),

	ORIGINS_10000(() -> BenchmarkConfiguration.exactOrigins(10_000, 1)),

	POLICIES_10(() -> BenchmarkConfiguration.exactOrigins(1, 10)),

	POLICIES_100(() -> BenchmarkConfiguration.exactOrigins(1, 100)),

	ORIGINS_10000_POLICIES_100(() -> BenchmarkConfiguration.exactOrigins(10_000, 100)),

	ORIGIN_PATTERN(BenchmarkConfiguration::originPattern);

	private final Supplier<BenchmarkConfiguration> configuration;

	ConfigurationSize(Supplier<BenchmarkConfiguration> configuration) {
		this.configuration = configuration;
	}

	BenchmarkConfiguration configuration() {
		return this.configuration.get();
	}

}
