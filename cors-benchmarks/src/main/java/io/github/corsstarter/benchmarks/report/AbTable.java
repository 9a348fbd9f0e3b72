package io.github.corsstarter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.corsstarter.benchmarks.report.Cells.format;

/**
 * The A/B table of {@code run-ab.sh}: JMH CSV files of the same benchmarks, each labelled
 * {@code old} or {@code new} (one file per run), as one Markdown table with one row per
 * case: the median, lowest and highest time of each side's runs, the ratio of the
 * medians, and each side's median allocation. Rows are in benchmark class and stack
 * order; the scenario names the filter last. A case is paired across jars by
 * {@link Case}, so an old jar's {@code ReactiveRequestKindBenchmark} lines up with a new
 * jar's {@code RequestKindBenchmark} on {@code stack=REACTIVE}; a case one side lacks
 * reads {@code n/a} there.
 * <p>
 * Usage:
 * {@code java -cp benchmarks.jar io.github.corsstarter.benchmarks.report.AbTable old=a.csv new=b.csv old=c.csv ...}
 */
public final class AbTable {

	private AbTable() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: AbTable <label>=<jmh-result.csv>...   (labels: two of them, e.g. old and new)");
			System.exit(2);
		}
		try {
			System.out.print(markdown(List.of(args)));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
		}
	}

	/**
	 * The table of the given {@code label=file} arguments.
	 * @throws IllegalArgumentException unless there are exactly two labels
	 */
	static String markdown(List<String> labelledFiles) throws IOException {
		List<String> labels = new ArrayList<>();
		Map<Case, Map<String, List<Measurement>>> runs = new LinkedHashMap<>();
		for (String arg : labelledFiles) {
			int equals = arg.indexOf('=');
			String label = arg.substring(0, equals);
			if (!labels.contains(label)) {
				labels.add(label);
			}
			JmhCsv.read(Path.of(arg.substring(equals + 1)))
				.forEach((key, measurement) -> runs.computeIfAbsent(key, (k) -> new LinkedHashMap<>())
					.computeIfAbsent(label, (l) -> new ArrayList<>())
					.add(measurement));
		}
		if (labels.size() != 2) {
			throw new IllegalArgumentException("AbTable compares two labels, got " + labels);
		}
		String a = labels.get(0);
		String b = labels.get(1);
		StringBuilder out = new StringBuilder();
		out.append("| Benchmark | Stack | Scenario | ")
			.append(a)
			.append(" ns/op, median (min–max) | ")
			.append(b)
			.append(" ns/op, median (min–max) | ")
			.append(b)
			.append(" ÷ ")
			.append(a)
			.append(" | ")
			.append(a)
			.append(" B/op | ")
			.append(b)
			.append(" B/op | runs |\n");
		out.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
		List<Case> cases = new ArrayList<>(runs.keySet());
		cases.sort(Comparator.comparing(Case::benchmarkClass).thenComparing(Case::stack));
		for (Case key : cases) {
			Map<String, List<Measurement>> byLabel = runs.get(key);
			List<Measurement> first = byLabel.getOrDefault(a, List.of());
			List<Measurement> second = byLabel.getOrDefault(b, List.of());
			String scenario = key.scenario() + ((key.pivot() != null) ? " " + key.pivot() : "")
					+ ((key.filter() != null) ? " " + key.filter() : "");
			out.append("| ")
				.append(key.benchmarkClass())
				.append(" | ")
				.append(key.stack())
				.append(" | ")
				.append(scenario)
				.append(" | ")
				.append(spread(first))
				.append(" | ")
				.append(spread(second))
				.append(" | ")
				.append(Cells.ratio(median(second, true), median(first, true), "%.2f×"))
				.append(" | ")
				.append(format("%.0f", median(first, false)))
				.append(" | ")
				.append(format("%.0f", median(second, false)))
				.append(" | ")
				.append(first.size())
				.append(" + ")
				.append(second.size())
				.append(" |\n");
		}
		return out.toString();
	}

	private static String spread(List<Measurement> measurements) {
		if (measurements.isEmpty()) {
			return "n/a";
		}
		double min = measurements.stream().mapToDouble(Measurement::nanos).min().getAsDouble();
		double max = measurements.stream().mapToDouble(Measurement::nanos).max().getAsDouble();
		return format("%.0f (%.0f–%.0f)", median(measurements, true), min, max);
	}

	private static double median(List<Measurement> measurements, boolean nanos) {
		double[] values = measurements.stream()
			.mapToDouble(nanos ? Measurement::nanos : Measurement::bytes)
			.sorted()
			.toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
