package io.github.corsstarter.runtime;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one reload of the {@code cors.*} configuration.
 *
 * @param time when the reload ran
 * @param outcome whether the new configuration is in force
 * @param changes what changed, one line per policy, when applied
 * @param problems why the new configuration was rejected (the same report a failed
 * startup prints)
 * @param restartRequired settings that changed but take effect only after a restart
 */
public record ReloadResult(Instant time, Outcome outcome, List<String> changes, List<PropertyProblem> problems,
		List<String> restartRequired) {

	/** What a reload did. */
	public enum Outcome {

		/** The new configuration is in force. */
		APPLIED,

		/** The configuration compiled to what was already in force. */
		UNCHANGED,

		/** The new configuration is invalid; the previous one stays in force. */
		REJECTED

	}

}
