package io.github.corsstarter.web.servlet;

import java.util.List;
import java.util.Map;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.ResponseHeaders;
import io.github.corsstarter.web.Stack;
import io.github.corsstarter.web.TestRequest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static io.github.corsstarter.testing.PolicySpecs.compile;
import static io.github.corsstarter.testing.PolicySpecs.named;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the servlet filter does: the {@code ERROR} dispatch, the context path, paths
 * Tomcat lets through that no URI parser accepts, and its own order.
 */
class CorsPolicyFilterTests {

	private static final String APP = "http://localhost:5173";

	private final CorsEngine engine = new CorsEngine(
			compile(named("api").pathPatterns("/api/**").allowedOrigins(APP).exposedHeaders("X-Total-Count"),
					named("ping").pathPatterns("/api/ping")));

	private final CorsPolicyFilter filter = new CorsPolicyFilter(this.engine);

	@ParameterizedTest(name = "response reset before the error page: {0}")
	@ValueSource(booleans = { true, false })
	void errorDispatchCarriesTheHeadersOfTheRequestItReportsOnOnce(boolean resetByTheContainer) throws Exception {
		MockHttpServletRequest request = request("GET", "/api/notes/1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		if (resetByTheContainer) {
			// As if the application failed and the container reset the response before
			// dispatching to the error page; otherwise the headers are there already and
			// must not be written twice.
			response.reset();
		}
		errorDispatch(request, "/api/notes/1");
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(headers(response)).isEqualTo(expected("Access-Control-Allow-Origin", APP,
				"Access-Control-Expose-Headers", "x-total-count", "Vary", "Origin"));
	}

	@Test
	void errorDispatchDecidesForTheReportedUriWhateverTheSpellingOfTheContextPath() throws Exception {
		// The request spelled the context path /%63tx; the ERROR dispatch has the
		// canonical /ctx: the carve-out still decides, not the broad policy.
		MockHttpServletRequest carvedOut = request("PUT", "/ctx/error");
		carvedOut.setContextPath("/ctx");
		errorDispatch(carvedOut, "/%63tx/api/ping");
		MockHttpServletResponse carvedOutResponse = new MockHttpServletResponse();
		this.filter.doFilter(carvedOut, carvedOutResponse, new MockFilterChain());
		assertThat(headers(carvedOutResponse)).isEqualTo(expected("Vary", "Origin"));
		MockHttpServletRequest covered = request("PUT", "/ctx/error");
		covered.setContextPath("/ctx");
		errorDispatch(covered, "/%63tx/api/notes/1");
		MockHttpServletResponse coveredResponse = new MockHttpServletResponse();
		this.filter.doFilter(covered, coveredResponse, new MockFilterChain());
		assertThat(headers(coveredResponse)).isEqualTo(expected("Access-Control-Allow-Origin", APP,
				"Access-Control-Expose-Headers", "x-total-count", "Vary", "Origin"));
	}

	@ParameterizedTest(name = "{0} in {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/notes       |           | /api/notes
			/ctx/api/notes   | /ctx      | /api/notes
			/ctx             | /ctx      | ''
			/%63tx/api/notes | /ctx      | /api/notes
			//ctx/api/notes  | /ctx      | /api/notes
			/ctx;v=1/api     | /ctx      | /api
			/ctx;v=1/api     | /ctx;v=1  | /api
			/a/%62/api/ping  | /a/b      | /api/ping
			""")
	void thePathWithinTheContextSkipsTheContextPathsSegmentsAsReceived(String uri, String contextPath,
			String expected) {
		assertThat(ServletExchange.withinContext(uri, (contextPath != null) ? contextPath : "")).isEqualTo(expected);
	}

	@Test
	void errorDispatchOfARequestAnEarlierFilterRejectedCarriesItsPolicysHeaders() throws Exception {
		// As when a filter ahead of this one (a rate limiter) sends an error: the page
		// allowed to read the request can read why it failed.
		MockHttpServletRequest request = request("GET", "/error");
		errorDispatch(request, "/api/notes/1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("reached the error page").isNotNull();
		assertThat(headers(response)).isEqualTo(expected("Access-Control-Allow-Origin", APP,
				"Access-Control-Expose-Headers", "x-total-count", "Vary", "Origin"));
	}

	@Test
	void errorDispatchWithoutAReportedUriGetsNoCorsHeaders() throws Exception {
		MockHttpServletRequest request = request("GET", "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("reached the error page").isNotNull();
		assertThat(headers(response)).isEmpty();
	}

	@Test
	void errorDispatchOfAPreflightShapedRequestIsNeverAnsweredAsAPreflight() throws Exception {
		MockHttpServletRequest request = request("OPTIONS", "/api/notes/1");
		request.addHeader("Access-Control-Request-Method", "PUT");
		errorDispatch(request, "/api/notes/1");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("reached the error page").isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(headers(response)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/ping;x=%zz", "/api/notes;x=%", "/nocover;x=%", "/api/%zz/1" })
	void aPathNoParserAcceptsIsCoveredByNoPolicyAndPassesWithoutCorsHeaders(String path) throws Exception {
		TestRequest preflight = TestRequest.preflight(path, APP, "PUT", null);
		var exchanged = Stack.SERVLET.exchange(this.engine, preflight);
		assertThat(exchanged.reachedApplication()).isTrue();
		assertThat(exchanged.status()).isEqualTo(200);
		assertThat(exchanged.headers()).isEmpty();
	}

	@Test
	void varyValuesSetByAnotherLayerAreKeptAndNotRepeated() throws Exception {
		MockHttpServletRequest request = request("OPTIONS", "/api/notes/1");
		request.addHeader("Access-Control-Request-Method", "PUT");
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.addHeader("Vary", "Accept-Encoding, origin");
		this.filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding, origin",
				"Access-Control-Request-Method", "Access-Control-Request-Headers");
	}

	@Test
	void defaultOrderIsJustAheadOfSpringSecurityAsSpringBootOrdersIt() {
		assertThat(CorsPolicyFilter.SECURITY_FILTER_ORDER).isEqualTo(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
		assertThat(this.filter.getOrder()).isEqualTo(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
	}

	private static MockHttpServletRequest request(String method, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		request.addHeader("Origin", APP);
		return request;
	}

	private static void errorDispatch(MockHttpServletRequest request, String failedUri) {
		request.setDispatcherType(DispatcherType.ERROR);
		request.setRequestURI("/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
	}

	private static Map<String, List<String>> headers(MockHttpServletResponse response) {
		return ResponseHeaders.of(response.getHeaderNames(), response::getHeaders);
	}

}
