package io.github.corsstarter.benchmarks;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Each kind of request a CORS filter sees, against the sample app's one {@code /api/**}
 * policy with one allowed origin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestKindBenchmark {

	@Param
	public FilterKind filter;

	private Filter instance;

	@Setup
	public void createFilter() {
		this.instance = this.filter.create(BenchmarkConfiguration.exactOrigins(1, 1));
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

	@Benchmark
	public MockHttpServletResponse disallowedOriginGet() throws Exception {
		return BenchmarkRequests.filter(this.instance, BenchmarkRequests.get(BenchmarkRequests.DISALLOWED_ORIGIN));
	}

	@Benchmark
	public MockHttpServletResponse noOriginGet() throws Exception {
		return BenchmarkRequests.filter(this.instance, BenchmarkRequests.get(null));
	}

	/**
	 * An allowed origin and method, asking for 10,000 headers in 64 KiB: what a client
	 * crafts, never a browser.
	 */
	@Benchmark
	public MockHttpServletResponse hostilePreflight() throws Exception {
		return BenchmarkRequests.filter(this.instance, BenchmarkRequests
			.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.HOSTILE_REQUEST_HEADERS));
	}

}
