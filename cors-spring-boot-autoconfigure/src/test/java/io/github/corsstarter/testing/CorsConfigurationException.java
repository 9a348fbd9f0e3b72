package io.github.corsstarter.testing;

import java.util.List;
import java.util.stream.Collectors;

import io.github.corsstarter.runtime.ConfigurationProblem;

/**
 * Thrown when a CORS configuration cannot be compiled; carries every problem found, not
 * just the first.
 */
public class CorsConfigurationException extends RuntimeException {

	private final transient List<ConfigurationProblem> problems;

	public CorsConfigurationException(List<ConfigurationProblem> problems) {
		super(problems.size() + " invalid CORS setting(s):"
				+ problems.stream()
					.map((problem) -> System.lineSeparator() + " - " + problem)
					.collect(Collectors.joining()));
		this.problems = List.copyOf(problems);
	}

	public List<ConfigurationProblem> getProblems() {
		return this.problems;
	}

}
