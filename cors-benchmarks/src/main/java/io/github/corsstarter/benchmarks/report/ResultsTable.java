package io.github.corsstarter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.github.corsstarter.benchmarks.Stack;

import static io.github.corsstarter.benchmarks.report.Cells.format;

/**
 * Prints one Markdown table per benchmark class and stack from a JMH CSV result file, the
 * servlet table of a class first. Each row is one scenario with every filter's time and
 * allocation, then the ratios the targets are stated in, both on the totals and net of
 * the pass-through floor (the mock request and response, which every filter pays for
 * alike). The first row is the table's plain allowed preflight (one origin, one policy);
 * the last column compares every row's time with it, which is how the hostile preflight
 * and the growth with origins and policies are judged.
 * <p>
 * The WebFlux runs ({@code stack=REACTIVE}) get tables of their own in the same format,
 * their filters having the same parameter values, with Spring's {@code CorsWebFilter} in
 * place of its {@code CorsFilter}. Each follows the servlet table of its class, so the
 * two stacks' figures can be read side by side. Their floor is the mock exchange, far
 * higher than the servlet mocks': across the stacks, compare the ratios net of the floor
 * and the bytes, not the times. A CSV of an older jar, whose WebFlux scenarios were
 * classes of their own ({@code ReactiveRequestKindBenchmark}), gives the same tables
 * ({@link Case}).
 * <p>
 * The benchmarks of the starter alone with one parameter ({@code MetricsBenchmark}, on
 * each stack: metrics off and on; {@code OriginSourceBenchmark}: the source's size;
 * {@code OriginResolverBenchmark}: a configured origin or the resolver's cached answer;
 * {@code OriginFloodBenchmark}: the resolver's limits) get one row per scenario with the
 * parameter's values side by side, each compared with the first value. The flood's
 * lookups and cache are not in the CSV: the benchmark prints them after every iteration.
 * <p>
 * Usage:
 * {@code java -cp benchmarks.jar io.github.corsstarter.benchmarks.report.ResultsTable result.csv}
 */
public final class ResultsTable {

	private static final String STARTER = "STARTER";

	private static final String SPRING = "SPRING";

	private static final String FLOOR = "PASS_THROUGH";

	/**
	 * The scenario every other row of its table is compared with: the first allowed
	 * preflight JMH ran.
	 */
	private static final String BASELINE_PREFIX = "allowedPreflight";

	private final Map<Case, Measurement> measurements;

	ResultsTable(Map<Case, Measurement> measurements) {
		this.measurements = measurements;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: ResultsTable <jmh-result.csv>");
			System.exit(2);
		}
		ResultsTable table = new ResultsTable(JmhCsv.read(Path.of(args[0])));
		System.out.print(table.markdown());
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		List<Table> tables = distinct((key) -> new Table(key.benchmarkClass(), key.stack()), null);
		tables.sort(Comparator.comparing(Table::benchmarkClass).thenComparing(Table::stack));
		for (Table table : tables) {
			out.append("\n").append(table.benchmarkClass()).append(", stack=").append(table.stack()).append("\n\n");
			if (!distinct(Case::pivotName, table).contains(null)) {
				out.append(pivotTable(table));
				continue;
			}
			if (distinct(Case::filter, table).contains(null)) {
				out.append(singleFilterTable(table));
				continue;
			}
			out.append("| Scenario | pass-through ns/op | B/op | starter ns/op | B/op | " + springFilter(table.stack())
					+ " ns/op | B/op | Spring ÷ starter time (total / net of floor) "
					+ "| starter ÷ Spring bytes (total / net) | time ÷ row 1 (starter / Spring) |\n");
			out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			List<String> scenarios = distinct(Case::scenario, table);
			String baseline = scenarios.stream()
				.filter((name) -> name.startsWith(BASELINE_PREFIX))
				.findFirst()
				.orElse(scenarios.get(0));
			scenarios.remove(baseline);
			scenarios.add(0, baseline);
			for (String scenario : scenarios) {
				out.append(row(table, scenario, baseline));
			}
		}
		return out.toString();
	}

	/** Which of Spring's filters the stack compares with. */
	private static String springFilter(Stack stack) {
		return (stack == Stack.REACTIVE) ? "Spring CorsWebFilter" : "Spring CorsFilter";
	}

	/**
	 * For benchmarks without a filter parameter: each scenario's own time and allocation.
	 */
	private String singleFilterTable(Table table) {
		StringBuilder out = new StringBuilder("| Scenario | ns/op | B/op |\n|---|---:|---:|\n");
		for (String scenario : distinct(Case::scenario, table)) {
			Measurement measurement = find(table, scenario, null);
			out.append("| ")
				.append(scenario)
				.append(" | ")
				.append(time(measurement))
				.append(" | ")
				.append(bytes(measurement))
				.append(" |\n");
		}
		return out.toString();
	}

	/**
	 * For benchmarks of the starter alone with one parameter (metrics on or off, an
	 * origin source's size, what allows the origin, a resolver's limits): one row per
	 * scenario, the parameter's values side by side, each compared with the first.
	 */
	private String pivotTable(Table table) {
		String name = distinct(Case::pivotName, table).get(0);
		List<String> values = distinct(Case::pivot, table);
		String first = values.get(0);
		StringBuilder out = new StringBuilder("| Scenario |");
		StringBuilder rule = new StringBuilder("|---|");
		for (String value : values) {
			out.append(' ').append(name).append('=').append(value).append(" ns/op | B/op |");
			rule.append("---:|---:|");
		}
		for (String value : values.subList(1, values.size())) {
			out.append(' ').append(value).append(" ÷ ").append(first).append(" time | bytes |");
			rule.append("---:|---:|");
		}
		out.append('\n').append(rule).append('\n');
		for (String scenario : distinct(Case::scenario, table)) {
			out.append("| ").append(scenario).append(" |");
			for (String value : values) {
				Measurement measurement = find(table, scenario, null, value);
				out.append(' ').append(time(measurement)).append(" | ").append(bytes(measurement)).append(" |");
			}
			Measurement baseline = find(table, scenario, null, first);
			for (String value : values.subList(1, values.size())) {
				Measurement measurement = find(table, scenario, null, value);
				out.append(' ')
					.append(Cells.ratio(measurement.nanos(), baseline.nanos(), "%.2f×"))
					.append(" | ")
					.append(Cells.ratio(measurement.bytes(), baseline.bytes(), "%.2f×"))
					.append(" |");
			}
			out.append('\n');
		}
		return out.toString();
	}

	private String row(Table table, String scenario, String baseline) {
		Measurement floor = find(table, scenario, FLOOR);
		Measurement starter = find(table, scenario, STARTER);
		Measurement spring = find(table, scenario, SPRING);
		return "| " + scenario + " | " + time(floor) + " | " + bytes(floor) + " | " + time(starter) + " | "
				+ bytes(starter) + " | " + time(spring) + " | " + bytes(spring) + " | "
				+ ratio(spring.nanos(), starter.nanos()) + " / "
				+ ratio(spring.nanos() - floor.nanos(), starter.nanos() - floor.nanos()) + " | "
				+ ratio(starter.bytes(), spring.bytes()) + " / "
				+ ratio(starter.bytes() - floor.bytes(), spring.bytes() - floor.bytes()) + " | "
				+ ratio(starter.nanos(), find(table, baseline, STARTER).nanos()) + " / "
				+ ratio(spring.nanos(), find(table, baseline, SPRING).nanos()) + " |\n";
	}

	private Measurement find(Table table, String scenario, String filter) {
		return find(table, scenario, filter, null);
	}

	private Measurement find(Table table, String scenario, String filter, String pivot) {
		Measurement measurement = this.measurements.entrySet()
			.stream()
			.filter((entry) -> table.holds(entry.getKey()) && entry.getKey().scenario().equals(scenario)
					&& Objects.equals(entry.getKey().filter(), filter) && Objects.equals(entry.getKey().pivot(), pivot))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		return (measurement != null) ? measurement : new Measurement(Double.NaN, Double.NaN, Double.NaN);
	}

	private <T> List<T> distinct(Function<Case, T> property, Table table) {
		Set<T> values = new LinkedHashSet<>();
		this.measurements.keySet()
			.stream()
			.filter((key) -> table == null || table.holds(key))
			.forEach((key) -> values.add(property.apply(key)));
		return new ArrayList<>(values);
	}

	private static String time(Measurement measurement) {
		if (Double.isNaN(measurement.error())) {
			return format("%.0f", measurement.nanos());
		}
		return format("%.0f ± %.0f", measurement.nanos(), measurement.error());
	}

	private static String bytes(Measurement measurement) {
		return format("%.0f", measurement.bytes());
	}

	private static String ratio(double numerator, double denominator) {
		return Cells.ratio(numerator, denominator, "%.1f×");
	}

	/** The cases of one table: one benchmark class on one stack. */
	private record Table(String benchmarkClass, Stack stack) {

		boolean holds(Case key) {
			return key.benchmarkClass().equals(this.benchmarkClass) && key.stack() == this.stack;
		}

	}

}
