package io.github.corsstarter.benchmarks;

import java.util.List;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;

import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.filter.CorsFilter;

/**
 * The filters compared, each built from the same {@link BenchmarkConfiguration} on either
 * {@link Stack}, and named alike on both so the report lines them up.
 * <p>
 * JMH runs every combination of a benchmark's parameters, so every kind must exist on
 * every stack. {@link #create} decides each combination in an exhaustive {@code switch}:
 * a new stack or kind does not compile until each pair is decided, and a kind that has no
 * filter on a stack must throw an {@link IllegalArgumentException} there that names the
 * {@code -p} arguments leaving it out; JMH then reports that combination as failed and
 * runs the others. Today all three exist on both stacks.
 */
public enum FilterKind {

	/**
	 * The starter's filter exactly as {@link CorsAutoConfiguration} and the stack's
	 * adapter auto-configuration build it from {@code cors.*} properties. The context is
	 * closed once the filter is taken from it.
	 */
	STARTER {
		@Override
		BenchmarkRequests create(Stack stack, BenchmarkConfiguration configuration) throws InterruptedException {
			try (StarterContext.Running context = stack.open(configuration, List.of())) {
				return stack.starterFilter(context);
			}
		}
	},

	/**
	 * Spring's {@link CorsFilter} (servlet) or {@link CorsWebFilter} (WebFlux) over a
	 * {@code UrlBasedCorsConfigurationSource} of the stack holding the same
	 * {@code CorsConfiguration}s.
	 */
	SPRING {
		@Override
		BenchmarkRequests create(Stack stack, BenchmarkConfiguration configuration) {
			return switch (stack) {
				case SERVLET -> BenchmarkRequests.servlet(new CorsFilter(configuration.springSource()));
				case REACTIVE -> BenchmarkRequests.reactive(new CorsWebFilter(configuration.reactiveSpringSource()));
			};
		}
	},

	/**
	 * Does nothing but call the chain: the cost of the request, the response (on WebFlux,
	 * the exchange and its completion) and the call themselves.
	 */
	PASS_THROUGH {
		@Override
		BenchmarkRequests create(Stack stack, BenchmarkConfiguration configuration) {
			return switch (stack) {
				case SERVLET ->
					BenchmarkRequests.servlet((request, response, chain) -> chain.doFilter(request, response));
				case REACTIVE -> BenchmarkRequests.reactive((exchange, chain) -> chain.filter(exchange));
			};
		}
	};

	/** This kind's filter on the given stack, with the benchmarked requests. */
	abstract BenchmarkRequests create(Stack stack, BenchmarkConfiguration configuration) throws InterruptedException;

}
