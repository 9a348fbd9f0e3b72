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

/**
 * An allowed preflight and an allowed {@code GET} as the configuration grows, on either
 * stack: the origin is the last of the policy's origins and the path is covered by the
 * last policy declared, so a filter that scans either list pays for all of it. The
 * {@code GET} row is the one a lookup that grows with the origins shows first: it costs
 * less than a preflight, so the same growth is a larger share of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConfigurationSizeBenchmark {

	@Param
	public Stack stack;

	@Param
	public ConfigurationSize size;

	@Param
	public FilterKind filter;

	private BenchmarkRequests requests;

	private String origin;

	@Setup
	public void createFilter() throws InterruptedException {
		BenchmarkConfiguration configuration = this.size.configuration();
		this.requests = this.filter.create(this.stack, configuration);
		this.origin = configuration.requestOrigin();
	}

	@Benchmark
	public Object allowedPreflight() throws Exception {
		return this.requests.preflight(this.origin, BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

	@Benchmark
	public Object allowedGet() throws Exception {
		return this.requests.get(this.origin);
	}

}
