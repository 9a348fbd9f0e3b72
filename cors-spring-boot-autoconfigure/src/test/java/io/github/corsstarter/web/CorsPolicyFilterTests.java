package io.github.corsstarter.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.corsstarter.policy.ConfigurationProblems;
import io.github.corsstarter.policy.CorsPolicySpec;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.github.corsstarter.web.ResponseHeaders.expected;
import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyFilterTests {

	private static final String APP = "http://localhost:5173";

	private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	/** What an allowed preflight to the "api" policy gets back. */
	private static final Map<String, Set<String>> API_PREFLIGHT = expected("Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Methods", "GET, POST, PUT, DELETE",
			"Access-Control-Allow-Headers", "authorization, content-type", "Access-Control-Max-Age", "3600", "Vary",
			PREFLIGHT_VARY);

	/** What an allowed actual request to the "api" policy gets back. */
	private static final Map<String, Set<String>> API_ACTUAL = expected("Access-Control-Allow-Origin", APP,
			"Access-Control-Allow-Credentials", "true", "Access-Control-Expose-Headers", "x-total-count", "Vary",
			"Origin");

	private final CorsPolicyFilter filter = new CorsPolicyFilter(mapping());

	private static CorsPolicyMapping mapping() {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicyMapping mapping = CorsPolicyMapping.compile(List.of(
				CorsPolicySpec.named("api")
					.pathPatterns("/api/**")
					.allowedOrigins(APP)
					.allowedOriginPatterns("https://*.example.com")
					.allowedMethods("GET", "POST", "PUT", "DELETE")
					.allowedHeaders("Authorization", "Content-Type")
					.exposedHeaders("X-Total-Count")
					.allowCredentials(true)
					.maxAge(Duration.ofHours(1)),
				CorsPolicySpec.named("internal").pathPatterns("/api/internal/**"),
				CorsPolicySpec.named("open")
					.pathPatterns("/open/**")
					.allowedOrigins("*")
					.allowedMethods("*")
					.allowedHeaders("*")
					.exposedHeaders("*")
					.maxAge(Duration.ZERO),
				CorsPolicySpec.named("lan")
					.pathPatterns("/lan/**")
					.allowedOrigins("https://public.example.org")
					.allowPrivateNetwork(true)),
				problems);
		problems.throwIfAnyError();
		return mapping;
	}

	static Stream<Arguments> exchanges() {
		return Stream.of(
				exchange("allowed preflight is answered with 204 and every allow header",
						preflight("/api/notes/1", APP, "PUT", "authorization,content-type"), 204, false,
						API_PREFLIGHT),
				exchange("preflight from a subdomain matching an origin pattern is allowed",
						preflight("/api/notes", "https://app.eu.example.com", "DELETE", null), 204, false,
						expected("Access-Control-Allow-Origin", "https://app.eu.example.com",
								"Access-Control-Allow-Credentials", "true",
								"Access-Control-Allow-Methods", "GET, POST, PUT, DELETE",
								"Access-Control-Allow-Headers", "authorization, content-type",
								"Access-Control-Max-Age", "3600", "Vary", PREFLIGHT_VARY)),
				exchange("preflight from an origin that is not allowed is refused with 403 and no CORS headers",
						preflight("/api/notes/1", "http://localhost:3000", "PUT", "authorization"), 403, false,
						rejected("44")),
				exchange("preflight from a look-alike of a pattern's domain is refused",
						preflight("/api/notes", "https://evilexample.com", "PUT", null), 403, false,
						rejected("44")),
				exchange("preflight for a method that is not allowed is refused",
						preflight("/api/notes/1", APP, "PATCH", null), 403, false,
						rejected("44")),
				exchange("preflight for a header that is not allowed is refused",
						preflight("/api/notes/1", APP, "PUT", "authorization,x-custom"), 403, false,
						rejected("53")),
				exchange("preflight with several Origin headers is refused",
						preflight("/api/notes/1", APP, "PUT", null).andThen((r) -> r.addHeader("Origin", APP)), 403,
						false, rejected("44")),
				exchange("preflight on a carved-out path with no allowed origin is refused",
						preflight("/api/internal/jobs", APP, "PUT", null), 403, false,
						rejected("44")),
				exchange("wildcard policy answers a preflight with '*' and echoes the requested method and headers",
						preflight("/open/data", "https://anyone.test", "PATCH", "x-one, authorization"), 204, false,
						expected("Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PATCH",
								"Access-Control-Allow-Headers", "x-one, authorization", "Access-Control-Max-Age", "0",
								"Vary", PREFLIGHT_VARY)),
				exchange("private network preflight is answered when the policy allows it",
						preflight("/lan/printer", "https://public.example.org", "GET", null)
							.andThen((r) -> r.addHeader("Access-Control-Request-Private-Network", "true")),
						204, false,
						expected("Access-Control-Allow-Origin", "https://public.example.org",
								"Access-Control-Allow-Methods", "GET, HEAD, POST",
								"Access-Control-Allow-Private-Network", "true", "Access-Control-Max-Age", "1800",
								"Vary", PREFLIGHT_VARY + ", Access-Control-Request-Private-Network")),
				exchange("private network preflight gets no allow header when the policy does not opt in",
						preflight("/api/notes", APP, "PUT", null)
							.andThen((r) -> r.addHeader("Access-Control-Request-Private-Network", "true")),
						204, false,
						API_PREFLIGHT),
				exchange("actual request from an allowed origin gets its headers and reaches the application",
						request("GET", "/api/notes", APP), 200, true,
						API_ACTUAL),
				exchange("actual request from another origin reaches the application without CORS headers",
						request("GET", "/api/notes", "http://localhost:3000"), 200, true,
						expected("Vary", "Origin")),
				exchange("request without Origin reaches the application with only Vary: Origin",
						request("GET", "/api/notes", null), 200, true, expected("Vary", "Origin")),
				exchange("OPTIONS without Access-Control-Request-Method is an actual request, not a preflight",
						request("OPTIONS", "/api/notes", APP), 200, true,
						API_ACTUAL),
				exchange("wildcard policy answers an actual request with '*'",
						request("GET", "/open/data", "https://anyone.test"), 200, true,
						expected("Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", "*", "Vary",
								"Origin")),
				exchange("preflight on a path no policy covers reaches the application untouched",
						preflight("/other", APP, "PUT", null), 200, true, expected()),
				exchange("actual request on a path no policy covers is untouched",
						request("GET", "/other", APP), 200, true, expected()),
				exchange("policy is chosen by the path within the application, not the context path",
						request("GET", "/ctx/api/notes", APP).andThen((r) -> r.setContextPath("/ctx")), 200, true,
						API_ACTUAL),
				exchange("path parameters cannot smuggle a request out of a carved-out policy",
						request("GET", "/api/internal;x=1/jobs", APP), 200, true, expected("Vary", "Origin")),
				exchange("error dispatch of a failed request gets the failed request's CORS headers",
						request("GET", "/error", APP).andThen((r) -> {
							r.setDispatcherType(DispatcherType.ERROR);
							r.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/notes/1");
						}), 200, true,
						API_ACTUAL),
				exchange("error dispatch of a preflight-shaped request is never answered as a preflight",
						preflight("/error", APP, "PUT", null).andThen((r) -> {
							r.setDispatcherType(DispatcherType.ERROR);
							r.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/notes/1");
						}), 200, true,
						API_ACTUAL));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exchanges")
	void respondsWithTheCompleteExpectedHeaderSet(String behaviour, Consumer<MockHttpServletRequest> request,
			int status, boolean reachesApplication, Map<String, Set<String>> headers) throws Exception {
		MockHttpServletRequest servletRequest = new MockHttpServletRequest();
		request.accept(servletRequest);
		MockHttpServletResponse response = new MockHttpServletResponse();
		SpyChain chain = new SpyChain();
		this.filter.doFilter(servletRequest, response, chain);
		assertThat(chain.reached).as("reached the application").isEqualTo(reachesApplication);
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(ResponseHeaders.of(response)).isEqualTo(headers);
	}

	@Test
	void rejectedPreflightHasAShortPlainTextBodyNamingTheReason() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		preflight("/api/notes/1", APP, "PUT", "x-custom").accept(request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new SpyChain());
		assertThat(response.getContentAsString()).isEqualTo("CORS preflight rejected: request headers not allowed\n");
	}

	@Test
	void varyValuesSetByAnotherLayerAreKeptAndNotRepeated() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		preflight("/api/notes/1", APP, "PUT", null).accept(request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.addHeader("Vary", "Accept-Encoding, origin");
		this.filter.doFilter(request, response, new SpyChain());
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding, origin",
				"Access-Control-Request-Method", "Access-Control-Request-Headers");
	}

	@Test
	void hostilePreflightWithAHugeHeaderListIsRefusedUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		preflight("/open/data", "https://anyone.test", "PUT", "x-a,".repeat(16_384)).accept(request);
		MockHttpServletResponse response = new MockHttpServletResponse();
		SpyChain chain = new SpyChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.reached).isFalse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).isEqualTo("CORS preflight rejected: request header list too long\n");
	}

	/** A refused preflight: a plain-text body of the given length and nothing but Vary. */
	private static Map<String, Set<String>> rejected(String contentLength) {
		return expected("Content-Type", "text/plain;charset=UTF-8", "Content-Length", contentLength, "Vary",
				PREFLIGHT_VARY);
	}

	private static Arguments exchange(String behaviour, Consumer<MockHttpServletRequest> request, int status,
			boolean reachesApplication, Map<String, Set<String>> headers) {
		return Arguments.of(behaviour, request, status, reachesApplication, headers);
	}

	private static Consumer<MockHttpServletRequest> request(String method, String uri, String origin) {
		return (request) -> {
			request.setMethod(method);
			request.setRequestURI(uri);
			if (origin != null) {
				request.addHeader("Origin", origin);
			}
		};
	}

	private static Consumer<MockHttpServletRequest> preflight(String uri, String origin, String method,
			String requestHeaders) {
		return request("OPTIONS", uri, origin).andThen((request) -> {
			request.addHeader("Access-Control-Request-Method", method);
			if (requestHeaders != null) {
				request.addHeader("Access-Control-Request-Headers", requestHeaders);
			}
		});
	}

	/** Records whether the request got past the filter, and answers 200 like an application would. */
	private static final class SpyChain implements FilterChain {

		private boolean reached;

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			this.reached = true;
			((HttpServletResponse) response).setStatus(200);
		}

	}

}
