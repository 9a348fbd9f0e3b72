/**
 * JMH benchmarks of one filter invocation: the starter's {@code CorsPolicyFilter} as its
 * auto-configuration builds it, Spring's {@code CorsFilter} over a
 * {@code UrlBasedCorsConfigurationSource} (what users write by hand), and an empty
 * pass-through filter, the floor that shows what the mock request and response themselves
 * cost ({@link io.github.corsstarter.benchmarks.FilterKind}). All three get the same
 * configuration ({@link io.github.corsstarter.benchmarks.BenchmarkConfiguration}) and the
 * same requests ({@link io.github.corsstarter.benchmarks.BenchmarkRequests}).
 * {@link io.github.corsstarter.benchmarks.MockHeaderCostBenchmark} splits what remains
 * above the floor into what the mocks charge for header access and what the filter
 * decides.
 * <p>
 * The scenarios that exist on both stacks are one class each with a
 * {@link io.github.corsstarter.benchmarks.Stack} parameter: on {@code REACTIVE}, the same
 * comparison on WebFlux, on the same configurations: the starter's
 * {@code CorsPolicyWebFilter} as its reactive auto-configuration builds it, Spring's
 * {@code CorsWebFilter} over a reactive {@code UrlBasedCorsConfigurationSource} holding
 * the same {@code CorsConfiguration}s, and a pass-through web filter. Every invocation
 * runs a fresh exchange of mock request and response through the filter to a completed
 * response; that exchange is their floor.
 * {@link io.github.corsstarter.benchmarks.ResponseCheck} checks every filter's answers on
 * both stacks before anything is timed.
 * <p>
 * The starter's own features are benchmarked through its real auto-configuration in a
 * context that stays up while the benchmark runs
 * ({@link io.github.corsstarter.benchmarks.StarterContext#open}): origins listed by an
 * {@code AllowedOriginsSource} of 1 or 100,000 origins
 * ({@link io.github.corsstarter.benchmarks.OriginSourceBenchmark}), an origin answered
 * from an {@code AllowedOriginResolver}'s cache against a configured one
 * ({@link io.github.corsstarter.benchmarks.OriginResolverBenchmark}), a flood of fresh
 * unknown origins against a resolver, with the lookups and the cache it causes
 * ({@link io.github.corsstarter.benchmarks.OriginFloodBenchmark}), the application's
 * beans being {@link io.github.corsstarter.benchmarks.DynamicOriginBeans}, all three on
 * the servlet stack; and the Micrometer metrics on and off on both stacks
 * ({@link io.github.corsstarter.benchmarks.MetricsBenchmark}).
 */
package io.github.corsstarter.benchmarks;
