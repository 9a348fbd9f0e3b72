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

import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.server.WebFilter;

/**
 * {@link RequestKindBenchmark} on WebFlux, method for method: the same requests against
 * the same one {@code /api/**} policy with one allowed origin, through the reactive
 * filters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReactiveRequestKindBenchmark {

	@Param
	public ReactiveFilterKind filter;

	private WebFilter instance;

	@Setup
	public void createFilter() {
		this.instance = this.filter.create(BenchmarkConfiguration.exactOrigins(1, 1));
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

	@Benchmark
	public MockServerHttpResponse disallowedOriginGet() {
		return ReactiveBenchmarkRequests.filter(this.instance,
				ReactiveBenchmarkRequests.get(BenchmarkRequests.DISALLOWED_ORIGIN));
	}

	@Benchmark
	public MockServerHttpResponse noOriginGet() {
		return ReactiveBenchmarkRequests.filter(this.instance, ReactiveBenchmarkRequests.get(null));
	}

	/**
	 * An allowed origin and method, asking for 10,000 headers in 64 KiB: what a client
	 * crafts, never a browser.
	 */
	@Benchmark
	public MockServerHttpResponse hostilePreflight() {
		return ReactiveBenchmarkRequests.filter(this.instance, ReactiveBenchmarkRequests
			.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.HOSTILE_REQUEST_HEADERS));
	}

}
