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
 * An allowed preflight as the configuration grows: its origin is the last of the policy's
 * origins and its path is covered by the last policy declared, so a filter that scans
 * either list pays for all of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConfigurationSizeBenchmark {

	@Param
	public ConfigurationSize size;

	@Param
	public FilterKind filter;

	private Filter instance;

	private String origin;

	@Setup
	public void createFilter() {
		BenchmarkConfiguration configuration = this.size.configuration();
		this.instance = this.filter.create(configuration);
		this.origin = configuration.requestOrigin();
	}

	@Benchmark
	public MockHttpServletResponse allowedPreflight() throws Exception {
		return BenchmarkRequests.filter(this.instance,
				BenchmarkRequests.preflight(this.origin, BenchmarkRequests.BROWSER_REQUEST_HEADERS));
	}

}
