package io.github.corsstarter.autoconfigure;

import java.time.Clock;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.CorsTasks;
import io.github.corsstarter.runtime.SpringCorsBeans;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;

/**
 * Compiles the {@code cors.*} properties into the {@link CorsEngine} at startup, failing
 * with every problem at once, and keeps it in step afterwards through the
 * {@link CorsConfigurationManager} (reloads, origin sources). The filters that apply it
 * are registered by {@link CorsServletAutoConfiguration} and
 * {@link CorsReactiveAutoConfiguration}, for whichever stack the application runs.
 * <p>
 * Deliberately defines no bean that Spring Security, Spring MVC or Spring WebFlux picks
 * up for their own CORS support: no {@code CorsConfigurationSource} and nothing named
 * {@code corsFilter} or {@code corsConfigurationSource}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
		"org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration" })
@ConditionalOnWebApplication
@ImportRuntimeHints(CorsRuntimeHints.class)
public final class CorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean({ CorsEngine.class, CorsConfigurationManager.class })
	CorsConfigurationManager corsConfigurationManager(Environment environment, ListableBeanFactory beanFactory,
			ObjectProvider<SimpleAsyncTaskSchedulerBuilder> schedulers,
			ObjectProvider<SimpleAsyncTaskExecutorBuilder> executors) {
		CorsTasks tasks = CorsTasks.of(schedulers.getIfAvailable(SimpleAsyncTaskSchedulerBuilder::new),
				executors.getIfAvailable(SimpleAsyncTaskExecutorBuilder::new));
		return new CorsConfigurationManager(environment, beanFactory, Clock.systemUTC(), tasks);
	}

	@Bean
	@ConditionalOnMissingBean
	CorsEngine corsEngine(CorsConfigurationManager manager) {
		return manager.engine();
	}

	@Bean
	SpringCorsBeans corsStarterSpringCorsBeans(ListableBeanFactory beanFactory, Environment environment) {
		return new SpringCorsBeans(beanFactory, environment);
	}

}
