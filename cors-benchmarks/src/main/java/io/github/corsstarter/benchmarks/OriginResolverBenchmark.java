package io.github.corsstarter.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.corsstarter.runtime.OriginResolverStatus;
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
 * An allowed preflight from an origin the policy configures, against one from an origin
 * only its {@code AllowedOriginResolver} allows, answered from the resolver's cache: the
 * cache is warmed by one preflight before anything is timed, and the answer stays cached
 * for {@code origin-resolver.allowed-ttl} (10 minutes), longer than a run. Same context,
 * same policy, same filter for both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OriginResolverBenchmark {

	/** Which rule allows the preflight's origin. */
	public enum AllowedBy {

		/** {@code allowed-origins}: one hash lookup. */
		CONFIGURED(BenchmarkConfiguration.ALLOWED_ORIGIN),

		/** The resolver, its answer already in the cache. */
		RESOLVER_CACHE(DynamicOriginBeans.RESOLVED_ORIGIN);

		private final String origin;

		AllowedBy(String origin) {
			this.origin = origin;
		}

		String origin() {
			return this.origin;
		}

	}

	@Param
	public AllowedBy allowedBy;

	private StarterContext.Running context;

	private BenchmarkRequests.Servlet requests;

	@Setup
	public void createFilter() throws Exception {
		this.context = DynamicOriginBeans.open(DynamicOriginBeans.configuration(0));
		this.requests = DynamicOriginBeans.filter(this.context);
		warmResolverCache();
	}

	/**
	 * Asks once for the resolved origin, which makes the one lookup, then once more,
	 * which must be a cache hit: otherwise the benchmark would time something else.
	 */
	private void warmResolverCache() throws Exception {
		MockHttpServletResponse first = resolvedPreflight();
		MockHttpServletResponse second = resolvedPreflight();
		OriginResolverStatus status = DynamicOriginBeans.resolverStatus(this.context);
		long calls = this.context.bean(DynamicOriginBeans.CountingResolver.class).calls();
		if (first.getStatus() != 204 || second.getStatus() != 204 || status.lookups() != 1 || status.hits() < 1
				|| status.cached() != 1 || calls != 1) {
			throw new IllegalStateException("the resolver's cache is not warm: statuses " + first.getStatus() + ", "
					+ second.getStatus() + ", resolver called " + calls + " times, " + status);
		}
	}

	private MockHttpServletResponse resolvedPreflight() throws Exception {
		return this.requests.preflight(DynamicOriginBeans.RESOLVED_ORIGIN, BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		long calls = this.context.bean(DynamicOriginBeans.CountingResolver.class).calls();
		System.out.println("\nresolver called " + calls + " time(s) in the trial; "
				+ DynamicOriginBeans.resolverStatus(this.context));
		this.context.close();
	}

	@Benchmark
	public MockHttpServletResponse allowedPreflight() throws Exception {
		return this.requests.preflight(this.allowedBy.origin(), BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

}
