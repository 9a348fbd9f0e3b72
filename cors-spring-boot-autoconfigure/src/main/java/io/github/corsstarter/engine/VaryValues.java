package io.github.corsstarter.engine;

import java.util.Collection;
import java.util.List;

/**
 * Request header names a response varies on, added to its {@code Vary} header without
 * dropping or repeating what another layer (a controller, {@code @CrossOrigin}, Spring
 * Security) set there. An existing {@code Vary: *} covers every name.
 */
final class VaryValues {

	static final VaryValues ACTUAL = new VaryValues(CorsHeaders.ORIGIN);

	static final VaryValues PREFLIGHT = new VaryValues(CorsHeaders.ORIGIN, CorsHeaders.REQUEST_METHOD,
			CorsHeaders.REQUEST_HEADERS);

	static final VaryValues PRIVATE_NETWORK_PREFLIGHT = new VaryValues(CorsHeaders.ORIGIN, CorsHeaders.REQUEST_METHOD,
			CorsHeaders.REQUEST_HEADERS, CorsHeaders.REQUEST_PRIVATE_NETWORK);

	private final List<String> names;

	private final String combined;

	private VaryValues(String... names) {
		this.names = List.of(names);
		this.combined = String.join(", ", names);
	}

	void addTo(CorsResponse response) {
		if (!response.containsHeader(CorsHeaders.VARY)) {
			response.addHeader(CorsHeaders.VARY, this.combined);
			return;
		}
		Collection<String> present = response.getHeaders(CorsHeaders.VARY);
		for (String name : this.names) {
			if (!isCovered(present, name)) {
				response.addHeader(CorsHeaders.VARY, name);
			}
		}
	}

	/**
	 * Whether a {@code Vary} field (possibly several lines of comma-separated names)
	 * already covers a name.
	 */
	private static boolean isCovered(Collection<String> fieldValues, String name) {
		for (String fieldValue : fieldValues) {
			for (String present : fieldValue.split(",")) {
				String token = present.strip();
				if (token.equals("*") || token.equalsIgnoreCase(name)) {
					return true;
				}
			}
		}
		return false;
	}

}
