package io.github.corsstarter.benchmarks.report;

import java.util.Map;

/**
 * One measured case: which request (benchmark method, and configuration size if any) through which filter.
 *
 * @param scenario the benchmark method, followed by the configuration size for size benchmarks
 * @param benchmarkClass the benchmark's simple class name
 * @param filter the filter parameter
 */
record Case(String scenario, String benchmarkClass, String filter) {

	static Case of(String benchmark, Map<String, String> params) {
		String[] parts = benchmark.split("\\.");
		String method = parts[parts.length - 1];
		// A CSV holding both benchmark classes has a size column, empty on the rows of the class without one.
		String size = params.getOrDefault("size", "");
		return new Case(size.isEmpty() ? method : method + " " + size, parts[parts.length - 2], params.get("filter"));
	}

}
