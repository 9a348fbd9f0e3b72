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
 * {@link ConfigurationSizeBenchmark} on WebFlux: the same allowed preflight, from the
 * last origin of the last policy declared, as the same configurations grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReactiveConfigurationSizeBenchmark {

	@Param
	public ConfigurationSize size;

	@Param
	public ReactiveFilterKind filter;

	private WebFilter instance;

	private String origin;

	@Setup
	public void createFilter() {
		BenchmarkConfiguration configuration = this.size.configuration();
		this.instance = this.filter.create(configuration);
		this.origin = configuration.requestOrigin();
	}

	@Benchmark
	public MockServerHttpResponse allowedPreflight() {
		return ReactiveBenchmarkRequests.filter(this.instance,
				ReactiveBenchmarkRequests.preflight(this.origin, BenchmarkRequests.BROWSER_REQUEST_HEADERS));
	}

}
