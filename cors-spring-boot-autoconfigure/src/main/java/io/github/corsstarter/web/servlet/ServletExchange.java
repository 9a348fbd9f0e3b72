package io.github.corsstarter.web.servlet;

import java.util.Collection;
import java.util.Enumeration;

import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.engine.CorsResponse;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * A servlet request and response as the engine reads and writes them: one object per
 * request.
 */
sealed class ServletExchange extends CorsRequest implements CorsResponse permits ServletExchange.ErrorDispatch {

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private ServletExchange(HttpServletRequest request, HttpServletResponse response) {
		this.request = request;
		this.response = response;
	}

	static ServletExchange of(HttpServletRequest request, HttpServletResponse response) {
		return new ServletExchange(request, response);
	}

	/**
	 * The exchange of an {@code ERROR} dispatch, read as the request it reports on, or
	 * {@code null} when the container reports no URI.
	 */
	static @Nullable ServletExchange ofErrorDispatch(HttpServletRequest request, HttpServletResponse response) {
		return (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String reported)
				? new ErrorDispatch(request, response, reported) : null;
	}

	/** The request URI without the context path, not decoded. */
	@Override
	protected String readPath() {
		return withinContext(this.request.getRequestURI(), this.request.getContextPath());
	}

	/**
	 * Strips the context path from a URI as received. On a request both are spelled as
	 * the client sent them; on an {@code ERROR} dispatch the context path is the
	 * canonical one ({@code /ctx}) while the reported URI is as sent
	 * ({@code /%63tx/api/ping}, {@code /ctx;v=1/api/ping}), so as many segments are
	 * skipped as the context path has, empty segments aside, as Tomcat maps them.
	 */
	static String withinContext(String uri, String contextPath) {
		if (contextPath.isEmpty()) {
			return uri;
		}
		int length = contextPath.length();
		if (uri.startsWith(contextPath) && (uri.length() == length || uri.charAt(length) == '/')) {
			return uri.substring(length);
		}
		int index = 0;
		for (int segments = segments(contextPath); segments > 0 && index < uri.length(); segments--) {
			while (index < uri.length() && uri.charAt(index) == '/') {
				index++;
			}
			while (index < uri.length() && uri.charAt(index) != '/') {
				index++;
			}
		}
		return uri.substring(index);
	}

	private static int segments(String path) {
		int segments = 0;
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) != '/' && (i == 0 || path.charAt(i - 1) == '/')) {
				segments++;
			}
		}
		return segments;
	}

	final HttpServletRequest request() {
		return this.request;
	}

	final HttpServletResponse response() {
		return this.response;
	}

	@Override
	protected String readMethod() {
		return this.request.getMethod();
	}

	@Override
	protected @Nullable String readHeader(String name) {
		return this.request.getHeader(name);
	}

	/**
	 * As the container sees it: Tomcat's {@code RemoteIpValve}
	 * ({@code server.forward-headers-strategy=native}) and Spring's
	 * {@code ForwardedHeaderFilter} ({@code framework}, ordered ahead of this filter)
	 * have applied any forwarded headers by now.
	 */
	@Override
	protected @Nullable String readOwnOrigin() {
		return serializeOrigin(this.request.getScheme(), this.request.getServerName(), this.request.getServerPort());
	}

	@Override
	protected @Nullable String readHeaderLines(String name) {
		Enumeration<String> lines = this.request.getHeaders(name);
		return (lines != null) ? combine(lines.asIterator()) : null;
	}

	@Override
	protected boolean hasSeveralValues(String name) {
		Enumeration<String> values = this.request.getHeaders(name);
		if (values == null || !values.hasMoreElements()) {
			return false;
		}
		values.nextElement();
		return values.hasMoreElements();
	}

	@Override
	public void setHeader(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		this.response.addHeader(name, value);
	}

	@Override
	public boolean containsHeader(String name) {
		return this.response.containsHeader(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return this.response.getHeaders(name);
	}

	@Override
	protected void nameObservation(String pathPattern) {
		if (this.request.getAttribute(
				ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE) instanceof ServerRequestObservationContext observation) {
			observation.setPathPattern(pathPattern);
		}
	}

	/**
	 * An {@code ERROR} dispatch, whose path is that of the request it reports on: a class
	 * of its own, so that the exchange of every other request carries no field for it.
	 */
	static final class ErrorDispatch extends ServletExchange {

		private final String reportedUri;

		private ErrorDispatch(HttpServletRequest request, HttpServletResponse response, String reportedUri) {
			super(request, response);
			this.reportedUri = reportedUri;
		}

		@Override
		protected String readPath() {
			return withinContext(this.reportedUri, request().getContextPath());
		}

	}

}
