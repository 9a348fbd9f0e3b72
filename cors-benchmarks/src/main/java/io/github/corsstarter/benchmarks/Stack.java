package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;

import io.github.corsstarter.autoconfigure.CorsReactiveAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsServletAutoConfiguration;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;

import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The web stack a benchmark runs on, a JMH parameter of every scenario that exists on
 * both: the same requests, the same configurations, each stack's own filters and mock
 * requests ({@link BenchmarkRequests}). What differs between the stacks for the starter
 * is said here once: the context runner Boot uses for the stack, the adapter
 * auto-configuration that registers the starter's filter, and how the filter is taken
 * from the context.
 */
public enum Stack {

	/**
	 * Servlet filters on spring-test's mock request and response: the starter's
	 * {@link CorsPolicyFilter}, registered by {@link CorsServletAutoConfiguration}.
	 */
	SERVLET {
		@Override
		StarterContext.Running openInRunner(List<Class<?>> autoConfigurations, BenchmarkConfiguration configuration,
				Class<?>... userConfigurations) {
			return StarterContext.open(new WebApplicationContextRunner(), autoConfigurations, configuration,
					userConfigurations);
		}

		@Override
		Class<?> adapterAutoConfiguration() {
			return CorsServletAutoConfiguration.class;
		}

		@Override
		BenchmarkRequests.Servlet starterFilter(StarterContext.Running context) {
			return BenchmarkRequests.servlet((CorsPolicyFilter) context.bean(FilterRegistrationBean.class).getFilter());
		}
	},

	/**
	 * WebFlux web filters on an exchange of mock request and response: the starter's
	 * {@link CorsPolicyWebFilter}, registered by {@link CorsReactiveAutoConfiguration}.
	 */
	REACTIVE {
		@Override
		StarterContext.Running openInRunner(List<Class<?>> autoConfigurations, BenchmarkConfiguration configuration,
				Class<?>... userConfigurations) {
			return StarterContext.open(new ReactiveWebApplicationContextRunner(), autoConfigurations, configuration,
					userConfigurations);
		}

		@Override
		Class<?> adapterAutoConfiguration() {
			return CorsReactiveAutoConfiguration.class;
		}

		@Override
		BenchmarkRequests.Reactive starterFilter(StarterContext.Running context) {
			return BenchmarkRequests.reactive(context.bean(CorsPolicyWebFilter.class));
		}
	};

	/**
	 * The starter's context on this stack, left running until closed: the starter's
	 * auto-configurations for this stack plus {@code moreAutoConfigurations}, the
	 * application's {@code userConfigurations}, the {@code cors.*} properties of
	 * {@code configuration}.
	 */
	StarterContext.Running open(BenchmarkConfiguration configuration, List<Class<?>> moreAutoConfigurations,
			Class<?>... userConfigurations) {
		List<Class<?>> autoConfigurations = new ArrayList<>();
		autoConfigurations.add(adapterAutoConfiguration());
		autoConfigurations.addAll(moreAutoConfigurations);
		return openInRunner(autoConfigurations, configuration, userConfigurations);
	}

	/** {@link StarterContext#open} in this stack's context runner. */
	abstract StarterContext.Running openInRunner(List<Class<?>> autoConfigurations,
			BenchmarkConfiguration configuration, Class<?>... userConfigurations);

	/**
	 * The auto-configuration that adapts the starter's engine to this stack and registers
	 * its filter.
	 */
	abstract Class<?> adapterAutoConfiguration();

	/** The starter's filter of this stack, as the context registered it. */
	abstract BenchmarkRequests starterFilter(StarterContext.Running context);

}
