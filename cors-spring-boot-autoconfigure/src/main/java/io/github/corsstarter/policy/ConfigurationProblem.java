package io.github.corsstarter.policy;

/**
 * One thing wrong (or risky) in the CORS configuration.
 *
 * @param property the configuration key, for example {@code cors.policies.api.allowed-origins[0]}
 * @param value the value as the user wrote it
 * @param reason why the value is wrong or risky
 * @param fix what to write instead
 */
public record ConfigurationProblem(String property, String value, String reason, String fix) {

	@Override
	public String toString() {
		return property + "='" + value + "': " + reason + "; " + fix;
	}

}
