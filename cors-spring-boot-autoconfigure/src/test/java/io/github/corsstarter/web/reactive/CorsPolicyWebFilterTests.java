package io.github.corsstarter.web.reactive;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.ResponseHeaders;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static io.github.corsstarter.testing.PolicySpecs.compile;
import static io.github.corsstarter.testing.PolicySpecs.named;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the WebFlux filter does: re-asserting the headers of an actual request just
 * before the error response commits, when an error handler rebuilt the response.
 */
class CorsPolicyWebFilterTests {

	private static final String APP = "http://localhost:5173";

	private final CorsPolicyWebFilter filter = new CorsPolicyWebFilter(new CorsEngine(
			compile(named("api").pathPatterns("/api/**").allowedOrigins(APP).exposedHeaders("X-Total-Count"))));

	@Test
	void headersDroppedByAnErrorHandlerAreWrittenAgainBeforeTheResponseCommitsAndOnlyOnce() {
		MockServerWebExchange exchange = exchange("/api/fail");
		WebFilterChain failing = (filtered) -> Mono.error(new IllegalStateException("boom"));
		this.filter.filter(exchange, failing).onErrorResume((failure) -> {
			// As an error handler that rebuilds the response from scratch would.
			exchange.getResponse().getHeaders().clear();
			exchange.getResponse().setStatusCode(HttpStatus.INTERNAL_SERVER_ERROR);
			return exchange.getResponse().setComplete();
		}).block();
		assertThat(headers(exchange)).isEqualTo(expected("Access-Control-Allow-Origin", APP,
				"Access-Control-Expose-Headers", "x-total-count", "Vary", "Origin"));
	}

	@Test
	void headersKeptByLaterLayersAreNotWrittenTwice() {
		MockServerWebExchange exchange = exchange("/api/notes");
		WebFilterChain application = (filtered) -> {
			filtered.getResponse().getHeaders().add("Vary", "Accept-Encoding");
			return filtered.getResponse().setComplete();
		};
		this.filter.filter(exchange, application).block();
		assertThat(headers(exchange)).isEqualTo(expected("Access-Control-Allow-Origin", APP,
				"Access-Control-Expose-Headers", "x-total-count", "Vary", "Origin, Accept-Encoding"));
	}

	@Test
	void orderDefaultsToJustAheadOfSpringSecuritysWebFilterChain() {
		assertThat(this.filter.getOrder()).isEqualTo(CorsPolicyWebFilter.SECURITY_WEB_FILTER_ORDER - 1).isEqualTo(-101);
	}

	private static MockServerWebExchange exchange(String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path).header("Origin", APP));
	}

	private static java.util.Map<String, java.util.List<String>> headers(ServerWebExchange exchange) {
		return ResponseHeaders.of(exchange.getResponse().getHeaders().headerNames(),
				exchange.getResponse().getHeaders()::getOrEmpty);
	}

}
