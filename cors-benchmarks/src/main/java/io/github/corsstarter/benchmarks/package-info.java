/**
 * JMH benchmarks of one filter invocation: the starter's {@code CorsPolicyFilter} as its
 * auto-configuration builds it, Spring's {@code CorsFilter} over a
 * {@code UrlBasedCorsConfigurationSource} (what users write by hand), and an empty
 * pass-through filter, the floor that shows what the mock request and response themselves
 * cost. All three get the same configuration
 * ({@link io.github.corsstarter.benchmarks.BenchmarkConfiguration}) and the same requests
 * ({@link io.github.corsstarter.benchmarks.BenchmarkRequests}).
 * {@link io.github.corsstarter.benchmarks.MockHeaderCostBenchmark} splits what remains
 * above the floor into what the mocks charge for header access and what the filter
 * decides.
 * <p>
 * The {@code Reactive} benchmarks are the same comparison on WebFlux, scenario for
 * scenario and on the same configurations: the starter's {@code CorsPolicyWebFilter} as
 * its reactive auto-configuration builds it, Spring's {@code CorsWebFilter} over a
 * reactive {@code UrlBasedCorsConfigurationSource} holding the same
 * {@code CorsConfiguration}s, and a pass-through web filter
 * ({@link io.github.corsstarter.benchmarks.ReactiveFilterKind}). Every invocation runs a
 * fresh {@code MockServerWebExchange} through the filter to a completed response
 * ({@link io.github.corsstarter.benchmarks.ReactiveBenchmarkRequests}); that mock
 * exchange is their floor. {@link io.github.corsstarter.benchmarks.ResponseCheck} checks
 * every filter's answers on both stacks before anything is timed.
 */
package io.github.corsstarter.benchmarks;
