package io.github.corsstarter.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * The two adapters, each sending a {@link TestRequest} through its filter to an
 * application that answers 200, so that one table of cases checks that both stacks answer
 * every request the same way.
 */
public enum Stack {

	SERVLET {

		@Override
		public Exchanged exchange(CorsEngine engine, TestRequest request) throws Exception {
			MockHttpServletRequest servletRequest = new MockHttpServletRequest(request.method(), request.uri());
			servletRequest.setContextPath(request.contextPath());
			for (Map.Entry<String, String> header : request.headers()) {
				servletRequest.addHeader(header.getKey(), header.getValue());
			}
			MockHttpServletResponse response = new MockHttpServletResponse();
			SpyChain chain = new SpyChain();
			new CorsPolicyFilter(engine).doFilter(servletRequest, response, chain);
			return new Exchanged(response.getStatus(),
					ResponseHeaders.of(response.getHeaderNames(), response::getHeaders),
					response.getContentAsString(StandardCharsets.UTF_8), chain.reached);
		}

	},

	REACTIVE {

		@Override
		public Exchanged exchange(CorsEngine engine, TestRequest request) {
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
			boolean[] reached = { false };
			new CorsPolicyWebFilter(engine).filter(exchange, (filtered) -> {
				reached[0] = true;
				filtered.getResponse().setStatusCode(HttpStatus.OK);
				return filtered.getResponse().setComplete();
			}).block();
			MockServerHttpResponse response = exchange.getResponse();
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

	/** Sends a request through this stack's filter, applying the engine's decisions. */
	public abstract Exchanged exchange(CorsEngine engine, TestRequest request) throws Exception;

	/**
	 * Records whether the request got past the filter, and answers 200 like an
	 * application would.
	 */
	static final class SpyChain implements FilterChain {

		boolean reached;

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			this.reached = true;
			((HttpServletResponse) response).setStatus(200);
		}

	}

}
