package io.github.corsstarter.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.corsstarter.benchmarks.Stack;

/**
 * One measured case: which request (benchmark method, and configuration size if any)
 * through which filter on which stack, or, for a benchmark of the starter alone with one
 * parameter (its metrics on or off, the size of an origin source...), under which value
 * of it.
 * <p>
 * The same case measured by an old benchmarks jar and by a new one is the same
 * {@code Case}, so an A/B pairs them: before the stack was a parameter, the WebFlux
 * scenarios were classes of their own named after their servlet twin
 * ({@code ReactiveRequestKindBenchmark}); such a class is read as its twin on
 * {@link Stack#REACTIVE}. Every other benchmark without a stack parameter runs on
 * {@link Stack#SERVLET}.
 *
 * @param scenario the benchmark method, followed by the values of its parameters other
 * than the stack, the filter and the pivot
 * @param benchmarkClass the benchmark's simple class name, without the old
 * {@value #OLD_REACTIVE_PREFIX} prefix
 * @param stack the stack it ran on
 * @param filter the filter parameter, {@code null} for benchmarks of no filter
 * @param pivotName the one parameter of a benchmark without a filter parameter, whose
 * values its table puts side by side; {@code null} for others
 * @param pivot that parameter's value
 */
record Case(String scenario, String benchmarkClass, Stack stack, String filter, String pivotName, String pivot) {

	static final String STACK = "stack";

	static final String FILTER = "filter";

	/**
	 * How the WebFlux twin of a servlet benchmark class was named before the stack
	 * parameter.
	 */
	static final String OLD_REACTIVE_PREFIX = "Reactive";

	/**
	 * @param benchmark the benchmark's full name, {@code package.Class.method}
	 * @param params the parameters of the row in the CSV's column order, by name
	 */
	static Case of(String benchmark, Map<String, String> params) {
		String[] parts = benchmark.split("\\.");
		String method = parts[parts.length - 1];
		String benchmarkClass = parts[parts.length - 2];
		String stackParam = param(params, STACK);
		Stack stack;
		if (stackParam != null) {
			stack = Stack.valueOf(stackParam);
		}
		else if (benchmarkClass.startsWith(OLD_REACTIVE_PREFIX)) {
			stack = Stack.REACTIVE;
			benchmarkClass = benchmarkClass.substring(OLD_REACTIVE_PREFIX.length());
		}
		else {
			stack = Stack.SERVLET;
		}
		String filter = param(params, FILTER);
		List<String> others = new ArrayList<>();
		params.forEach((name, value) -> {
			if (!name.equals(FILTER) && !name.equals(STACK) && value != null && !value.isEmpty()) {
				others.add(name);
			}
		});
		if (filter == null && others.size() == 1) {
			String name = others.get(0);
			return new Case(method, benchmarkClass, stack, null, name, params.get(name));
		}
		StringBuilder scenario = new StringBuilder(method);
		others.forEach((name) -> scenario.append(' ').append(params.get(name)));
		return new Case(scenario.toString(), benchmarkClass, stack, filter, null, null);
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
