package io.github.corsstarter.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One measured case: which request (benchmark method, and configuration size if any)
 * through which filter, or, for a benchmark of the starter alone with one parameter (its
 * metrics on or off, the size of an origin source...), under which value of it.
 *
 * @param scenario the benchmark method, followed by the values of its parameters other
 * than the filter and the pivot
 * @param benchmarkClass the benchmark's simple class name
 * @param filter the filter parameter, {@code null} for benchmarks of no filter
 * @param pivotName the one parameter of a benchmark without a filter parameter, whose
 * values its table puts side by side; {@code null} for others
 * @param pivot that parameter's value
 */
record Case(String scenario, String benchmarkClass, String filter, String pivotName, String pivot) {

	private static final String FILTER = "filter";

	/**
	 * @param params the parameters of the row in the CSV's column order, by name
	 */
	static Case of(String benchmark, Map<String, String> params) {
		String[] parts = benchmark.split("\\.");
		String method = parts[parts.length - 1];
		String benchmarkClass = parts[parts.length - 2];
		String filter = param(params, FILTER);
		List<String> others = new ArrayList<>();
		params.forEach((name, value) -> {
			if (!name.equals(FILTER) && value != null && !value.isEmpty()) {
				others.add(name);
			}
		});
		if (filter == null && others.size() == 1) {
			String name = others.get(0);
			return new Case(method, benchmarkClass, null, name, params.get(name));
		}
		StringBuilder scenario = new StringBuilder(method);
		others.forEach((name) -> scenario.append(' ').append(params.get(name)));
		return new Case(scenario.toString(), benchmarkClass, filter, null, null);
	}

	/**
	 * A CSV of several benchmark classes has every class's parameter columns, empty where
	 * a class has none.
	 */
	private static String param(Map<String, String> params, String name) {
		String value = params.get(name);
		return (value == null || value.isEmpty()) ? null : value;
	}

}
