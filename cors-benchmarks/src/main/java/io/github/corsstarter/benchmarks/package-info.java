/**
 * JMH benchmarks of one filter invocation: the starter's {@code CorsPolicyFilter} as its auto-configuration builds
 * it, Spring's {@code CorsFilter} over a {@code UrlBasedCorsConfigurationSource} (what users write by hand), and an
 * empty pass-through filter, the floor that shows what the mock request and response themselves cost. All three get
 * the same configuration ({@link io.github.corsstarter.benchmarks.BenchmarkConfiguration}) and the same requests
 * ({@link io.github.corsstarter.benchmarks.BenchmarkRequests}).
 * {@link io.github.corsstarter.benchmarks.MockHeaderCostBenchmark} splits what remains above the floor into what
 * the mocks charge for header access and what the filter decides.
 */
package io.github.corsstarter.benchmarks;
