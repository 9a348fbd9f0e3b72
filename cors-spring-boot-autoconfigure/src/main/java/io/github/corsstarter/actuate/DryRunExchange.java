package io.github.corsstarter.actuate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.corsstarter.engine.CorsHeaders;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.engine.CorsResponse;
import org.jspecify.annotations.Nullable;

/**
 * A request described by the dry run's parameters, sent to the engine as the filters send
 * real ones, and the headers the engine writes for it, recorded instead of sent.
 */
final class DryRunExchange extends CorsRequest implements CorsResponse {

	private final String method;

	private final String path;

	private final String origin;

	private final @Nullable String requestMethod;

	private final @Nullable String requestHeaders;

	private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private DryRunExchange(String method, String path, String origin, @Nullable String requestMethod,
			@Nullable String requestHeaders) {
		this.method = method;
		this.path = path;
		this.origin = origin;
		this.requestMethod = requestMethod;
		this.requestHeaders = requestHeaders;
	}

	/**
	 * The preflight a browser sends before the request: {@code OPTIONS}, asking for the
	 * method and headers.
	 */
	static DryRunExchange preflight(String path, String origin, String method, @Nullable String requestHeaders) {
		return new DryRunExchange("OPTIONS", path, origin, method, requestHeaders);
	}

	/** The request itself. */
	static DryRunExchange actual(String path, String origin, String method) {
		return new DryRunExchange(method, path, origin, null, null);
	}

	@Override
	protected String readPath() {
		return this.path;
	}

	@Override
	protected String readMethod() {
		return this.method;
	}

	@Override
	protected @Nullable String readHeader(String name) {
		if (name.equalsIgnoreCase(CorsHeaders.ORIGIN)) {
			return this.origin;
		}
		if (name.equalsIgnoreCase(CorsHeaders.REQUEST_METHOD)) {
			return this.requestMethod;
		}
		if (name.equalsIgnoreCase(CorsHeaders.SEC_FETCH_SITE)) {
			// A dry run describes a page on another origin calling this server: a modern
			// browser says so, and same-site or cross-site are judged alike.
			return "cross-site";
		}
		return name.equalsIgnoreCase(CorsHeaders.REQUEST_HEADERS) ? this.requestHeaders : null;
	}

	@Override
	protected boolean hasSeveralValues(String name) {
		return false;
	}

	@Override
	public void setHeader(String name, String value) {
		this.headers.put(name, new ArrayList<>(List.of(value)));
	}

	@Override
	public void addHeader(String name, String value) {
		this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
	}

	@Override
	public boolean containsHeader(String name) {
		return this.headers.containsKey(name);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return this.headers.getOrDefault(name, List.of());
	}

	/** The headers written, by name. */
	Map<String, List<String>> headers() {
		return this.headers;
	}

}
