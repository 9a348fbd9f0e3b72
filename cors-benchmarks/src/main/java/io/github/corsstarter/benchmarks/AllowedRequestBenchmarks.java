package io.github.corsstarter.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * The two requests every scenario of this kind times, from the allowed origin, through
 * whatever filter the subclass builds in its {@code @Setup}: the browser's preflight for
 * the sample client's {@code PUT}, and an actual {@code GET}. JMH runs inherited
 * benchmark methods under each subclass's name ({@code RequestKindBenchmark.allowedGet}).
 */
public abstract class AllowedRequestBenchmarks {

	/** The requests through the filter under test, set by the subclass's setup. */
	protected BenchmarkRequests requests;

	@Benchmark
	public Object allowedPreflight() throws Exception {
		return this.requests.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN,
				BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

	@Benchmark
	public Object allowedGet() throws Exception {
		return this.requests.get(BenchmarkConfiguration.ALLOWED_ORIGIN);
	}

}
