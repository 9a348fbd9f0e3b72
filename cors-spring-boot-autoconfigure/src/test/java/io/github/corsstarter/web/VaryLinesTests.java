package io.github.corsstarter.web;

import java.util.List;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

import static io.github.corsstarter.testing.PolicySpecs.compile;
import static io.github.corsstarter.testing.PolicySpecs.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Vary} lines as written, before any normalisation: one line naming all the
 * request headers a preflight varies on when the response has none, and only the missing
 * names, line by line, after the ones already there.
 */
class VaryLinesTests {

	private static final String APP = "https://app.example";

	private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	private final CorsEngine engine = new CorsEngine(
			compile(named("api").pathPatterns("/**").allowedOrigins(APP).allowedMethods("PUT")));

	@Test
	void servletPreflightGetsOneVaryLine() throws Exception {
		MockHttpServletResponse response = servlet(servletPreflight(), new MockHttpServletResponse());
		assertThat(response.getHeaders("Vary")).containsExactly(PREFLIGHT_VARY);
	}

	@Test
	void servletPreflightAddsOnlyTheNamesAnEarlierVaryLacks() throws Exception {
		MockHttpServletResponse earlier = new MockHttpServletResponse();
		earlier.addHeader("Vary", "Accept-Encoding, origin");
		MockHttpServletResponse response = servlet(servletPreflight(), earlier);
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding, origin",
				"Access-Control-Request-Method", "Access-Control-Request-Headers");
	}

	@Test
	void servletPreflightAddsNothingToAVaryStar() throws Exception {
		MockHttpServletResponse earlier = new MockHttpServletResponse();
		earlier.addHeader("Vary", "*");
		MockHttpServletResponse response = servlet(servletPreflight(), earlier);
		assertThat(response.getHeaders("Vary")).containsExactly("*");
	}

	@Test
	void reactivePreflightGetsOneVaryLine() {
		MockServerWebExchange exchange = reactive();
		assertThat(exchange.getResponse().getHeaders().get("Vary")).containsExactly(PREFLIGHT_VARY);
	}

	@Test
	void reactivePreflightAddsOnlyTheNamesAnEarlierVaryLacks() {
		MockServerWebExchange exchange = MockServerWebExchange.from(reactivePreflight());
		exchange.getResponse().getHeaders().add("Vary", "Access-Control-Request-Method");
		new CorsPolicyWebFilter(this.engine).filter(exchange, (filtered) -> filtered.getResponse().setComplete())
			.block();
		assertThat(exchange.getResponse().getHeaders().get("Vary"))
			.isEqualTo(List.of("Access-Control-Request-Method", "Origin", "Access-Control-Request-Headers"));
	}

	private MockHttpServletResponse servlet(MockHttpServletRequest request, MockHttpServletResponse response)
			throws Exception {
		new CorsPolicyFilter(this.engine).doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest servletPreflight() {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/notes");
		request.addHeader("Origin", APP);
		request.addHeader("Access-Control-Request-Method", "PUT");
		return request;
	}

	private MockServerWebExchange reactive() {
		MockServerWebExchange exchange = MockServerWebExchange.from(reactivePreflight());
		new CorsPolicyWebFilter(this.engine).filter(exchange, (filtered) -> filtered.getResponse().setComplete())
			.block();
		return exchange;
	}

	private static MockServerHttpRequest reactivePreflight() {
		return MockServerHttpRequest.options("/notes")
			.header("Origin", APP)
			.header("Access-Control-Request-Method", "PUT")
			.build();
	}

}
