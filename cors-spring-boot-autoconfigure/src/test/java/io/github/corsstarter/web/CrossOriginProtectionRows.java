package io.github.corsstarter.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.params.provider.Arguments;

import static io.github.corsstarter.testing.PolicySpecs.named;
import static io.github.corsstarter.web.AdapterContractTests.APP;
import static io.github.corsstarter.web.AdapterContractTests.ONLY_VARY_ORIGIN;
import static io.github.corsstarter.web.AdapterContractTests.ORIGIN_REJECTED;
import static io.github.corsstarter.web.AdapterContractTests.PREFLIGHT_VARY;
import static io.github.corsstarter.web.AdapterContractTests.exchange;
import static io.github.corsstarter.web.AdapterContractTests.rejected;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static io.github.corsstarter.web.ResponseHeaders.with;
import static io.github.corsstarter.web.Stack.OWN_ORIGIN;
import static io.github.corsstarter.web.TestRequest.preflight;
import static io.github.corsstarter.web.TestRequest.request;

/**
 * The rows of the adapter contract table for cross-origin protection, one or more per
 * branch of its rule: a request with an unsafe method is refused when
 * {@code Sec-Fetch-Site} says another origin sent it, or, without that header, its
 * {@code Origin} is not the server's own; unless the policy allows the origin. Every
 * request is sent to {@link Stack#OWN_ORIGIN}.
 */
final class CrossOriginProtectionRows {

	/**
	 * A cookie-session API protected from unsafe requests of origins it does not allow.
	 */
	static final PolicySpecs POLICY = named("session").pathPatterns("/session/**")
		.allowedOrigins(APP)
		.allowedOriginPatterns("https://*.example.com")
		.allowedMethods("GET", "POST", "PUT", "DELETE")
		.allowedHeaders("Content-Type", "X-XSRF-TOKEN")
		.allowCredentials(true)
		.crossOriginProtection(true);

	static final String REFUSED = "Cross-origin request rejected: origin not allowed to send this request\n";

	private static final String EVIL = "https://evil.test";

	private static final String SITE = "Sec-Fetch-Site";

	private CrossOriginProtectionRows() {
	}

	static Stream<Arguments> exchanges() {
		return Stream.of(
				refused("a cross-site POST from an origin the policy does not allow is refused",
						post(EVIL).header(SITE, "cross-site")),
				refused("a same-site POST from an origin the policy does not allow is refused",
						post("http://localhost:3000").header(SITE, "same-site")),
				refused("an unsafe method other than POST is refused alike",
						request("DELETE", "/session/notes/1", EVIL).header(SITE, "cross-site")),
				refused("a cross-site POST without Origin is refused: no Origin is allowed",
						request("POST", "/session/notes", null).header(SITE, "cross-site")),
				refused("without Sec-Fetch-Site, an Origin other than the server's own is refused", post(EVIL)),
				refused("without Sec-Fetch-Site, the 'null' origin is refused", post("null")),
				refused("without Sec-Fetch-Site, the own origin spelled otherwise than browsers send it is refused",
						post("HTTP://LOCALHOST")),
				refused("without Sec-Fetch-Site, a non-ASCII Origin is refused", post("http://l\u00f6calhost")),
				refused("a Sec-Fetch-Site value in upper case is no same-origin",
						post(EVIL).header(SITE, "SAME-ORIGIN")),
				refused("an empty Sec-Fetch-Site is present, so it decides, even with the own origin",
						post(OWN_ORIGIN).header(SITE, "")),
				refused("a malformed Sec-Fetch-Site is no same-origin",
						post(EVIL).header(SITE, "same-origin, cross-site")),
				refused("a lower-case method is not the safe GET",
						request("get", "/session/notes", EVIL).header(SITE, "cross-site")),
				refused("several Origin headers allow nothing, even the allowed one twice",
						post(APP).header("Origin", APP).header(SITE, "cross-site")),
				exchange("a cross-site POST from an allowed origin passes with its CORS headers",
						post(APP).header(SITE, "cross-site"), 200, SESSION_ACTUAL, null),
				exchange("a cross-site PUT from an origin an origin pattern allows passes",
						request("PUT", "/session/notes/1", "https://app.eu.example.com").header(SITE, "cross-site"),
						200,
						expected("Access-Control-Allow-Origin", "https://app.eu.example.com",
								"Access-Control-Allow-Credentials", "true", "Vary", "Origin"),
						null),
				passes("a same-origin POST passes, its origin unlisted", post(OWN_ORIGIN).header(SITE, "same-origin")),
				passes("Sec-Fetch-Site decides over Origin: same-origin passes whatever the Origin",
						post(EVIL).header(SITE, "same-origin")),
				passes("a POST the user started (Sec-Fetch-Site: none) passes",
						request("POST", "/session/notes", null).header(SITE, "none")),
				passes("without Sec-Fetch-Site, the server's own origin passes", post(OWN_ORIGIN)),
				passes("a request with neither header is no browser's cross-origin request and passes",
						request("POST", "/session/notes", null)),
				passes("a cross-site GET passes: safe methods are never refused",
						request("GET", "/session/notes", EVIL).header(SITE, "cross-site")),
				passes("a cross-site HEAD passes", request("HEAD", "/session/notes", EVIL).header(SITE, "cross-site")),
				passes("a cross-site OPTIONS that is no preflight passes",
						request("OPTIONS", "/session/notes", EVIL).header(SITE, "cross-site")),
				passes("a policy without cross-origin protection lets a cross-site POST through",
						request("POST", "/api/notes", EVIL).header(SITE, "cross-site")),
				exchange("a preflight from an origin the policy does not allow is answered as without protection",
						preflight("/session/notes/1", EVIL, "PUT", null).header(SITE, "cross-site"), 403,
						rejected(ORIGIN_REJECTED), ORIGIN_REJECTED),
				exchange("a preflight from an allowed origin is answered as without protection",
						preflight("/session/notes/1", APP, "PUT", "x-xsrf-token").header(SITE, "cross-site"), 204,
						expected("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Credentials", "true",
								"Access-Control-Allow-Methods", "GET, POST, PUT, DELETE",
								"Access-Control-Allow-Headers", "content-type, x-xsrf-token", "Access-Control-Max-Age",
								"1800", "Vary", PREFLIGHT_VARY),
						""));
	}

	/** What an allowed actual request to the "session" policy gets back. */
	private static final Map<String, List<String>> SESSION_ACTUAL = expected("Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Credentials", "true", "Vary", "Origin");

	private static TestRequest post(String origin) {
		return request("POST", "/session/notes", origin);
	}

	/**
	 * Refused with 403 and a one-line reason, no CORS headers, before the application.
	 */
	private static Arguments refused(String behaviour, TestRequest request) {
		Map<String, List<String>> headers = with(expected("Content-Type", "text/plain;charset=UTF-8", "Vary", "Origin"),
				"Content-Length", Integer.toString(REFUSED.length()));
		return exchange(behaviour, request, 403, headers, REFUSED);
	}

	/**
	 * Reaches the application without CORS headers, as any request from an origin not
	 * allowed.
	 */
	private static Arguments passes(String behaviour, TestRequest request) {
		return exchange(behaviour, request, 200, ONLY_VARY_ORIGIN, null);
	}

}
