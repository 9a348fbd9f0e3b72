package io.github.corsstarter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks, before an A/B spends its minutes, that the report tools pair an old jar's
 * results with a new one's: the same runs written as a jar with {@code Reactive*} twin
 * classes writes them ({@link #OLD}) and as one with a {@code stack} parameter writes
 * them ({@link #NEW}) must give the same cases, one per measured row (servlet and WebFlux
 * never merged), an A/B table with both sides on every row, and the same result tables.
 * Prints what is wrong and exits 1; prints one line and exits 0 otherwise.
 * <p>
 * Usage:
 * {@code java -cp benchmarks.jar io.github.corsstarter.benchmarks.report.PairingCheck}
 */
public final class PairingCheck {

	/**
	 * JMH 1.37's CSV of a jar with twin classes ({@code -prof gc}, the rows it adds but
	 * {@code gc.alloc.rate.norm} left out): every scenario shape the report reads, on
	 * both stacks where both exist.
	 */
	static final String OLD = """
			"Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: filter","Param: size","Param: metrics","Param: sourceOrigins"
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight","avgt",1,5,1100.0,10.0,"ns/op",STARTER,ORIGINS_100,,
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,4792.0,1.0,"B/op",STARTER,ORIGINS_100,,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet","avgt",1,5,650.0,5.0,"ns/op",,,ON,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,3728.0,1.0,"B/op",,,ON,
			"io.github.corsstarter.benchmarks.OriginSourceBenchmark.allowedPreflight","avgt",1,5,1150.0,8.0,"ns/op",,,,100000
			"io.github.corsstarter.benchmarks.OriginSourceBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,4792.0,1.0,"B/op",,,,100000
			"io.github.corsstarter.benchmarks.ReactiveConfigurationSizeBenchmark.allowedPreflight","avgt",1,5,3300.0,20.0,"ns/op",STARTER,ORIGINS_100,,
			"io.github.corsstarter.benchmarks.ReactiveConfigurationSizeBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,7712.0,1.0,"B/op",STARTER,ORIGINS_100,,
			"io.github.corsstarter.benchmarks.ReactiveMetricsBenchmark.allowedGet","avgt",1,5,3100.0,30.0,"ns/op",,,ON,
			"io.github.corsstarter.benchmarks.ReactiveMetricsBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,8136.0,1.0,"B/op",,,ON,
			"io.github.corsstarter.benchmarks.ReactiveRequestKindBenchmark.allowedGet","avgt",1,5,2600.0,40.0,"ns/op",PASS_THROUGH,,,
			"io.github.corsstarter.benchmarks.ReactiveRequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,5456.0,1.0,"B/op",PASS_THROUGH,,,
			"io.github.corsstarter.benchmarks.ReactiveRequestKindBenchmark.allowedGet","avgt",1,5,2611.0,40.0,"ns/op",STARTER,,,
			"io.github.corsstarter.benchmarks.ReactiveRequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,6744.0,1.0,"B/op",STARTER,,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,366.0,5.0,"ns/op",PASS_THROUGH,,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,2376.0,1.0,"B/op",PASS_THROUGH,,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,670.0,8.0,"ns/op",STARTER,,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,3728.0,1.0,"B/op",STARTER,,,
			""";

	/**
	 * The same measurements as a jar with a {@code stack} parameter writes them: one
	 * class per scenario, its stack a parameter, in JMH's order.
	 */
	static final String NEW = """
			"Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: filter","Param: size","Param: stack","Param: metrics","Param: sourceOrigins"
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight","avgt",1,5,1100.0,10.0,"ns/op",STARTER,ORIGINS_100,SERVLET,,
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,4792.0,1.0,"B/op",STARTER,ORIGINS_100,SERVLET,,
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight","avgt",1,5,3300.0,20.0,"ns/op",STARTER,ORIGINS_100,REACTIVE,,
			"io.github.corsstarter.benchmarks.ConfigurationSizeBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,7712.0,1.0,"B/op",STARTER,ORIGINS_100,REACTIVE,,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet","avgt",1,5,650.0,5.0,"ns/op",,,SERVLET,ON,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,3728.0,1.0,"B/op",,,SERVLET,ON,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet","avgt",1,5,3100.0,30.0,"ns/op",,,REACTIVE,ON,
			"io.github.corsstarter.benchmarks.MetricsBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,8136.0,1.0,"B/op",,,REACTIVE,ON,
			"io.github.corsstarter.benchmarks.OriginSourceBenchmark.allowedPreflight","avgt",1,5,1150.0,8.0,"ns/op",,,,,100000
			"io.github.corsstarter.benchmarks.OriginSourceBenchmark.allowedPreflight:gc.alloc.rate.norm","avgt",1,5,4792.0,1.0,"B/op",,,,,100000
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,366.0,5.0,"ns/op",PASS_THROUGH,,SERVLET,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,2376.0,1.0,"B/op",PASS_THROUGH,,SERVLET,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,670.0,8.0,"ns/op",STARTER,,SERVLET,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,3728.0,1.0,"B/op",STARTER,,SERVLET,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,2600.0,40.0,"ns/op",PASS_THROUGH,,REACTIVE,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,5456.0,1.0,"B/op",PASS_THROUGH,,REACTIVE,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet","avgt",1,5,2611.0,40.0,"ns/op",STARTER,,REACTIVE,,
			"io.github.corsstarter.benchmarks.RequestKindBenchmark.allowedGet:gc.alloc.rate.norm","avgt",1,5,6744.0,1.0,"B/op",STARTER,,REACTIVE,,
			""";

	/**
	 * The rows the A/B table must have, each with one run of each side and a ratio of 1.
	 */
	private static final List<String> AB_ROWS = List.of(
			"| ConfigurationSizeBenchmark | SERVLET | allowedPreflight ORIGINS_100 STARTER | 1100 (1100–1100) | 1100 (1100–1100) | 1.00× | 4792 | 4792 | 1 + 1 |",
			"| ConfigurationSizeBenchmark | REACTIVE | allowedPreflight ORIGINS_100 STARTER | 3300 (3300–3300) | 3300 (3300–3300) | 1.00× | 7712 | 7712 | 1 + 1 |",
			"| MetricsBenchmark | SERVLET | allowedGet ON | 650 (650–650) | 650 (650–650) | 1.00× | 3728 | 3728 | 1 + 1 |",
			"| MetricsBenchmark | REACTIVE | allowedGet ON | 3100 (3100–3100) | 3100 (3100–3100) | 1.00× | 8136 | 8136 | 1 + 1 |",
			"| OriginSourceBenchmark | SERVLET | allowedPreflight 100000 | 1150 (1150–1150) | 1150 (1150–1150) | 1.00× | 4792 | 4792 | 1 + 1 |",
			"| RequestKindBenchmark | SERVLET | allowedGet PASS_THROUGH | 366 (366–366) | 366 (366–366) | 1.00× | 2376 | 2376 | 1 + 1 |",
			"| RequestKindBenchmark | SERVLET | allowedGet STARTER | 670 (670–670) | 670 (670–670) | 1.00× | 3728 | 3728 | 1 + 1 |",
			"| RequestKindBenchmark | REACTIVE | allowedGet PASS_THROUGH | 2600 (2600–2600) | 2600 (2600–2600) | 1.00× | 5456 | 5456 | 1 + 1 |",
			"| RequestKindBenchmark | REACTIVE | allowedGet STARTER | 2611 (2611–2611) | 2611 (2611–2611) | 1.00× | 6744 | 6744 | 1 + 1 |");

	private PairingCheck() {
	}

	public static void main(String[] args) throws IOException {
		List<String> failures = check();
		failures.forEach((failure) -> System.err.println("PAIRING: " + failure));
		if (!failures.isEmpty()) {
			System.exit(1);
		}
		System.out.println("PairingCheck: old (Reactive* classes) and new (stack parameter) results pair up");
	}

	static List<String> check() throws IOException {
		List<String> failures = new ArrayList<>();
		Path directory = Files.createTempDirectory("pairing-check");
		try {
			Path old = Files.writeString(directory.resolve("old.csv"), OLD);
			Path updated = Files.writeString(directory.resolve("new.csv"), NEW);
			Set<Case> oldCases = JmhCsv.read(old).keySet();
			Set<Case> newCases = JmhCsv.read(updated).keySet();
			if (oldCases.size() != AB_ROWS.size()) {
				failures.add(AB_ROWS.size() + " measured rows in the old CSV gave " + oldCases.size()
						+ " distinct cases: " + oldCases);
			}
			if (!oldCases.equals(newCases)) {
				failures.add("old cases " + oldCases + " are not the new ones " + newCases);
			}
			List<String> table = AbTable.markdown(List.of("old=" + old, "new=" + updated)).lines().toList();
			List<String> rows = table.subList(Math.min(2, table.size()), table.size());
			if (!rows.equals(AB_ROWS)) {
				failures.add("A/B table rows are\n" + String.join("\n", rows) + "\ninstead of\n"
						+ String.join("\n", AB_ROWS));
			}
			String oldTables = new ResultsTable(JmhCsv.read(old)).markdown();
			String newTables = new ResultsTable(JmhCsv.read(updated)).markdown();
			if (!oldTables.equals(newTables)) {
				failures.add("result tables differ:\n" + oldTables + "\nagainst\n" + newTables);
			}
		}
		finally {
			try (var files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(directory);
		}
		return failures;
	}

}
