package io.github.corsstarter.web.servlet;

import java.io.IOException;

import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsEngine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;

/**
 * The servlet adapter of the {@link CorsEngine}: it reads the request, asks the engine,
 * and writes what the engine decided.
 * <ul>
 * <li>a preflight on a covered path is answered here, 204 or 403, and never reaches the
 * rest of the chain (authentication included); so is, with 403, a request refused by the
 * policy's cross-origin protection;</li>
 * <li>any other request on a covered path gets its CORS headers before the chain runs, so
 * they are on every response, a 401 from Spring Security included, and again on the
 * {@code ERROR} dispatch to the error page, as decided for the URI it reports on; for a
 * request with an {@code Origin}, the chain gets a {@link PolicyOwnedResponse}, on which
 * nothing else writes CORS headers;</li>
 * <li>requests on uncovered paths pass untouched.</li>
 * </ul>
 * Its default order is one less than Spring Security's filter chain ({@code -100}), so
 * even registered without the auto-configuration's {@code FilterRegistrationBean} it runs
 * ahead of authentication.
 */
public final class CorsPolicyFilter implements Filter, Ordered {

	/**
	 * Spring Boot's {@code SecurityFilterProperties.DEFAULT_FILTER_ORDER}, the order of
	 * Spring Security's chain.
	 */
	public static final int SECURITY_FILTER_ORDER = -100;

	/** Just ahead of Spring Security's filter chain. */
	public static final int DEFAULT_ORDER = SECURITY_FILTER_ORDER - 1;

	private final CorsEngine engine;

	private final int order;

	public CorsPolicyFilter(CorsEngine engine) {
		this(engine, DEFAULT_ORDER);
	}

	public CorsPolicyFilter(CorsEngine engine, int order) {
		this.engine = engine;
		this.order = order;
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		if (!(servletRequest instanceof HttpServletRequest request)
				|| !(servletResponse instanceof HttpServletResponse response)) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(request, writeErrorPageHeaders(request, response));
			return;
		}
		ServletExchange exchange = ServletExchange.of(request, response);
		CorsDecision decision = decide(exchange);
		if (!decision.isCovered()) {
			chain.doFilter(request, response);
			return;
		}
		decision.writeHeaders(exchange, exchange);
		this.engine.record(decision, exchange);
		if (decision.isAnsweredHere()) {
			if (exchange.mayCarryLongBody()) {
				// Answered without reading the body: the connection cannot carry another
				// request after it.
				response.setHeader("Connection", "close");
			}
			response.setStatus(decision.status());
			byte[] body = decision.body();
			if (body.length > 0) {
				response.getOutputStream().write(body);
			}
			return;
		}
		chain.doFilter(request, PolicyOwnedResponse.of(exchange, decision));
	}

	/**
	 * The error page carries the CORS headers of the request it reports on, decided again
	 * from the URI the container reports ({@code jakarta.servlet.error.request_uri}),
	 * never from the error page's own path, so that a 500 or a rejection by an earlier
	 * filter is readable by the page that is allowed to read that request. It is never
	 * answered as a preflight.
	 * @return the response the error page writes to, guarded like the request's own
	 */
	private HttpServletResponse writeErrorPageHeaders(HttpServletRequest request, HttpServletResponse response) {
		ServletExchange exchange = ServletExchange.ofErrorDispatch(request, response);
		if (exchange == null) {
			return response;
		}
		CorsDecision decision = decide(exchange);
		if (!decision.isCovered() || decision.isAnsweredHere()) {
			return response;
		}
		decision.writeHeaders(exchange, exchange);
		return PolicyOwnedResponse.of(exchange, decision);
	}

	private CorsDecision decide(ServletExchange exchange) {
		CorsDecision decision = this.engine.decide(exchange);
		if (decision.isPending()) {
			// The origin resolver is asked on its own threads; a servlet request waits at
			// most its timeout.
			decision = decision.resolution().join();
		}
		return decision;
	}

}
