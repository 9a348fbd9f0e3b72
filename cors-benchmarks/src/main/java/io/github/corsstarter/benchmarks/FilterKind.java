package io.github.corsstarter.benchmarks;

import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsServletAutoConfiguration;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.CorsFilter;

/**
 * The filters compared, each built from the same {@link BenchmarkConfiguration}.
 */
public enum FilterKind {

	/** The starter's filter exactly as {@link CorsAutoConfiguration} builds it from {@code cors.*} properties. */
	STARTER {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			STARTUP_LOG.setLevel(Level.WARNING);
			AtomicReference<Filter> filter = new AtomicReference<>();
			// The filter holds only the engine and its compiled configuration, so it keeps working after the context
			// closes.
			new WebApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsServletAutoConfiguration.class))
				.withPropertyValues(configuration.starterProperties())
				.run((context) -> filter.set((CorsPolicyFilter) context.getBean(FilterRegistrationBean.class)
					.getFilter()));
			return filter.get();
		}
	},

	/** Spring's {@link CorsFilter} over a {@code UrlBasedCorsConfigurationSource}. */
	SPRING {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			return new CorsFilter(configuration.springSource());
		}
	},

	/** Does nothing but call the chain: the cost of the request, the response and the call themselves. */
	PASS_THROUGH {
		@Override
		Filter create(BenchmarkConfiguration configuration) {
			return (request, response, chain) -> chain.doFilter(request, response);
		}
	};

	/**
	 * The auto-configuration logs every compiled policy at INFO, a hundred lines per fork in the benchmark's output;
	 * its warnings still show. Held here because the JDK keeps loggers only while they are referenced.
	 */
	private static final Logger STARTUP_LOG = Logger.getLogger(CorsAutoConfiguration.class.getName());

	abstract Filter create(BenchmarkConfiguration configuration);

}
