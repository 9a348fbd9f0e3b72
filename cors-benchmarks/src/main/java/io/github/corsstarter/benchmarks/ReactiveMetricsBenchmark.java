package io.github.corsstarter.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.corsstarter.autoconfigure.CorsReactiveAutoConfiguration;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.server.WebFilter;

/**
 * {@link MetricsBenchmark} on WebFlux: the starter's web filter with its metrics on and
 * off, the requests of {@link ReactiveRequestKindBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReactiveMetricsBenchmark {

	@Param
	public Metrics metrics;

	private StarterContext.Running context;

	private WebFilter instance;

	@Setup
	public void createFilter() {
		this.context = this.metrics.open(new ReactiveWebApplicationContextRunner(),
				CorsReactiveAutoConfiguration.class);
		this.instance = this.context.bean(CorsPolicyWebFilter.class);
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
	public MockServerHttpResponse allowedPreflight() {
		return ReactiveBenchmarkRequests.filter(this.instance, ReactiveBenchmarkRequests
			.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.BROWSER_REQUEST_HEADERS));
	}

	@Benchmark
	public MockServerHttpResponse allowedGet() {
		return ReactiveBenchmarkRequests.filter(this.instance,
				ReactiveBenchmarkRequests.get(BenchmarkConfiguration.ALLOWED_ORIGIN));
	}

}
