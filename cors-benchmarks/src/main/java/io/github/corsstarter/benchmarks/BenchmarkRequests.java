package io.github.corsstarter.benchmarks;

import java.io.IOException;
import java.util.StringJoiner;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/**
 * The requests benchmarked, built fresh on every invocation (inside the benchmark method,
 * so JMH times no per-invocation setup of its own): a filter mutates its request and
 * response, and reusing them would measure a filter working on what the previous
 * invocation left. Their cost is in every figure, and the pass-through filter shows how
 * much it is. {@link ReactiveBenchmarkRequests} builds the same requests for WebFlux.
 */
final class BenchmarkRequests {

	static final String API_PATH = "/api/notes";

	/** What a browser sends for a script's PUT with a bearer token and a JSON body. */
	static final String BROWSER_REQUEST_HEADERS = "authorization,content-type";

	/** The method every benchmarked preflight asks for. */
	static final String PREFLIGHT_METHOD = "PUT";

	static final String DISALLOWED_ORIGIN = "https://attacker.example.net";

	static final int HOSTILE_HEADER_NAMES = 10_000;

	static final int HOSTILE_HEADERS_LENGTH = 64 * 1024;

	/**
	 * {@value #HOSTILE_HEADER_NAMES} distinct header names, the last one padded so the
	 * value is exactly {@value #HOSTILE_HEADERS_LENGTH} characters. Built once: the
	 * container would have parsed it before any filter.
	 */
	static final String HOSTILE_REQUEST_HEADERS = hostileRequestHeaders();

	/**
	 * One per application, as in a container. Without it every mock request builds its
	 * own MockServletContext, which would put an allocation no real request makes into
	 * every figure.
	 */
	private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

	/** Where the benchmarked request ends: the application itself is not measured. */
	private static final FilterChain APPLICATION = (request, response) -> {
	};

	private BenchmarkRequests() {
	}

	static MockHttpServletRequest preflight(String origin, String requestHeaders) {
		MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "OPTIONS", API_PATH);
		request.addHeader("Origin", origin);
		request.addHeader("Access-Control-Request-Method", PREFLIGHT_METHOD);
		request.addHeader("Access-Control-Request-Headers", requestHeaders);
		return request;
	}

	/**
	 * A GET of the API, with the given {@code Origin}, or with none if {@code origin} is
	 * {@code null}.
	 */
	static MockHttpServletRequest get(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "GET", API_PATH);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		return request;
	}

	/** Runs one request through a filter; the response is returned for JMH to consume. */
	static MockHttpServletResponse filter(Filter filter, MockHttpServletRequest request)
			throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, APPLICATION);
		return response;
	}

	private static String hostileRequestHeaders() {
		StringJoiner names = new StringJoiner(",");
		for (int i = 0; i < HOSTILE_HEADER_NAMES; i++) {
			names.add("x-" + Integer.toString(i, 36));
		}
		String value = names.toString();
		if (value.length() > HOSTILE_HEADERS_LENGTH) {
			throw new IllegalStateException("hostile header names are too long: " + value.length());
		}
		return value + "x".repeat(HOSTILE_HEADERS_LENGTH - value.length());
	}

}
