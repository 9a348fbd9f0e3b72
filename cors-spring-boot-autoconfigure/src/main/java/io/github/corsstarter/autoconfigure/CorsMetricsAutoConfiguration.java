package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.metrics.CorsDynamicMetrics;
import io.github.corsstarter.metrics.CorsRequestMetrics;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * CORS metrics, when Micrometer is on the class path and the application has a
 * {@link MeterRegistry}: every decision counted in {@code cors.requests}, and the
 * reloads, origin sources and origin resolvers.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean({ CorsEngine.class, MeterRegistry.class })
public final class CorsMetricsAutoConfiguration {

	@Bean
	CorsRequestMetrics corsRequestMetrics(CorsEngine engine, MeterRegistry registry,
			ObjectProvider<CorsConfigurationManager> manager) {
		CorsConfigurationManager configurations = manager.getIfAvailable();
		CorsDynamicMetrics dynamic = (configurations != null) ? new CorsDynamicMetrics(registry, configurations) : null;
		CorsRequestMetrics metrics = new CorsRequestMetrics(registry, engine,
				(dynamic != null) ? dynamic::registerSourcesAndResolvers : () -> {
				});
		engine.addObserver(metrics);
		return metrics;
	}

}
