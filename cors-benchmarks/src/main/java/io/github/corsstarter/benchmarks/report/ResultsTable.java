package io.github.corsstarter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Prints one Markdown table per benchmark class from a JMH CSV result file. Each row is
 * one scenario with every filter's time and allocation, then the ratios the issue's
 * targets are stated in, both on the totals and net of the pass-through floor (the mock
 * request and response, which every filter pays for alike). The first row is the table's
 * plain allowed preflight (one origin, one policy); the last column compares every row's
 * time with it, which is how the hostile preflight and the growth with origins and
 * policies are judged.
 * <p>
 * The reactive benchmarks ({@code ReactiveRequestKindBenchmark},
 * {@code ReactiveConfigurationSizeBenchmark}) get tables of their own in the same format,
 * their filters having the same parameter values, with Spring's {@code CorsWebFilter} in
 * place of its {@code CorsFilter}. Each follows its servlet twin, so the two stacks'
 * figures can be read side by side. Their floor is the mock exchange, far higher than the
 * servlet mocks': across the stacks, compare the ratios net of the floor and the bytes,
 * not the times.
 * <p>
 * Usage:
 * {@code java -cp benchmarks.jar io.github.corsstarter.benchmarks.report.ResultsTable result.csv}
 */
public final class ResultsTable {

	private static final String STARTER = "STARTER";

	private static final String SPRING = "SPRING";

	private static final String FLOOR = "PASS_THROUGH";

	/**
	 * How the WebFlux twin of a servlet benchmark class is named
	 * ({@code ReactiveRequestKindBenchmark}).
	 */
	private static final String REACTIVE_PREFIX = "Reactive";

	/**
	 * The scenario every other row of its table is compared with: the first allowed
	 * preflight JMH ran.
	 */
	private static final String BASELINE_PREFIX = "allowedPreflight";

	private final Map<Case, Measurement> measurements;

	private ResultsTable(Map<Case, Measurement> measurements) {
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
		List<String> benchmarkClasses = distinct(Case::benchmarkClass, null);
		benchmarkClasses.sort(Comparator.comparing(ResultsTable::servletTwin)
			.thenComparing((benchmarkClass) -> benchmarkClass.startsWith(REACTIVE_PREFIX)));
		for (String benchmarkClass : benchmarkClasses) {
			out.append("\n").append(benchmarkClass).append("\n\n");
			if (distinct(Case::filter, benchmarkClass).contains(null)) {
				out.append(singleFilterTable(benchmarkClass));
				continue;
			}
			out.append("| Scenario | pass-through ns/op | B/op | starter ns/op | B/op | " + springFilter(benchmarkClass)
					+ " ns/op | B/op | Spring ÷ starter time (total / net of floor) "
					+ "| starter ÷ Spring bytes (total / net) | time ÷ row 1 (starter / Spring) |\n");
			out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			List<String> scenarios = distinct(Case::scenario, benchmarkClass);
			String baseline = scenarios.stream()
				.filter((name) -> name.startsWith(BASELINE_PREFIX))
				.findFirst()
				.orElse(scenarios.get(0));
			scenarios.remove(baseline);
			scenarios.add(0, baseline);
			for (String scenario : scenarios) {
				out.append(row(benchmarkClass, scenario, baseline));
			}
		}
		return out.toString();
	}

	/** The servlet benchmark class a reactive one mirrors, or the class itself. */
	private static String servletTwin(String benchmarkClass) {
		return benchmarkClass.startsWith(REACTIVE_PREFIX) ? benchmarkClass.substring(REACTIVE_PREFIX.length())
				: benchmarkClass;
	}

	/**
	 * Which of Spring's filters the class compares with: the reactive benchmarks' names
	 * say they are reactive.
	 */
	private static String springFilter(String benchmarkClass) {
		return benchmarkClass.startsWith(REACTIVE_PREFIX) ? "Spring CorsWebFilter" : "Spring CorsFilter";
	}

	/**
	 * For benchmarks without a filter parameter: each scenario's own time and allocation.
	 */
	private String singleFilterTable(String benchmarkClass) {
		StringBuilder out = new StringBuilder("| Scenario | ns/op | B/op |\n|---|---:|---:|\n");
		for (String scenario : distinct(Case::scenario, benchmarkClass)) {
			Measurement measurement = find(benchmarkClass, scenario, null);
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

	private String row(String benchmarkClass, String scenario, String baseline) {
		Measurement floor = find(benchmarkClass, scenario, FLOOR);
		Measurement starter = find(benchmarkClass, scenario, STARTER);
		Measurement spring = find(benchmarkClass, scenario, SPRING);
		return "| " + scenario + " | " + time(floor) + " | " + bytes(floor) + " | " + time(starter) + " | "
				+ bytes(starter) + " | " + time(spring) + " | " + bytes(spring) + " | "
				+ ratio(spring.nanos(), starter.nanos()) + " / "
				+ ratio(spring.nanos() - floor.nanos(), starter.nanos() - floor.nanos()) + " | "
				+ ratio(starter.bytes(), spring.bytes()) + " / "
				+ ratio(starter.bytes() - floor.bytes(), spring.bytes() - floor.bytes()) + " | "
				+ ratio(starter.nanos(), find(benchmarkClass, baseline, STARTER).nanos()) + " / "
				+ ratio(spring.nanos(), find(benchmarkClass, baseline, SPRING).nanos()) + " |\n";
	}

	private Measurement find(String benchmarkClass, String scenario, String filter) {
		Measurement measurement = this.measurements.get(new Case(scenario, benchmarkClass, filter));
		return (measurement != null) ? measurement : new Measurement(Double.NaN, Double.NaN, Double.NaN);
	}

	private List<String> distinct(Function<Case, String> property, String benchmarkClass) {
		Set<String> values = new LinkedHashSet<>();
		this.measurements.keySet()
			.stream()
			.filter((key) -> benchmarkClass == null || key.benchmarkClass().equals(benchmarkClass))
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
		return (denominator > 0 && !Double.isNaN(numerator)) ? format("%.1f×", numerator / denominator) : "n/a";
	}

	private static String format(String pattern, double... values) {
		Object[] boxed = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return String.format(Locale.ROOT, pattern, boxed);
	}

}
