package io.github.corsstarter.autoconfigure;

import java.util.List;

import io.github.corsstarter.policy.ConfigurationProblem;
import io.github.corsstarter.policy.CorsConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns an invalid CORS configuration into a startup report that lists every bad {@code cors.*} property, its value,
 * where it was set and why it is wrong, and says how to fix each.
 */
class CorsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<CorsConfigurationException> {

	private final PropertyOrigins origins;

	CorsConfigurationFailureAnalyzer(Environment environment) {
		this.origins = new PropertyOrigins(environment);
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorsConfigurationException cause) {
		List<ConfigurationProblem> problems = cause.getProblems();
		StringBuilder description = new StringBuilder("The CORS configuration has " + problems.size()
				+ ((problems.size() == 1) ? " problem:" : " problems:") + System.lineSeparator());
		StringBuilder action = new StringBuilder("Fix the cors.* properties:" + System.lineSeparator());
		for (ConfigurationProblem problem : problems) {
			description.append(System.lineSeparator())
				.append("    Property: ")
				.append(problem.property())
				.append(System.lineSeparator())
				.append("    Value: \"")
				.append(problem.value())
				.append('"')
				.append(System.lineSeparator());
			this.origins.describe(problem.property())
				.ifPresent((origin) -> description.append("    Origin: ").append(origin).append(System.lineSeparator()));
			description.append("    Reason: ").append(problem.reason()).append(System.lineSeparator());
			action.append("  - ").append(problem.property()).append(": ").append(problem.fix())
				.append(System.lineSeparator());
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}
