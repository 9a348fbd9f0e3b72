package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.runtime.CorsConfigurationManager;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * Builds the starter's filter for either stack exactly as Boot does:
 * {@link CorsAutoConfiguration} and the stack's adapter auto-configuration, in the
 * context runner of that stack ({@link Stack}), from a {@link BenchmarkConfiguration}'s
 * {@code cors.*} properties. One place, so the servlet and the reactive filter are never
 * built differently.
 * <p>
 * {@link #open} keeps the context running until it is closed: benchmarks whose filter
 * needs it alive keep it for the trial (an origin resolver's lookups run on a pool the
 * context closes, an origin source is refreshed by it, and metrics are counted in its
 * registry); the others close it once they have the filter, which holds only the engine
 * and its compiled configuration and keeps working.
 */
final class StarterContext {

	/**
	 * The starter logs every compiled policy at INFO (from its runtime package), a
	 * hundred lines per fork in the benchmark's output; its warnings still show. Held
	 * here because the JDK keeps loggers only while they are referenced.
	 */
	private static final Logger STARTUP_LOG = Logger.getLogger(CorsConfigurationManager.class.getPackageName());

	private StarterContext() {
	}

	/**
	 * A context of the given runner with {@link CorsAutoConfiguration} and the given
	 * auto-configurations (the stack's adapter, and any the benchmark adds), and the
	 * application's own {@code userConfigurations}, left running until
	 * {@link Running#close()}. A context runner closes its context when its consumer
	 * returns, so the consumer waits on a thread of its own.
	 * @throws IllegalStateException if the context failed to start
	 */
	static <R extends AbstractApplicationContextRunner<R, ?, ?>> Running open(R runner,
			List<Class<?>> autoConfigurations, BenchmarkConfiguration configuration, Class<?>... userConfigurations) {
		STARTUP_LOG.setLevel(Level.WARNING);
		Running running = new Running();
		List<Class<?>> classes = new ArrayList<>();
		classes.add(CorsAutoConfiguration.class);
		classes.addAll(autoConfigurations);
		R configured = runner.withConfiguration(AutoConfigurations.of(classes.toArray(Class<?>[]::new)))
			.withUserConfiguration(userConfigurations)
			.withPropertyValues(configuration.starterProperties());
		Thread thread = new Thread(() -> {
			try {
				configured.run((context) -> {
					if (context.getStartupFailure() != null) {
						running.started.completeExceptionally(context.getStartupFailure());
						return;
					}
					running.started.complete(context);
					running.closing.await();
				});
			}
			catch (Throwable ex) {
				running.started.completeExceptionally(ex);
			}
		}, "benchmark-context");
		thread.setDaemon(true);
		thread.start();
		running.thread = thread;
		running.context();
		return running;
	}

	/** A context {@link #open} started, running until closed. */
	static final class Running implements AutoCloseable {

		private final CompletableFuture<ApplicationContext> started = new CompletableFuture<>();

		private final CountDownLatch closing = new CountDownLatch(1);

		private Thread thread;

		private Running() {
		}

		ApplicationContext context() {
			try {
				return this.started.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("The benchmark's context failed to start", ex.getCause());
			}
		}

		<T> T bean(Class<T> type) {
			return context().getBean(type);
		}

		@Override
		public void close() throws InterruptedException {
			this.closing.countDown();
			this.thread.join();
		}

	}

}
