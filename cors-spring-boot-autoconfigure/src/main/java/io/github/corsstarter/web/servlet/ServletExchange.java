package io.github.corsstarter.web.servlet;

import java.util.Collection;
import java.util.Enumeration;

import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.engine.CorsResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * A servlet request and response as the engine reads and writes them: one object per
 * request.
 */
final class ServletExchange extends CorsRequest implements CorsResponse {

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	ServletExchange(HttpServletRequest request, HttpServletResponse response) {
		this.request = request;
		this.response = response;
	}

	/**
	 * The request URI without the context path, both as the container received them, not
	 * decoded.
	 */
	@Override
	protected String readPath() {
		String uri = this.request.getRequestURI();
		String contextPath = this.request.getContextPath();
		return (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

	@Override
	protected String readMethod() {
		return this.request.getMethod();
	}

	@Override
	protected @Nullable String readHeader(String name) {
		return this.request.getHeader(name);
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

}
