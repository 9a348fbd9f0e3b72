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

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An allowed preflight from an origin that only an {@code AllowedOriginsSource} lists
 * (the last of its origins), as the source grows: the starter's servlet filter built by
 * its auto-configuration around {@link DynamicOriginBeans}, the source read at startup
 * (checked before anything is timed) and looked up by hash per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OriginSourceBenchmark {

	@Param({ "1", "100000" })
	public int sourceOrigins;

	private StarterContext.Running context;

	private BenchmarkRequests.Servlet requests;

	@Setup
	public void createFilter() {
		this.context = DynamicOriginBeans.open(DynamicOriginBeans.configuration(this.sourceOrigins));
		DynamicOriginBeans.checkSourceRead(this.context, this.sourceOrigins);
		this.requests = DynamicOriginBeans.filter(this.context);
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		this.context.close();
	}

	@Benchmark
	public MockHttpServletResponse allowedPreflight() throws Exception {
		return this.requests.preflight(DynamicOriginBeans.SOURCED_ORIGIN, BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

}
