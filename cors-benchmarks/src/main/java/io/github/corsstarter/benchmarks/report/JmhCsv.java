package io.github.corsstarter.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's {@code -rf csv} output: one row per benchmark and parameter set, plus one
 * row per secondary result ({@code -prof gc}'s {@code gc.alloc.rate.norm} among them),
 * named {@code benchmark:result}.
 */
final class JmhCsv {

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private JmhCsv() {
	}

	/** The measurements by case, in the order JMH ran them. */
	static Map<Case, Measurement> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		if (lines.isEmpty()) {
			// JMH writes the file only when the run ends: an empty one is a run cut off.
			throw new IOException(file + " is empty: its JMH run did not finish; run it again");
		}
		List<String> header = fields(lines.get(0));
		Map<Case, Double> nanos = new LinkedHashMap<>();
		Map<Case, Double> errors = new HashMap<>();
		Map<Case, Double> bytes = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> row = fields(line);
			String benchmark = row.get(header.indexOf("Benchmark"));
			double score = number(row.get(header.indexOf("Score")));
			int secondary = benchmark.indexOf(':');
			Case key = Case.of((secondary < 0) ? benchmark : benchmark.substring(0, secondary), params(header, row));
			if (secondary < 0) {
				nanos.put(key, score);
				errors.put(key, number(row.get(header.indexOf("Score Error (99.9%)"))));
			}
			else if (benchmark.endsWith(ALLOCATION)) {
				bytes.put(key, score);
			}
		}
		Map<Case, Measurement> measurements = new LinkedHashMap<>();
		nanos.forEach((key, value) -> measurements.put(key,
				new Measurement(value, errors.get(key), bytes.getOrDefault(key, Double.NaN))));
		return measurements;
	}

	private static Map<String, String> params(List<String> header, List<String> row) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < header.size() && i < row.size(); i++) {
			if (header.get(i).startsWith("Param: ")) {
				params.put(header.get(i).substring("Param: ".length()), row.get(i));
			}
		}
		return params;
	}

	private static double number(String text) {
		return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
	}

	/** Splits one CSV line; JMH quotes strings and never puts a quote inside one. */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
