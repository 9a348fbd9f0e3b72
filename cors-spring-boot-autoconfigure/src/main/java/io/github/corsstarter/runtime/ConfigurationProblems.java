package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;

import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;

/**
 * Collects every error and warning found while compiling a configuration, so that a user
 * fixes all of them in one round instead of one per restart.
 */
public final class ConfigurationProblems {

	private final List<ConfigurationProblem> errors = new ArrayList<>();

	private final List<ConfigurationProblem> warnings = new ArrayList<>();

	public void error(ConfigurationProblem problem) {
		this.errors.add(problem);
	}

	public void warn(ConfigurationProblem problem) {
		this.warnings.add(problem);
	}

	public List<ConfigurationProblem> errors() {
		return List.copyOf(this.errors);
	}

	public List<ConfigurationProblem> warnings() {
		return List.copyOf(this.warnings);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** How many errors have been collected, to tell whether a step added any. */
	public int errorCount() {
		return this.errors.size();
	}

	/** The error collected last: what a check that just failed reported. */
	ConfigurationProblem lastError() {
		return this.errors.get(this.errors.size() - 1);
	}

	/** How many warnings have been collected, to tell whether a step added any. */
	public int warningCount() {
		return this.warnings.size();
	}

	/** The problems of one policy, reported without repeating its name. */
	public PolicyProblems of(String policy) {
		return new PolicyProblems(policy, this);
	}

	/** The problems of one policy, reported against its settings. */
	public record PolicyProblems(String policy, ConfigurationProblems all) {

		public void error(Kind kind, PolicySetting setting, int index, Object value, String reason, String fix) {
			this.all
				.error(new ConfigurationProblem(kind, this.policy, setting, index, String.valueOf(value), reason, fix));
		}

		public void warn(Kind kind, PolicySetting setting, int index, Object value, String reason, String fix) {
			this.all
				.warn(new ConfigurationProblem(kind, this.policy, setting, index, String.valueOf(value), reason, fix));
		}

	}

}
