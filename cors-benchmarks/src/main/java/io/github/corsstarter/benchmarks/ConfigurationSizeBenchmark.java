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
 * An allowed preflight as the configuration grows, on either stack: its origin is the
 * last of the policy's origins and its path is covered by the last policy declared, so a
 * filter that scans either list pays for all of it.
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

}
