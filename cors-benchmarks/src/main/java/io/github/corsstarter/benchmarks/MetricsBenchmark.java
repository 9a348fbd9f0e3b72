package io.github.corsstarter.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.corsstarter.autoconfigure.CorsServletAutoConfiguration;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The starter's servlet filter with its Micrometer metrics on and off ({@link Metrics}):
 * an allowed preflight and an allowed actual {@code GET}, the requests of
 * {@link RequestKindBenchmark}, on the same one-policy configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmark {

	@Param
	public Metrics metrics;

	private StarterContext.Running context;

	private Filter instance;

	@Setup
	public void createFilter() {
		this.context = this.metrics.open(new WebApplicationContextRunner(), CorsServletAutoConfiguration.class);
		this.instance = (CorsPolicyFilter) this.context.bean(FilterRegistrationBean.class).getFilter();
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		System.out.printf("%ncors.requests allowed: %.0f preflights, %.0f actual (metrics %s)%n",
				Metrics.allowed(this.context, "preflight"), Metrics.allowed(this.context, "actual"), this.metrics);
		this.context.close();
	}

	/** The context, for {@link ResponseCheck}. */
	StarterContext.Running context() {
		return this.context;
	}

	@Benchmark
	public MockHttpServletResponse allowedPreflight() throws Exception {
		return BenchmarkRequests.filter(this.instance, BenchmarkRequests
			.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.BROWSER_REQUEST_HEADERS));
	}

	@Benchmark
	public MockHttpServletResponse allowedGet() throws Exception {
		return BenchmarkRequests.filter(this.instance, BenchmarkRequests.get(BenchmarkConfiguration.ALLOWED_ORIGIN));
	}

}
