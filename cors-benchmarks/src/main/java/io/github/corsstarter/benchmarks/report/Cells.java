package io.github.corsstarter.benchmarks.report;

import java.util.Locale;

/** How the tables write their numbers: fixed decimals, whatever the machine's locale. */
final class Cells {

	private Cells() {
	}

	/**
	 * A ratio in the given pattern ({@code %.2f×}), or {@code n/a} without a baseline.
	 */
	static String ratio(double numerator, double denominator, String pattern) {
		return (denominator > 0 && !Double.isNaN(numerator)) ? format(pattern, numerator / denominator) : "n/a";
	}

	static String format(String pattern, double... values) {
		Object[] boxed = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return String.format(Locale.ROOT, pattern, boxed);
	}

}
