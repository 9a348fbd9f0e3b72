package io.github.corsstarter.runtime;

import java.util.concurrent.Executor;

import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * The starter's background threads: one scheduler that reads origin sources, one executor
 * that runs origin resolver lookups (as many at once as the lookup bounds allow). Built
 * with Spring Boot's task builders, so {@code spring.threads.virtual.enabled} and the
 * application's customizers apply. They are no beans: an application's
 * {@code @EnableScheduling} must never pick them up.
 */
public final class CorsTasks implements AutoCloseable {

	private final SimpleAsyncTaskScheduler scheduler;

	private final SimpleAsyncTaskExecutor executor;

	private CorsTasks(SimpleAsyncTaskScheduler scheduler, SimpleAsyncTaskExecutor executor) {
		this.scheduler = scheduler;
		this.executor = executor;
		// As before Boot's builders: a lookup that never returns must not keep the JVM.
		this.scheduler.setDaemon(true);
		this.executor.setDaemon(true);
	}

	/** Threads built by Spring Boot's builders, with the starter's thread names. */
	public static CorsTasks of(SimpleAsyncTaskSchedulerBuilder schedulers, SimpleAsyncTaskExecutorBuilder executors) {
		return new CorsTasks(schedulers.threadNamePrefix("cors-origin-sources-").build(),
				executors.threadNamePrefix("cors-origin-resolver-").build());
	}

	/** Threads with Spring Boot's defaults, for an application without its builders. */
	public static CorsTasks withDefaults() {
		return of(new SimpleAsyncTaskSchedulerBuilder(), new SimpleAsyncTaskExecutorBuilder());
	}

	TaskScheduler scheduler() {
		return this.scheduler;
	}

	Executor executor() {
		return this.executor;
	}

	/** Stops scheduling reads; lookups that run finish. */
	@Override
	public void close() {
		this.scheduler.close();
		this.executor.close();
	}

}
