package io.github.corsstarter.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * The two adapters, each sending a {@link TestRequest} through its filter to an
 * application ({@link TestApplication}: one that answers 200 unless a case says
 * otherwise), so that one table of cases checks that both stacks answer every request the
 * same way.
 */
public enum Stack {

	SERVLET {

		@Override
		public Exchanged exchange(CorsEngine engine, TestRequest request, TestApplication application)
				throws Exception {
			MockHttpServletRequest servletRequest = new MockHttpServletRequest(request.method(), request.uri());
			servletRequest.setContextPath(request.contextPath());
			for (Map.Entry<String, String> header : request.headers()) {
				servletRequest.addHeader(header.getKey(), header.getValue());
			}
			MockHttpServletResponse response = new MockHttpServletResponse();
			SpyChain chain = new SpyChain(application);
			CorsPolicyFilter filter = new CorsPolicyFilter(engine);
			try {
				filter.doFilter(servletRequest, response, chain);
			}
			catch (ServletException failure) {
				// As the container does: an ERROR dispatch to the error page, which
				// answers with the application's status and headers.
				servletRequest.setDispatcherType(DispatcherType.ERROR);
				servletRequest.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.uri());
				filter.doFilter(servletRequest, response,
						(errorRequest, errorResponse) -> application.writeTo((HttpServletResponse) errorResponse));
			}
			return new Exchanged(response.getStatus(),
					ResponseHeaders.of(response.getHeaderNames(), response::getHeaders),
					response.getContentAsString(StandardCharsets.UTF_8), chain.reached);
		}

	},

	REACTIVE {

		@Override
		public Exchanged exchange(CorsEngine engine, TestRequest request, TestApplication application) {
			// A URI, not a template: the path reaches the filter exactly as written,
			// escapes included. Sent to http://localhost, as the servlet mock is, so the
			// request's own origin is the same on both stacks.
			MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest
				.method(HttpMethod.valueOf(request.method()), URI.create(OWN_ORIGIN + request.uri()))
				.contextPath(request.contextPath());
			for (Map.Entry<String, String> header : request.headers()) {
				builder.header(header.getKey(), header.getValue());
			}
			MockServerWebExchange exchange = MockServerWebExchange.from(builder.build());
			MockServerHttpResponse response = exchange.getResponse();
			boolean[] reached = { false };
			new CorsPolicyWebFilter(engine).filter(exchange, (filtered) -> {
				reached[0] = true;
				return application.writeTo(filtered.getResponse());
			})
				// As a WebExceptionHandler after the filters does for a failed chain.
				.onErrorResume((failure) -> application.answerError(response))
				.block();
			String body = response.getBodyAsString().defaultIfEmpty("").block();
			return new Exchanged(response.getStatusCode().value(),
					ResponseHeaders.of(response.getHeaders().headerNames(), response.getHeaders()::getOrEmpty), body,
					reached[0]);
		}

	};

	/**
	 * The origin every request is sent to: what {@code MockHttpServletRequest} reports by
	 * default (scheme http, server localhost, port 80).
	 */
	public static final String OWN_ORIGIN = "http://localhost";

	/** Sends a request through this stack's filter to an application that answers 200. */
	public Exchanged exchange(CorsEngine engine, TestRequest request) throws Exception {
		return exchange(engine, request, TestApplication.OK);
	}

	/**
	 * Sends a request through this stack's filter to an application, applying the
	 * engine's decisions.
	 */
	public abstract Exchanged exchange(CorsEngine engine, TestRequest request, TestApplication application)
			throws Exception;

	/**
	 * Records whether the request got past the filter, and answers as the application
	 * does.
	 */
	static final class SpyChain implements FilterChain {

		private final TestApplication application;

		boolean reached;

		SpyChain(TestApplication application) {
			this.application = application;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			this.reached = true;
			if (this.application.ending() == TestApplication.Ending.FAILS) {
				throw new ServletException("the application failed");
			}
			this.application.writeTo((HttpServletResponse) response);
		}

	}

}
