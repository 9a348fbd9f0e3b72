package io.github.corsstarter.benchmarks;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The requests of {@link BenchmarkRequests} for WebFlux: the same methods, path and
 * headers, built fresh on every invocation for the same reason, each in a new exchange
 * whose cost the pass-through filter shows.
 */
final class ReactiveBenchmarkRequests {

	/**
	 * Where every request goes: absolute, as a server's request URI always is (built from
	 * the {@code Host} header), on the host, scheme and port the servlet mock request
	 * defaults to. Spring's {@code CorsWebFilter} compares the {@code Origin} with it and
	 * rejects any CORS request whose URI has no host as a malformed origin, so a mock
	 * request with a path only would time Spring on its rejection path. Parsed once, as
	 * the servlet side's path is a constant string.
	 */
	private static final URI API_URI = URI.create("http://localhost" + BenchmarkRequests.API_PATH);

	/**
	 * One per application, as in a server's {@code HttpWebHandlerAdapter}: the session
	 * manager, the codecs and the locale resolver. {@link MockServerWebExchange} would
	 * build a full codec configurer for every exchange (about 3.7 µs and 12.8 KB of its
	 * 4.8 µs and 16.8 KB, measured while writing this), which no real request pays, so
	 * the exchange is built the way the server's adapter builds it, from mock request and
	 * response.
	 */
	private static final WebSessionManager SESSIONS = new DefaultWebSessionManager();

	private static final ServerCodecConfigurer CODECS = ServerCodecConfigurer.create();

	private static final LocaleContextResolver LOCALES = new AcceptHeaderLocaleContextResolver();

	/**
	 * Where the benchmarked request ends: the application completes the response, and is
	 * not measured itself.
	 */
	private static final WebFilterChain APPLICATION = (exchange) -> exchange.getResponse().setComplete();

	private ReactiveBenchmarkRequests() {
	}

	static MockServerHttpRequest preflight(String origin, String requestHeaders) {
		return MockServerHttpRequest.method(HttpMethod.OPTIONS, API_URI)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", BenchmarkRequests.PREFLIGHT_METHOD)
			.header("Access-Control-Request-Headers", requestHeaders)
			.build();
	}

	/**
	 * A GET of the API, with the given {@code Origin}, or with none if {@code origin} is
	 * {@code null}.
	 */
	static MockServerHttpRequest get(String origin) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.GET, API_URI);
		if (origin != null) {
			request.header("Origin", origin);
		}
		return request.build();
	}

	/**
	 * Runs one request through a filter to the end, blocking until it is done; the
	 * response is returned for JMH to consume. The response is completed afterwards too,
	 * as the server's {@code HttpWebHandlerAdapter} does: a filter that answers without
	 * calling the chain (Spring's, for a preflight) then commits its response like one
	 * that completes it itself (the starter's), and both pay for the commit. Completing
	 * twice is a no-op.
	 */
	static MockServerHttpResponse filter(WebFilter filter, MockServerHttpRequest request) {
		MockServerHttpResponse response = new MockServerHttpResponse();
		ServerWebExchange exchange = new DefaultServerWebExchange(request, response, SESSIONS, CODECS, LOCALES);
		filter.filter(exchange, APPLICATION).then(Mono.defer(response::setComplete)).block();
		return response;
	}

}
