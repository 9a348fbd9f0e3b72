package io.github.corsstarter.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A response's complete header set as lower-case names to sets of values, list-valued headers split on commas, so
 * tests compare what a client sees without depending on order or on how values were split across header lines.
 */
final class ResponseHeaders {

	private static final Set<String> LIST_VALUED = Set.of("vary", "access-control-allow-methods",
			"access-control-allow-headers", "access-control-expose-headers");

	private ResponseHeaders() {
	}

	static Map<String, Set<String>> of(MockHttpServletResponse response) {
		Map<String, Set<String>> headers = new TreeMap<>();
		for (String name : response.getHeaderNames()) {
			String key = name.toLowerCase(Locale.ROOT);
			Set<String> values = headers.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
			for (String value : response.getHeaders(name)) {
				if (LIST_VALUED.contains(key)) {
					Arrays.stream(value.split(",")).map(String::strip).forEach(values::add);
				}
				else {
					values.add(value);
				}
			}
		}
		return headers;
	}

	/** Builds an expected header set from name/value pairs, values of list-valued headers comma-separated. */
	static Map<String, Set<String>> expected(String... namesAndValues) {
		Map<String, Set<String>> headers = new TreeMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String key = namesAndValues[i].toLowerCase(Locale.ROOT);
			Set<String> values = headers.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
			if (LIST_VALUED.contains(key)) {
				Arrays.stream(namesAndValues[i + 1].split(",")).map(String::strip).forEach(values::add);
			}
			else {
				values.add(namesAndValues[i + 1]);
			}
		}
		return headers;
	}

}
