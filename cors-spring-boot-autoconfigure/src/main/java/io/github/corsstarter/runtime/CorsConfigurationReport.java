package io.github.corsstarter.runtime;

import java.util.List;

/**
 * The text of a failed CORS configuration: what a failed startup prints (through the
 * failure analyzer) and what a rejected reload logs, identically.
 *
 * @param problems every problem, unknown keys and invalid values together
 */
record CorsConfigurationReport(List<PropertyProblem> problems) {

	/**
	 * Each problem: property, value as written, where it was set, and why it is wrong.
	 */
	String description() {
		StringBuilder description = new StringBuilder("The CORS configuration has " + this.problems.size()
				+ ((this.problems.size() == 1) ? " problem:" : " problems:") + System.lineSeparator());
		this.problems.forEach((problem) -> problem.describeTo(description));
		return description.toString();
	}

	/** What to write instead, property by property. */
	String action() {
		StringBuilder action = new StringBuilder("Fix the cors.* properties:" + System.lineSeparator());
		this.problems.forEach((problem) -> action.append("  - ")
			.append(problem.property())
			.append(": ")
			.append(problem.fix())
			.append(System.lineSeparator()));
		return action.toString();
	}

	@Override
	public String toString() {
		return description() + System.lineSeparator() + action();
	}

}
