package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every error and warning found while compiling a configuration, so that a user fixes all of them in one
 * round instead of one per restart.
 */
public final class ConfigurationProblems {

	private final List<ConfigurationProblem> errors = new ArrayList<>();

	private final List<ConfigurationProblem> warnings = new ArrayList<>();

	public void error(String property, Object value, String reason, String fix) {
		this.errors.add(new ConfigurationProblem(property, String.valueOf(value), reason, fix));
	}

	public void warn(String property, Object value, String reason, String fix) {
		this.warnings.add(new ConfigurationProblem(property, String.valueOf(value), reason, fix));
	}

	public List<ConfigurationProblem> errors() {
		return List.copyOf(this.errors);
	}

	public List<ConfigurationProblem> warnings() {
		return List.copyOf(this.warnings);
	}

	/**
	 * Fails with every error collected so far, if there is any.
	 * @throws CorsConfigurationException listing all errors
	 */
	public void throwIfAnyError() {
		if (!this.errors.isEmpty()) {
			throw new CorsConfigurationException(errors());
		}
	}

}
