package io.github.corsstarter.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The starter's filter with its Micrometer metrics on and off ({@link Metrics}), on
 * either stack: an allowed preflight and an allowed actual {@code GET}, the requests of
 * {@link RequestKindBenchmark}, on the same one-policy configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmark extends AllowedRequestBenchmarks {

	@Param
	public Stack stack;

	@Param
	public Metrics metrics;

	private StarterContext.Running context;

	@Setup
	public void createFilter() {
		this.context = this.metrics.open(this.stack);
		this.requests = this.stack.starterFilter(this.context);
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		System.out.printf("%ncors.requests allowed: %.0f preflights, %.0f actual (%s, metrics %s)%n",
				Metrics.allowed(this.context, "preflight"), Metrics.allowed(this.context, "actual"), this.stack,
				this.metrics);
		this.context.close();
	}

	/** The context, for {@link ResponseCheck}. */
	StarterContext.Running context() {
		return this.context;
	}

}
