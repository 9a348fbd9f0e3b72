package io.github.corsstarter.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What Spring's mock objects charge for the header reads and writes an allowed
 * preflight's answer takes, with no decision made: the starter's filter's own reads (each
 * {@code getHeader} on the mock lower-cases the name into a new string) and its own
 * writes, and the same for the hostile preflight's 403. The filters' figures net of the
 * pass-through floor include these costs, which a real container charges differently.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MockHeaderCostBenchmark {

	/** The starter's body for a preflight refused for its header list's length. */
	private static final byte[] REJECTION_BODY = "CORS preflight rejected: request header list too long\n"
		.getBytes(StandardCharsets.UTF_8);

	private static final String[] PREFLIGHT_REQUEST_HEADERS = { "Origin", "Access-Control-Request-Method",
			"Access-Control-Request-Headers", "Access-Control-Request-Method",
			"Access-Control-Request-Private-Network" };

	private BenchmarkRequests.Servlet reads;

	private BenchmarkRequests.Servlet writes;

	private BenchmarkRequests.Servlet readsAndWrites;

	private BenchmarkRequests.Servlet rejectionWrites;

	private BenchmarkRequests.Servlet rejectionReadsAndWrites;

	@Setup
	public void createFilters(Blackhole blackhole) {
		Filter reads = (request, response, chain) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			blackhole.consume(http.getRequestURI());
			blackhole.consume(http.getContextPath());
			for (String name : PREFLIGHT_REQUEST_HEADERS) {
				blackhole.consume(http.getHeader(name));
			}
			blackhole.consume(http.getHeaders("Origin").nextElement());
		};
		Filter writes = (request, response, chain) -> {
			HttpServletResponse http = (HttpServletResponse) response;
			blackhole.consume(http.containsHeader("Vary"));
			http.addHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
			http.setStatus(HttpServletResponse.SC_NO_CONTENT);
			http.setHeader("Access-Control-Allow-Origin", BenchmarkConfiguration.ALLOWED_ORIGIN);
			http.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
			http.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
			http.setHeader("Access-Control-Max-Age", "3600");
		};
		Filter rejectionWrites = (request, response, chain) -> {
			HttpServletResponse http = (HttpServletResponse) response;
			blackhole.consume(http.containsHeader("Vary"));
			http.addHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
			http.setHeader("Content-Type", "text/plain;charset=UTF-8");
			http.setHeader("Content-Length", Integer.toString(REJECTION_BODY.length));
			http.setStatus(HttpServletResponse.SC_FORBIDDEN);
			http.getOutputStream().write(REJECTION_BODY);
		};
		this.reads = BenchmarkRequests.servlet(reads);
		this.writes = BenchmarkRequests.servlet(writes);
		this.readsAndWrites = BenchmarkRequests.servlet((request, response, chain) -> {
			reads.doFilter(request, response, chain);
			writes.doFilter(request, response, chain);
		});
		this.rejectionWrites = BenchmarkRequests.servlet(rejectionWrites);
		this.rejectionReadsAndWrites = BenchmarkRequests.servlet((request, response, chain) -> {
			reads.doFilter(request, response, chain);
			rejectionWrites.doFilter(request, response, chain);
		});
	}

	@Benchmark
	public MockHttpServletResponse preflightHeaderReads() throws Exception {
		return allowedPreflight(this.reads);
	}

	@Benchmark
	public MockHttpServletResponse preflightHeaderWrites() throws Exception {
		return allowedPreflight(this.writes);
	}

	/** The starter's filter less its decisions: compare with its allowed preflight. */
	@Benchmark
	public MockHttpServletResponse preflightHeaderReadsAndWrites() throws Exception {
		return allowedPreflight(this.readsAndWrites);
	}

	/**
	 * What the starter's hostile preflight costs on the mocks less its decision: the same
	 * reads and the writes of its 403.
	 */
	@Benchmark
	public MockHttpServletResponse hostilePreflightHeaderReadsAndWrites() throws Exception {
		return hostilePreflight(this.rejectionReadsAndWrites);
	}

	@Benchmark
	public MockHttpServletResponse hostilePreflightWrites() throws Exception {
		return hostilePreflight(this.rejectionWrites);
	}

	private static MockHttpServletResponse hostilePreflight(BenchmarkRequests.Servlet filter) throws Exception {
		return filter.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.HOSTILE_REQUEST_HEADERS);
	}

	private static MockHttpServletResponse allowedPreflight(BenchmarkRequests.Servlet filter) throws Exception {
		return filter.preflight(BenchmarkConfiguration.ALLOWED_ORIGIN, BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

}
