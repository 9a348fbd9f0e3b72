package io.github.corsstarter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request as a test table writes it, sent the same way through every adapter.
 *
 * @param method the request method
 * @param path the path within the application
 * @param contextPath the context path (servlet) or base path (WebFlux) in front of it, or
 * empty
 * @param headers request header lines, in order; a name may repeat
 */
public record TestRequest(String method, String path, String contextPath, List<Map.Entry<String, String>> headers) {

	public static TestRequest request(String method, String path, String origin) {
		TestRequest request = new TestRequest(method, path, "", List.of());
		return (origin != null) ? request.header("Origin", origin) : request;
	}

	/**
	 * A preflight: {@code OPTIONS} with {@code Origin}, the requested method and, if not
	 * null, headers.
	 */
	public static TestRequest preflight(String path, String origin, String method, String requestHeaders) {
		TestRequest preflight = request("OPTIONS", path, origin).header("Access-Control-Request-Method", method);
		return (requestHeaders != null) ? preflight.header("Access-Control-Request-Headers", requestHeaders)
				: preflight;
	}

	public TestRequest header(String name, String value) {
		List<Map.Entry<String, String>> headers = new ArrayList<>(this.headers);
		headers.add(Map.entry(name, value));
		return new TestRequest(this.method, this.path, this.contextPath, List.copyOf(headers));
	}

	/** The same request under a context path. */
	public TestRequest under(String contextPath) {
		return new TestRequest(this.method, this.path, contextPath, this.headers);
	}

	/** The request URI as a client sends it: context path and path. */
	public String uri() {
		return this.contextPath + this.path;
	}

}
