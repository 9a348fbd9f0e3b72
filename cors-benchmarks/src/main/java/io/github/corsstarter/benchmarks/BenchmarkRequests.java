package io.github.corsstarter.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.StringJoiner;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The requests benchmarked, sent through one filter of one {@link Stack}: the same
 * methods, path and headers on both stacks, each request built fresh on every invocation
 * (inside the benchmark method, so JMH times no per-invocation setup of its own): a
 * filter mutates its request and response, and reusing them would measure a filter
 * working on what the previous invocation left. Their cost is in every figure, and the
 * pass-through filter shows how much it is. Each call returns the response, for JMH to
 * consume.
 */
abstract sealed class BenchmarkRequests {

	static final String API_PATH = "/api/notes";

	/** A path of the application that no benchmarked policy covers. */
	static final String UNCOVERED_PATH = "/public/ping";

	/** What a browser sends for a script's PUT with a bearer token and a JSON body. */
	static final String BROWSER_REQUEST_HEADERS = "authorization,content-type";

	/** The method every benchmarked preflight asks for. */
	static final String PREFLIGHT_METHOD = "PUT";

	static final String DISALLOWED_ORIGIN = "https://attacker.example.net";

	static final int HOSTILE_HEADER_NAMES = 10_000;

	static final int HOSTILE_HEADERS_LENGTH = 64 * 1024;

	/**
	 * {@value #HOSTILE_HEADER_NAMES} distinct header names, the last one padded so the
	 * value is exactly {@value #HOSTILE_HEADERS_LENGTH} characters. Built once: the
	 * container would have parsed it before any filter.
	 */
	static final String HOSTILE_REQUEST_HEADERS = hostileRequestHeaders();

	/** The requests through a servlet filter. */
	static Servlet servlet(Filter filter) {
		return new Servlet(filter);
	}

	/** The requests through a WebFlux web filter. */
	static Reactive reactive(WebFilter filter) {
		return new Reactive(filter);
	}

	/**
	 * A preflight of the API for {@value #PREFLIGHT_METHOD} from {@code origin}, asking
	 * for {@code requestHeaders}, run through the filter.
	 */
	abstract Object preflight(String origin, String requestHeaders) throws Exception;

	/**
	 * A GET of the API, with the given {@code Origin}, or with none if {@code origin} is
	 * {@code null}, run through the filter.
	 */
	abstract Object get(String origin) throws Exception;

	/** A GET of {@value #UNCOVERED_PATH}, which no policy covers, from {@code origin}. */
	abstract Object uncoveredGet(String origin) throws Exception;

	/**
	 * A form POST of the API from {@code origin}, with {@code Sec-Fetch-Site} as a
	 * browser sends it ({@code null}: none, as from an older browser), run through the
	 * filter.
	 */
	abstract Object post(String origin, String secFetchSite) throws Exception;

	private static String hostileRequestHeaders() {
		StringJoiner names = new StringJoiner(",");
		for (int i = 0; i < HOSTILE_HEADER_NAMES; i++) {
			names.add("x-" + Integer.toString(i, 36));
		}
		String value = names.toString();
		if (value.length() > HOSTILE_HEADERS_LENGTH) {
			throw new IllegalStateException("hostile header names are too long: " + value.length());
		}
		return value + "x".repeat(HOSTILE_HEADERS_LENGTH - value.length());
	}

	/** Spring-test's mock request and response through a servlet filter. */
	static final class Servlet extends BenchmarkRequests {

		/**
		 * One per application, as in a container. Without it every mock request builds
		 * its own MockServletContext, which would put an allocation no real request makes
		 * into every figure.
		 */
		private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

		/** Where the benchmarked request ends: the application itself is not measured. */
		private static final FilterChain APPLICATION = (request, response) -> {
		};

		private final Filter filter;

		private Servlet(Filter filter) {
			this.filter = filter;
		}

		@Override
		MockHttpServletResponse preflight(String origin, String requestHeaders) throws IOException, ServletException {
			MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "OPTIONS", API_PATH);
			request.addHeader("Origin", origin);
			request.addHeader("Access-Control-Request-Method", PREFLIGHT_METHOD);
			request.addHeader("Access-Control-Request-Headers", requestHeaders);
			return filter(request);
		}

		@Override
		MockHttpServletResponse get(String origin) throws IOException, ServletException {
			MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "GET", API_PATH);
			if (origin != null) {
				request.addHeader("Origin", origin);
			}
			return filter(request);
		}

		@Override
		MockHttpServletResponse uncoveredGet(String origin) throws IOException, ServletException {
			MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "GET", UNCOVERED_PATH);
			request.addHeader("Origin", origin);
			return filter(request);
		}

		@Override
		MockHttpServletResponse post(String origin, String secFetchSite) throws IOException, ServletException {
			MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, "POST", API_PATH);
			request.addHeader("Origin", origin);
			if (secFetchSite != null) {
				request.addHeader("Sec-Fetch-Site", secFetchSite);
			}
			request.setContentType("application/x-www-form-urlencoded");
			return filter(request);
		}

		private MockHttpServletResponse filter(MockHttpServletRequest request) throws IOException, ServletException {
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.filter.doFilter(request, response, APPLICATION);
			return response;
		}

	}

	/**
	 * An exchange of mock request and response through a WebFlux web filter, run to the
	 * end.
	 */
	static final class Reactive extends BenchmarkRequests {

		/**
		 * Where every request goes: absolute, as a server's request URI always is (built
		 * from the {@code Host} header), on the host, scheme and port the servlet mock
		 * request defaults to. Spring's {@code CorsWebFilter} compares the {@code Origin}
		 * with it and rejects any CORS request whose URI has no host as a malformed
		 * origin, so a mock request with a path only would time Spring on its rejection
		 * path. Parsed once, as the servlet side's path is a constant string.
		 */
		private static final URI API_URI = URI.create("http://localhost" + API_PATH);

		private static final URI UNCOVERED_URI = URI.create("http://localhost" + UNCOVERED_PATH);

		/**
		 * One per application, as in a server's {@code HttpWebHandlerAdapter}: the
		 * session manager, the codecs and the locale resolver.
		 * {@link MockServerWebExchange} would build a full codec configurer for every
		 * exchange (about 3.7 µs and 12.8 KB of its 4.8 µs and 16.8 KB, measured while
		 * writing this), which no real request pays, so the exchange is built the way the
		 * server's adapter builds it, from mock request and response.
		 */
		private static final WebSessionManager SESSIONS = new DefaultWebSessionManager();

		private static final ServerCodecConfigurer CODECS = ServerCodecConfigurer.create();

		private static final LocaleContextResolver LOCALES = new AcceptHeaderLocaleContextResolver();

		/**
		 * Where the benchmarked request ends: the application completes the response, and
		 * is not measured itself.
		 */
		private static final WebFilterChain APPLICATION = (exchange) -> exchange.getResponse().setComplete();

		private final WebFilter filter;

		private Reactive(WebFilter filter) {
			this.filter = filter;
		}

		@Override
		MockServerHttpResponse preflight(String origin, String requestHeaders) {
			return filter(MockServerHttpRequest.method(HttpMethod.OPTIONS, API_URI)
				.header("Origin", origin)
				.header("Access-Control-Request-Method", PREFLIGHT_METHOD)
				.header("Access-Control-Request-Headers", requestHeaders)
				.build());
		}

		@Override
		MockServerHttpResponse get(String origin) {
			MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.GET, API_URI);
			if (origin != null) {
				request.header("Origin", origin);
			}
			return filter(request.build());
		}

		@Override
		MockServerHttpResponse uncoveredGet(String origin) {
			return filter(MockServerHttpRequest.method(HttpMethod.GET, UNCOVERED_URI).header("Origin", origin).build());
		}

		@Override
		MockServerHttpResponse post(String origin, String secFetchSite) {
			MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(HttpMethod.POST, API_URI)
				.header("Origin", origin)
				.header("Content-Type", "application/x-www-form-urlencoded");
			if (secFetchSite != null) {
				request.header("Sec-Fetch-Site", secFetchSite);
			}
			return filter(request.build());
		}

		/**
		 * Runs one request through the filter to the end, blocking until it is done. The
		 * response is completed afterwards too, as the server's
		 * {@code HttpWebHandlerAdapter} does: a filter that answers without calling the
		 * chain (Spring's, for a preflight) then commits its response like one that
		 * completes it itself (the starter's), and both pay for the commit. Completing
		 * twice is a no-op.
		 */
		private MockServerHttpResponse filter(MockServerHttpRequest request) {
			MockServerHttpResponse response = new MockServerHttpResponse();
			ServerWebExchange exchange = new DefaultServerWebExchange(request, response, SESSIONS, CODECS, LOCALES);
			this.filter.filter(exchange, APPLICATION).then(Mono.defer(response::setComplete)).block();
			return response;
		}

	}

}
