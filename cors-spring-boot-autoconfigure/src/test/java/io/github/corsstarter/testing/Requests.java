package io.github.corsstarter.testing;

import java.util.Map;

import io.github.corsstarter.engine.CorsRequest;
import org.jspecify.annotations.Nullable;

/** Requests for engine tests, without any web stack. */
public final class Requests {

	private Requests() {
	}

	/** A request with one value per header. */
	public static CorsRequest of(String method, String path, Map<String, String> headers) {
		return of(method, path, headers, null);
	}

	/**
	 * A request with one value per header, received by a server whose own origin (as
	 * cross-origin protection compares it with {@code Origin}) is {@code ownOrigin}.
	 */
	public static CorsRequest of(String method, String path, Map<String, String> headers, @Nullable String ownOrigin) {
		return new CorsRequest() {

			@Override
			protected String readPath() {
				return path;
			}

			@Override
			protected String readMethod() {
				return method;
			}

			@Override
			protected @Nullable String readHeader(String name) {
				return headers.get(name);
			}

			@Override
			protected boolean hasSeveralValues(String name) {
				return false;
			}

			@Override
			protected @Nullable String readOwnOrigin() {
				return ownOrigin;
			}

		};
	}

	/** A preflight from an origin asking for a method and, if not null, headers. */
	public static CorsRequest preflight(String path, String origin, String method, @Nullable String requestHeaders) {
		return of("OPTIONS", path,
				(requestHeaders != null)
						? Map.of("Origin", origin, "Access-Control-Request-Method", method,
								"Access-Control-Request-Headers", requestHeaders)
						: Map.of("Origin", origin, "Access-Control-Request-Method", method));
	}

}
