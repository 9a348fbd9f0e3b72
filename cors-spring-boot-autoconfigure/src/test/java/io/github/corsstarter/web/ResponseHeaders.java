package io.github.corsstarter.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A response's complete header set as lower-case names to values, so tests compare what a
 * client sees. List-valued headers are split on commas and their items sorted, so the
 * comparison ignores their order and how they were spread over header lines; every other
 * header keeps each line, so a header written twice fails the comparison. A list item
 * written twice fails it too.
 */
public final class ResponseHeaders {

	private static final Set<String> LIST_VALUED = Set.of("vary", "access-control-allow-methods",
			"access-control-allow-headers", "access-control-expose-headers");

	private ResponseHeaders() {
	}

	/**
	 * The headers of a response, given its header names and how to read every value of
	 * one.
	 */
	public static Map<String, List<String>> of(Iterable<String> names,
			Function<String, ? extends Iterable<String>> values) {
		Map<String, List<String>> headers = new TreeMap<>();
		for (String name : names) {
			List<String> lines = new ArrayList<>();
			values.apply(name).forEach(lines::add);
			headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>()).addAll(lines);
		}
		headers.replaceAll(ResponseHeaders::normalise);
		return headers;
	}

	/**
	 * Builds an expected header set from name/value pairs, values of list-valued headers
	 * comma-separated.
	 */
	public static Map<String, List<String>> expected(String... namesAndValues) {
		Map<String, List<String>> headers = new TreeMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.computeIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
				.add(namesAndValues[i + 1]);
		}
		headers.replaceAll(ResponseHeaders::normalise);
		return headers;
	}

	/** The same header set with one more header. */
	public static Map<String, List<String>> with(Map<String, List<String>> headers, String name, String value) {
		Map<String, List<String>> more = new TreeMap<>(headers);
		more.put(name.toLowerCase(Locale.ROOT), normalise(name.toLowerCase(Locale.ROOT), List.of(value)));
		return more;
	}

	private static List<String> normalise(String name, List<String> lines) {
		if (!LIST_VALUED.contains(name)) {
			return List.copyOf(lines);
		}
		return lines.stream()
			.flatMap((line) -> Arrays.stream(line.split(",")))
			.map(String::strip)
			.map((item) -> name.equals("vary") ? item.toLowerCase(Locale.ROOT) : item)
			.sorted()
			.toList();
	}

}
