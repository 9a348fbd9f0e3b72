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
 * Each kind of request a CORS filter sees, against the sample app's one {@code /api/**}
 * policy with one allowed origin, on either stack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestKindBenchmark extends AllowedRequestBenchmarks {

	@Param
	public Stack stack;

	@Param
	public FilterKind filter;

	@Setup
	public void createFilter() throws InterruptedException {
		this.requests = this.filter.create(this.stack, BenchmarkConfiguration.exactOrigins(1, 1));
	}

	@Benchmark
	public Object disallowedOriginGet() throws Exception {
		return this.requests.get(BenchmarkRequests.DISALLOWED_ORIGIN);
	}

	@Benchmark
	public Object noOriginGet() throws Exception {
		return this.requests.get(null);
	}

	/** From the allowed origin, on a path no policy covers: left untouched. */
	@Benchmark
	public Object uncoveredGet() throws Exception {
		return this.requests.uncoveredGet(BenchmarkConfiguration.ALLOWED_ORIGIN);
	}

	/**
	 * An allowed origin and method, asking for 10,000 headers in 64 KiB: what a client
	 * crafts, never a browser.
	 */
	@Benchmark
	public Object hostilePreflight() throws Exception {
		return this.requests.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN,
				BenchmarkRequests.HOSTILE_REQUEST_HEADERS);
	}

}
