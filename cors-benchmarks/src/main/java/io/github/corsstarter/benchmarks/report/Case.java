package io.github.corsstarter.benchmarks.report;

import java.util.Map;

/**
 * One measured case: which request (benchmark method, and configuration size if any)
 * through which filter.
 *
 * @param scenario the benchmark method, followed by the configuration size for size
 * benchmarks
 * @param benchmarkClass the benchmark's simple class name
 * @param filter the filter parameter, {@code null} for benchmarks of no filter
 */
record Case(String scenario, String benchmarkClass, String filter) {

	static Case of(String benchmark, Map<String, String> params) {
		String[] parts = benchmark.split("\\.");
		String method = parts[parts.length - 1];
		String size = param(params, "size");
		return new Case((size != null) ? method + " " + size : method, parts[parts.length - 2],
				param(params, "filter"));
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
