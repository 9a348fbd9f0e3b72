package io.github.corsstarter.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at startup when the {@code cors.*} properties cannot be compiled; carries every
 * problem found, and the report the failure analyzer prints.
 */
public final class InvalidCorsConfigurationException extends RuntimeException {

	private final transient CorsConfigurationReport report;

	InvalidCorsConfigurationException(List<PropertyProblem> problems) {
		this(new CorsConfigurationReport(List.copyOf(problems)));
	}

	/**
	 * The message only names the properties: Spring logs it in a WARN when the context
	 * fails, and the failure analyzer prints the report itself, so it appears once.
	 */
	private InvalidCorsConfigurationException(CorsConfigurationReport report) {
		super("The CORS configuration has " + report.problems().size()
				+ ((report.problems().size() == 1) ? " problem" : " problems") + " ("
				+ report.problems().stream().map(PropertyProblem::property).collect(Collectors.joining(", "))
				+ "); the startup failure report describes each, with its fix");
		this.report = report;
	}

	/**
	 * Each problem: property, value as written, where it was set, and why it is wrong.
	 */
	public String description() {
		return this.report.description();
	}

	/** What to write instead, property by property. */
	public String action() {
		return this.report.action();
	}

	/** Every problem, unknown keys and invalid values together. */
	public List<PropertyProblem> problems() {
		return this.report.problems();
	}

}
