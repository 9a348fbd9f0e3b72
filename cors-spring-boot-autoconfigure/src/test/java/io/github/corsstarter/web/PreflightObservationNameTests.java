package io.github.corsstarter.web;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import org.junit.jupiter.api.Test;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static io.github.corsstarter.testing.PolicySpecs.compile;
import static io.github.corsstarter.testing.PolicySpecs.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preflight never reaches a handler, so the filter names its server observation after
 * the path pattern that covered it; requests that go on are named by their handler.
 */
class PreflightObservationNameTests {

	private static final String APP = "https://app.example";

	private final CorsEngine engine = new CorsEngine(
			compile(named("api").pathPatterns("/api/**").allowedOrigins(APP).allowedMethods("PUT")));

	@Test
	void servletPreflightIsNamedByItsPathPattern() throws Exception {
		assertThat(servlet("OPTIONS", "/api/notes", "PUT")).isEqualTo("/api/**");
		assertThat(servlet("OPTIONS", "/api/notes", "PATCH")).isEqualTo("/api/**");
	}

	@Test
	void servletRequestsThatGoOnAreNotNamedByTheFilter() throws Exception {
		assertThat(servlet("GET", "/api/notes", null)).isNull();
		assertThat(servlet("OPTIONS", "/other", "PUT")).isNull();
	}

	@Test
	void webFluxPreflightIsNamedByItsPathPattern() {
		assertThat(reactive(MockServerHttpRequest.options("/api/notes")
			.header("Origin", APP)
			.header("Access-Control-Request-Method", "PUT")
			.build())).isEqualTo("/api/**");
		assertThat(reactive(MockServerHttpRequest.get("/api/notes").header("Origin", APP).build())).isNull();
	}

	private String servlet(String method, String path, String requestMethod) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Origin", APP);
		if (requestMethod != null) {
			request.addHeader("Access-Control-Request-Method", requestMethod);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		ServerRequestObservationContext observation = new ServerRequestObservationContext(request, response);
		request.setAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, observation);
		new CorsPolicyFilter(this.engine).doFilter(request, response, new MockFilterChain());
		return observation.getPathPattern();
	}

	private String reactive(MockServerHttpRequest request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		org.springframework.http.server.reactive.observation.ServerRequestObservationContext observation = new org.springframework.http.server.reactive.observation.ServerRequestObservationContext(
				exchange.getRequest(), exchange.getResponse(), exchange.getAttributes());
		exchange.getAttributes()
			.put(org.springframework.http.server.reactive.observation.ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE,
					observation);
		new CorsPolicyWebFilter(this.engine).filter(exchange, (filtered) -> filtered.getResponse().setComplete())
			.block();
		return observation.getPathPattern();
	}

}
