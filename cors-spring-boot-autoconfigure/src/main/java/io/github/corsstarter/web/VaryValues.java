package io.github.corsstarter.web;

import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Request header names a response varies on, added to its {@code Vary} header without dropping or repeating what
 * another layer (a controller, {@code @CrossOrigin}, Spring Security) set there.
 */
final class VaryValues {

	private static final String VARY = "Vary";

	private final List<String> names;

	private final String combined;

	VaryValues(String... names) {
		this.names = List.of(names);
		this.combined = String.join(", ", names);
	}

	void addTo(HttpServletResponse response) {
		if (!response.containsHeader(VARY)) {
			response.addHeader(VARY, this.combined);
			return;
		}
		Collection<String> present = response.getHeaders(VARY);
		for (String name : this.names) {
			if (!isCovered(present, name)) {
				response.addHeader(VARY, name);
			}
		}
	}

	/** Whether a {@code Vary} field (possibly several lines of comma-separated names) already covers a name. */
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
