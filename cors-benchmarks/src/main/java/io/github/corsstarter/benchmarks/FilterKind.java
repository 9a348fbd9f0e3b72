package io.github.corsstarter.benchmarks;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsServletAutoConfiguration;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.Filter;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.CorsFilter;

/**
 * The servlet filters compared, each built from the same {@link BenchmarkConfiguration}.
 * {@link ReactiveFilterKind} is the same three on WebFlux.
 */
public enum FilterKind {

	/**
	 * The starter's filter exactly as {@link CorsAutoConfiguration} builds it from
	 * {@code cors.*} properties.
	 */
	STARTER {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			return (CorsPolicyFilter) StarterContext
				.bean(new WebApplicationContextRunner(), CorsServletAutoConfiguration.class, configuration,
						FilterRegistrationBean.class)
				.getFilter();
		}
	},

	/** Spring's {@link CorsFilter} over a {@code UrlBasedCorsConfigurationSource}. */
	SPRING {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			return new CorsFilter(configuration.springSource());
		}
	},

	/**
	 * Does nothing but call the chain: the cost of the request, the response and the call
	 * themselves.
	 */
	PASS_THROUGH {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			return (request, response, chain) -> chain.doFilter(request, response);
		}
	};

	abstract Filter create(BenchmarkConfiguration configuration);

}
