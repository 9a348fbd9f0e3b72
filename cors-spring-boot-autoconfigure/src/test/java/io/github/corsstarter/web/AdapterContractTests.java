package io.github.corsstarter.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.TestApplication.Ending;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corsstarter.testing.PolicySpecs.compile;
import static io.github.corsstarter.testing.PolicySpecs.named;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static io.github.corsstarter.web.ResponseHeaders.with;
import static io.github.corsstarter.web.TestRequest.preflight;
import static io.github.corsstarter.web.TestRequest.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table of requests and the complete answers they must get, run through the servlet
 * filter and the WebFlux filter alike: a case that passes on one stack and fails on the
 * other is a bug.
 */
class AdapterContractTests {

	static final String APP = "http://localhost:5173";

	static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	/** What an allowed preflight to the "api" policy gets back. */
	static final Map<String, List<String>> API_PREFLIGHT = expected("Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods", "GET, POST, PUT, DELETE",
			"Access-Control-Allow-Headers", "authorization, content-type", "Access-Control-Max-Age", "3600", "Vary",
			PREFLIGHT_VARY);

	/** What an allowed actual request to the "api" policy gets back. */
	static final Map<String, List<String>> API_ACTUAL = expected("Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Expose-Headers", "x-total-count", "Vary",
			"Origin");

	static final Map<String, List<String>> ONLY_VARY_ORIGIN = expected("Vary", "Origin");

	/** What an allowed actual request to the "timed" policy gets back. */
	static final Map<String, List<String>> TIMED_ACTUAL = expected("Access-Control-Allow-Origin", APP,
			"Timing-Allow-Origin", APP, "Vary", "Origin");

	static final String REFUSED = "http://localhost:3000";

	static final String ORIGIN_REJECTED = "CORS preflight rejected: origin not allowed\n";

	static final String METHOD_REJECTED = "CORS preflight rejected: method not allowed\n";

	static final String HEADERS_REJECTED = "CORS preflight rejected: request headers not allowed\n";

	static final String HEADERS_TOO_LONG = "CORS preflight rejected: request header list too long\n";

	/** The policies every case runs against. */
	static CorsEngine engine() {
		return new CorsEngine(compile(
				named("api").pathPatterns("/api/**")
					.allowedOrigins(APP)
					.allowedOriginPatterns("https://*.example.com")
					.allowedMethods("GET", "POST", "PUT", "DELETE")
					.allowedHeaders("Authorization", "Content-Type")
					.exposedHeaders("X-Total-Count")
					.allowCredentials(true)
					.maxAge(Duration.ofHours(1)),
				named("internal").pathPatterns("/api/internal/**"),
				named("open").pathPatterns("/open/**")
					.allowedOrigins("*")
					.allowedMethods("*")
					.allowedHeaders("*")
					.exposedHeaders("*")
					.maxAge(Duration.ZERO),
				named("lan").pathPatterns("/lan/**")
					.allowedOrigins("https://public.example.org")
					.allowPrivateNetwork(true),
				named("timed").pathPatterns("/timed/**").allowedOrigins(APP).timingAllowOrigin(true),
				CrossOriginProtectionRows.POLICY));
	}

	static Stream<Arguments> exchanges() {
		return Stream.concat(corsExchanges(), CrossOriginProtectionRows.exchanges());
	}

	static Stream<Arguments> corsExchanges() {
		return Stream.of(
				exchange("allowed preflight is answered with 204 and every allow header",
						preflight("/api/notes/1", APP, "PUT", "authorization,content-type"), 204, API_PREFLIGHT, ""),
				exchange("preflight from a subdomain matching an origin pattern is allowed",
						preflight("/api/notes", "https://app.eu.example.com", "DELETE", null), 204,
						expected("Access-Control-Allow-Origin", "https://app.eu.example.com",
								"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods",
								"GET, POST, PUT, DELETE", "Access-Control-Allow-Headers", "authorization, content-type",
								"Access-Control-Max-Age", "3600", "Vary", PREFLIGHT_VARY),
						""),
				exchange("preflight from an origin that is not allowed is refused with 403 and no CORS headers",
						preflight("/api/notes/1", "http://localhost:3000", "PUT", "authorization"), 403,
						rejected(ORIGIN_REJECTED), ORIGIN_REJECTED),
				exchange("preflight from a look-alike of a pattern's domain is refused",
						preflight("/api/notes", "https://evilexample.com", "PUT", null), 403, rejected(ORIGIN_REJECTED),
						ORIGIN_REJECTED),
				exchange("preflight for a method that is not allowed is refused",
						preflight("/api/notes/1", APP, "PATCH", null), 403, rejected(METHOD_REJECTED), METHOD_REJECTED),
				exchange("preflight for a header that is not allowed is refused",
						preflight("/api/notes/1", APP, "PUT", "authorization,x-custom"), 403,
						rejected(HEADERS_REJECTED), HEADERS_REJECTED),
				exchange("preflight for a header name that is no token is refused",
						preflight("/api/notes/1", APP, "PUT", "authorization,x\u00e9"), 403, rejected(HEADERS_REJECTED),
						HEADERS_REJECTED),
				exchange("preflight with a header list longer than any browser sends is refused unread",
						preflight("/open/data", "https://anyone.test", "PUT", "x-a,".repeat(16_384)), 403,
						rejected(HEADERS_TOO_LONG), HEADERS_TOO_LONG),
				exchange("preflight with several Origin headers is refused",
						preflight("/api/notes/1", APP, "PUT", null).header("Origin", APP), 403,
						rejected(ORIGIN_REJECTED), ORIGIN_REJECTED),
				exchange("preflight from a non-ASCII origin is refused",
						preflight("/api/notes/1", "http://l\u00f6calhost:5173", "PUT", null), 403,
						rejected(ORIGIN_REJECTED), ORIGIN_REJECTED),
				exchange("preflight on a carved-out path with no allowed origin is refused",
						preflight("/api/internal/jobs", APP, "PUT", null), 403, rejected(ORIGIN_REJECTED),
						ORIGIN_REJECTED),
				exchange("wildcard policy answers a preflight with '*' and echoes the requested method and headers",
						preflight("/open/data", "https://anyone.test", "PATCH", "x-one, authorization"), 204,
						expected("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PATCH",
								"Access-Control-Allow-Headers", "x-one, authorization", "Access-Control-Max-Age", "0",
								"Vary", PREFLIGHT_VARY),
						""),
				exchange("private network preflight is answered when the policy allows it",
						preflight("/lan/printer", "https://public.example.org", "GET", null)
							.header("Access-Control-Request-Private-Network", "true"),
						204,
						expected("Access-Control-Allow-Origin", "https://public.example.org",
								"Access-Control-Allow-Methods", "GET, HEAD, POST",
								"Access-Control-Allow-Private-Network", "true", "Access-Control-Max-Age", "1800",
								"Vary", PREFLIGHT_VARY + ", Access-Control-Request-Private-Network"),
						""),
				exchange("private network preflight gets no allow header when the policy does not opt in",
						preflight("/api/notes", APP, "PUT", null).header("Access-Control-Request-Private-Network",
								"true"),
						204, API_PREFLIGHT, ""),
				exchange("timing-allow-origin adds nothing to a preflight", preflight("/timed/page", APP, "GET", null),
						204,
						expected("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "GET, HEAD, POST",
								"Access-Control-Max-Age", "1800", "Vary", PREFLIGHT_VARY),
						""),
				exchange("timing-allow-origin gives an allowed actual request Timing-Allow-Origin with its origin",
						request("GET", "/timed/page", APP), 200, TIMED_ACTUAL, null),
				exchange("timing-allow-origin gives an origin the policy refuses nothing",
						request("GET", "/timed/page", "http://localhost:3000"), 200, ONLY_VARY_ORIGIN, null),
				exchange("actual request from an allowed origin gets its headers and reaches the application",
						request("GET", "/api/notes", APP), 200, API_ACTUAL, null),
				exchange("actual request with several Origin headers reaches the application without CORS headers",
						request("GET", "/api/notes", APP).header("Origin", APP), 200, ONLY_VARY_ORIGIN, null),
				exchange("actual request from another origin reaches the application without CORS headers",
						request("GET", "/api/notes", "http://localhost:3000"), 200, ONLY_VARY_ORIGIN, null),
				exchange("request without Origin reaches the application with only Vary: Origin",
						request("GET", "/api/notes", null), 200, ONLY_VARY_ORIGIN, null),
				exchange("OPTIONS without Access-Control-Request-Method is an actual request, not a preflight",
						request("OPTIONS", "/api/notes", APP), 200, API_ACTUAL, null),
				exchange("wildcard policy answers an actual request with '*'",
						request("GET", "/open/data", "https://anyone.test"), 200,
						expected("Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", "*", "Vary",
								"Origin"),
						null),
				exchange("preflight on a path no policy covers reaches the application untouched",
						preflight("/other", APP, "PUT", null), 200, expected(), null),
				exchange("actual request on a path no policy covers is untouched", request("GET", "/other", APP), 200,
						expected(), null),
				exchange("policy is chosen by the path within the application, not the context path",
						request("GET", "/api/notes", APP).under("/ctx"), 200, API_ACTUAL, null),
				exchange("path parameters cannot smuggle a request out of a carved-out policy",
						preflight("/api/internal;x=1/jobs", APP, "PUT", null), 403, rejected(ORIGIN_REJECTED),
						ORIGIN_REJECTED),
				exchange("percent-encoding cannot smuggle a request out of a carved-out policy",
						preflight("/api/%69nternal/jobs", APP, "PUT", null), 403, rejected(ORIGIN_REJECTED),
						ORIGIN_REJECTED),
				exchange("requested headers on several field lines are combined and each checked",
						preflight("/api/notes/1", APP, "PUT", "authorization").header("Access-Control-Request-Headers",
								"x-custom"),
						403, rejected(HEADERS_REJECTED), HEADERS_REJECTED),
				exchange("requested headers on several field lines are all allowed by listed headers",
						preflight("/api/notes/1", APP, "PUT", "authorization").header("Access-Control-Request-Headers",
								"content-type"),
						204, API_PREFLIGHT, ""),
				exchange("wildcard headers echo every field line of the requested headers, combined",
						preflight("/open/data", "https://anyone.test", "PUT", "bar").header(
								"Access-Control-Request-Headers", "baz"),
						204, openPreflight("PUT", "bar, baz"), ""),
				exchange("wildcard headers skip an empty first field line of the requested headers",
						preflight("/open/data", "https://anyone.test", "PUT", "")
							.header("Access-Control-Request-Headers", "baz"),
						204, openPreflight("PUT", "baz"), ""));
	}

	static Stream<Arguments> exchangesOnEveryStack() {
		return onEveryStack(exchanges());
	}

	/** Each case once per stack, the stack first. */
	private static Stream<Arguments> onEveryStack(Stream<Arguments> cases) {
		List<Object[]> each = cases.map(Arguments::get).toList();
		List<Arguments> all = new ArrayList<>();
		for (Stack stack : Stack.values()) {
			for (Object[] arguments : each) {
				Object[] withStack = new Object[arguments.length + 1];
				withStack[0] = stack;
				System.arraycopy(arguments, 0, withStack, 1, arguments.length);
				all.add(Arguments.of(withStack));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("exchangesOnEveryStack")
	void answersWithTheCompleteExpectedResponse(Stack stack, String behaviour, TestRequest request, int status,
			Map<String, List<String>> headers, String body) throws Exception {
		Exchanged exchanged = stack.exchange(engine(), request);
		assertThat(exchanged.reachedApplication()).as("reached the application").isEqualTo(body == null);
		assertThat(exchanged.status()).as("status").isEqualTo(status);
		assertThat(exchanged.headers()).as("headers").isEqualTo(headers);
		assertThat(exchanged.body()).as("body").isEqualTo((body != null) ? body : "");
	}

	/** What an allowed preflight to the "open" policy gets back. */
	static Map<String, List<String>> openPreflight(String method, String headers) {
		return expected("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", method,
				"Access-Control-Allow-Headers", headers, "Access-Control-Max-Age", "0", "Vary", PREFLIGHT_VARY);
	}

	/**
	 * What the application (or handler-level CORS, an error page, a relayed response)
	 * writes after the filter, and what the client gets: on a covered path, a request
	 * with an {@code Origin} gets the policy's CORS headers and no other, and keeps the
	 * policy's {@code Vary} names.
	 */
	static Stream<Arguments> applicationWrites() {
		return Stream.of(
				written("CORS headers the application writes for an allowed origin are replaced by the policy's",
						request("GET", "/api/notes", APP),
						TestApplication.OK.setting("Access-Control-Allow-Origin", "*")
							.setting("Access-Control-Expose-Headers", "x-secret")
							.adding("Access-Control-Allow-Methods", "DELETE")
							.setting("Access-Control-Max-Age", "86400"),
						200, API_ACTUAL),
				written("the policy's CORS headers the application removes are written again",
						request("GET", "/api/notes", APP),
						TestApplication.OK.removing("Access-Control-Allow-Credentials")
							.removing("Access-Control-Expose-Headers"),
						200, API_ACTUAL),
				written("@CrossOrigin's grant to an origin the policy refuses is dropped, its Vary names kept",
						request("GET", "/api/notes", REFUSED),
						TestApplication.OK.adding("Vary", "Access-Control-Request-Method")
							.adding("Vary", "Access-Control-Request-Headers")
							.setting("Access-Control-Allow-Origin", REFUSED)
							.setting("Access-Control-Allow-Credentials", "true"),
						200, expected("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")),
				written("a wildcard the application writes never reaches an origin the policy refuses",
						request("GET", "/api/notes", REFUSED),
						TestApplication.OK.setting("Access-Control-Allow-Origin", "*"), 200, ONLY_VARY_ORIGIN),
				written("Vary set by the application is merged with the policy's for an allowed origin",
						request("GET", "/api/notes", APP), TestApplication.OK.setting("Vary", "Accept-Encoding"), 200,
						with(API_ACTUAL, "Vary", "Origin, Accept-Encoding")),
				written("Vary set by the application is merged with the policy's for a refused origin",
						request("GET", "/api/notes", REFUSED), TestApplication.OK.setting("Vary", "Accept-Encoding"),
						200, expected("Vary", "Origin, Accept-Encoding")),
				written("an error response's CORS headers are the policy's", request("GET", "/api/notes", APP),
						TestApplication.answering(500)
							.setting("Access-Control-Allow-Origin", "*")
							.setting("Vary", "Accept")
							.ending(Ending.FAILS),
						500, with(API_ACTUAL, "Vary", "Origin, Accept")),
				written("an error response to a refused origin carries no CORS header",
						request("GET", "/api/notes", REFUSED),
						TestApplication.answering(401)
							.setting("Access-Control-Allow-Origin", REFUSED)
							.ending(Ending.FAILS),
						401, ONLY_VARY_ORIGIN),
				written("a response the application commits early by hand carries only the policy's headers",
						request("GET", "/api/notes", APP),
						TestApplication.OK.setting("Access-Control-Allow-Origin", "*")
							.adding("Access-Control-Allow-Origin", "https://other.example")
							.ending(Ending.FLUSHES_EARLY),
						200, API_ACTUAL),
				written("malformed and repeated CORS headers from the application are replaced, never a 5xx",
						request("GET", "/api/notes", APP),
						TestApplication.OK.adding("Access-Control-Allow-Origin", "https://a.example, https://b.example")
							.adding("Access-Control-Allow-Origin", "null")
							.adding("access-control-allow-credentials", "maybe")
							.adding("ACCESS-CONTROL-EXPOSE-HEADERS", "")
							.adding("Timing-Allow-Origin", "*"),
						200, API_ACTUAL),
				written("Timing-Allow-Origin the application writes is replaced by the policy's",
						request("GET", "/timed/page", APP), TestApplication.OK.setting("Timing-Allow-Origin", "*"), 200,
						TIMED_ACTUAL),
				written("a request without Origin is no CORS request: what the application writes stays",
						request("GET", "/api/notes", null),
						TestApplication.OK.setting("Access-Control-Allow-Origin", "*")
							.adding("Vary", "Accept-Encoding"),
						200, expected("Access-Control-Allow-Origin", "*", "Vary", "Origin, Accept-Encoding")),
				written("headers on a path no policy covers are the application's alone", request("GET", "/other", APP),
						TestApplication.OK.setting("Access-Control-Allow-Origin", "*")
							.setting("Vary", "Accept-Encoding"),
						200, expected("Access-Control-Allow-Origin", "*", "Vary", "Accept-Encoding")));
	}

	static Stream<Arguments> applicationWritesOnEveryStack() {
		return onEveryStack(applicationWrites());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("applicationWritesOnEveryStack")
	void policyIsTheOnlyWriterOfCorsHeaders(Stack stack, String behaviour, TestRequest request,
			TestApplication application, int status, Map<String, List<String>> headers) throws Exception {
		Exchanged exchanged = stack.exchange(engine(), request, application);
		assertThat(exchanged.status()).as("status").isEqualTo(status);
		assertThat(exchanged.headers()).as("headers").isEqualTo(headers);
		assertThat(exchanged.body()).as("body").isEqualTo(application.body());
	}

	private static Arguments written(String behaviour, TestRequest request, TestApplication application, int status,
			Map<String, List<String>> headers) {
		return Arguments.of(behaviour, request, application, status, headers);
	}

	/** A refused preflight: a plain-text body naming the reason and nothing but Vary. */
	static Map<String, List<String>> rejected(String body) {
		return with(expected("Content-Type", "text/plain;charset=UTF-8", "Vary", PREFLIGHT_VARY), "Content-Length",
				Integer.toString(body.length()));
	}

	/**
	 * @param body the preflight answer's body, or {@code null} for a request that must
	 * reach the application
	 */
	static Arguments exchange(String behaviour, TestRequest request, int status, Map<String, List<String>> headers,
			String body) {
		return Arguments.of(behaviour, request, status, headers, body);
	}

}
