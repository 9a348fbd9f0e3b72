package io.github.corsstarter.engine;

/**
 * The header names of the CORS protocol (Fetch Standard, section 3.2.3, "HTTP requests"
 * and "HTTP responses"), of Private Network Access, of Resource Timing and Fetch
 * Metadata's {@code Sec-Fetch-Site}.
 */
public final class CorsHeaders {

	public static final String ORIGIN = "Origin";

	public static final String REQUEST_METHOD = "Access-Control-Request-Method";

	public static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

	public static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";

	public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

	public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";

	public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";

	public static final String MAX_AGE = "Access-Control-Max-Age";

	public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

	public static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";

	public static final String VARY = "Vary";

	/**
	 * Resource Timing's header (W3C Resource Timing, "Timing-Allow-Origin"): which
	 * origins may read a response's detailed timing.
	 */
	public static final String TIMING_ALLOW_ORIGIN = "Timing-Allow-Origin";

	private static final String CORS_RESPONSE_PREFIX = "Access-Control-";

	/**
	 * Fetch Metadata's request header, read by cross-origin protection
	 * (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header).
	 */
	public static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

	private CorsHeaders() {
	}

	/**
	 * Whether a response header is the policy's alone on a covered CORS request: every
	 * {@code Access-Control-*} name and {@code Timing-Allow-Origin}. Whatever else writes
	 * one there (handler-level CORS, the application, a proxied response) is replaced by
	 * the decision, so a browser never sees a grant the policy did not make.
	 */
	public static boolean isOwnedByPolicy(String name) {
		return name.regionMatches(true, 0, CORS_RESPONSE_PREFIX, 0, CORS_RESPONSE_PREFIX.length())
				|| name.equalsIgnoreCase(TIMING_ALLOW_ORIGIN);
	}

}
