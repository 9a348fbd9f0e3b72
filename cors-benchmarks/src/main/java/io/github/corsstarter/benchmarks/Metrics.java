package io.github.corsstarter.benchmarks;

import java.util.List;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsMetricsAutoConfiguration;
import io.github.corsstarter.metrics.CorsRequestMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's metrics on or off, everything else equal: both contexts have
 * {@link CorsAutoConfiguration}, the stack's adapter and
 * {@link CorsMetricsAutoConfiguration}; only the first has a {@link MeterRegistry} bean
 * (a {@link SimpleMeterRegistry}, as Boot's own metrics auto-configuration falls back
 * to), so only there does {@link CorsRequestMetrics} observe every decision.
 */
public enum Metrics {

	OFF, ON;

	/**
	 * The starter's context on the given stack, left running, with or without metrics.
	 */
	StarterContext.Running open(Stack stack) {
		StarterContext.Running context = stack.open(BenchmarkConfiguration.exactOrigins(1, 1),
				List.of(CorsMetricsAutoConfiguration.class),
				(this == ON) ? new Class<?>[] { Registry.class } : new Class<?>[0]);
		boolean observed = context.context().getBeanProvider(CorsRequestMetrics.class).getIfAvailable() != null;
		if (observed != (this == ON)) {
			throw new IllegalStateException(
					"metrics " + this + " but CorsRequestMetrics is " + (observed ? "registered" : "missing"));
		}
		return context;
	}

	/**
	 * {@code cors.requests} for allowed requests of a kind ({@code preflight},
	 * {@code actual}) in the context's registry; 0 with metrics off.
	 */
	static double allowed(StarterContext.Running context, String kind) {
		MeterRegistry registry = context.context().getBeanProvider(MeterRegistry.class).getIfAvailable();
		if (registry == null) {
			return 0;
		}
		return Search.in(registry)
			.name("cors.requests")
			.tag("kind", kind)
			.tag("outcome", "allowed")
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registry {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
