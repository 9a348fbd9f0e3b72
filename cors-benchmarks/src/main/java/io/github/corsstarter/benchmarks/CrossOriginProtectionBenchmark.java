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
 * The starter's {@code /api/**} policy of {@link RequestKindBenchmark} with
 * {@code cross-origin-protection} off and on: the check must add nothing measurable to
 * safe methods and preflights, which it never refuses; the unsafe rows show what it costs
 * where it decides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CrossOriginProtectionBenchmark extends AllowedRequestBenchmarks {

	@Param
	public Stack stack;

	@Param({ "false", "true" })
	public boolean protection;

	@Setup
	public void createFilter() throws InterruptedException {
		this.requests = FilterKind.STARTER.create(this.stack, BenchmarkConfiguration.exactOrigins(1, 1)
			.withStarterProperties("cors.policies.api.cross-origin-protection=" + this.protection));
	}

	/** A cross-site GET from an origin the policy does not allow: safe, so it passes. */
	@Benchmark
	public Object disallowedOriginGet() throws Exception {
		return this.requests.get(BenchmarkRequests.DISALLOWED_ORIGIN);
	}

	/** A form POST from the allowed origin: passes either way. */
	@Benchmark
	public Object allowedOriginPost() throws Exception {
		return this.requests.post(BenchmarkConfiguration.ALLOWED_ORIGIN, "cross-site");
	}

	/** A cross-site form POST from another origin: refused (403) with protection on. */
	@Benchmark
	public Object crossSitePost() throws Exception {
		return this.requests.post(BenchmarkRequests.DISALLOWED_ORIGIN, "cross-site");
	}

}
