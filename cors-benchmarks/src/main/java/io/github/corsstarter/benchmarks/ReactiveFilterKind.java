package io.github.corsstarter.benchmarks;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsReactiveAutoConfiguration;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;

import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.server.WebFilter;

/**
 * The WebFlux filters compared, each built from the same {@link BenchmarkConfiguration}
 * as the servlet ones of {@link FilterKind}, and named alike so the report lines them up.
 */
public enum ReactiveFilterKind {

	/**
	 * The starter's web filter exactly as {@link CorsReactiveAutoConfiguration} builds it
	 * over the engine {@link CorsAutoConfiguration} compiles from {@code cors.*}
	 * properties.
	 */
	STARTER {
		@Override
		WebFilter create(BenchmarkConfiguration configuration) {
			return StarterContext.bean(new ReactiveWebApplicationContextRunner(), CorsReactiveAutoConfiguration.class,
					configuration, CorsPolicyWebFilter.class);
		}
	},

	/**
	 * Spring's {@link CorsWebFilter} over a reactive
	 * {@code UrlBasedCorsConfigurationSource}.
	 */
	SPRING {
		@Override
		WebFilter create(BenchmarkConfiguration configuration) {
			return new CorsWebFilter(configuration.reactiveSpringSource());
		}
	},

	/**
	 * Does nothing but call the chain: the cost of the exchange, its completion and the
	 * call themselves.
	 */
	PASS_THROUGH {
		@Override
		WebFilter create(BenchmarkConfiguration configuration) {
			return (exchange, chain) -> chain.filter(exchange);
		}
	};

	abstract WebFilter create(BenchmarkConfiguration configuration);

}
