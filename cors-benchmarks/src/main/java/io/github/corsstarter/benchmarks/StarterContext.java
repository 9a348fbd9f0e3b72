package io.github.corsstarter.benchmarks;

import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;

/**
 * Builds the starter's filter for either stack exactly as Boot does:
 * {@link CorsAutoConfiguration} and the stack's adapter auto-configuration, in the
 * context runner of that stack, from a {@link BenchmarkConfiguration}'s {@code cors.*}
 * properties. One place, so the servlet and the reactive filter are never built
 * differently.
 */
final class StarterContext {

	/**
	 * The auto-configuration logs every compiled policy at INFO, a hundred lines per fork
	 * in the benchmark's output; its warnings still show. Held here because the JDK keeps
	 * loggers only while they are referenced.
	 */
	private static final Logger STARTUP_LOG = Logger.getLogger(CorsAutoConfiguration.class.getPackageName());

	private StarterContext() {
	}

	/**
	 * The bean of the given type in a context of the given runner. The filters hold only
	 * the engine and its compiled configuration, so they keep working after the context
	 * closes.
	 */
	static <R extends AbstractApplicationContextRunner<R, ?, ?>, T> T bean(R runner, Class<?> adapterAutoConfiguration,
			BenchmarkConfiguration configuration, Class<T> type) {
		STARTUP_LOG.setLevel(Level.WARNING);
		AtomicReference<T> bean = new AtomicReference<>();
		runner.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, adapterAutoConfiguration))
			.withPropertyValues(configuration.starterProperties())
			.run((context) -> bean.set(context.getBean(type)));
		return bean.get();
	}

}
