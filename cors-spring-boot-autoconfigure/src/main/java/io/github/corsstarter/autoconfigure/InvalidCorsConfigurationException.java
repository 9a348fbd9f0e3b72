package io.github.corsstarter.autoconfigure;

import java.util.List;

/**
 * Thrown at startup when the {@code cors.*} properties cannot be compiled; carries every
 * problem found.
 */
class InvalidCorsConfigurationException extends RuntimeException {

	private final transient CorsConfigurationReport report;

	InvalidCorsConfigurationException(List<PropertyProblem> problems) {
		this(new CorsConfigurationReport(List.copyOf(problems)));
	}

	private InvalidCorsConfigurationException(CorsConfigurationReport report) {
		super(report.toString());
		this.report = report;
	}

	CorsConfigurationReport getReport() {
		return this.report;
	}

}
