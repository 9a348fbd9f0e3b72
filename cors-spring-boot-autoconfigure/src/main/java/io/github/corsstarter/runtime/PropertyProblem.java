package io.github.corsstarter.runtime;

import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * A problem with one {@code cors.*} property, as the failure report, the reload log and
 * the Actuator view show it.
 *
 * @param kind what kind of mistake or risk it is
 * @param property the full property key, for example
 * {@code cors.policies.api.allowed-origins[0]}
 * @param value the value as the user wrote it
 * @param origin where the value was set (a file and line, an environment variable...), if
 * known
 * @param reason why the value is wrong or risky
 * @param fix what to write instead
 */
public record PropertyProblem(Kind kind, String property, String value, @Nullable String origin, String reason,
		String fix) {

	/** A problem with a property as it was set: its key, raw value and origin. */
	static PropertyProblem of(Kind kind, ConfigurationProperty property, String reason, String fix) {
		return new PropertyProblem(kind, property.getName().toString(), String.valueOf(property.getValue()),
				originOf(property), reason, fix);
	}

	/** Where a property was set, if known. */
	static @Nullable String originOf(ConfigurationProperty property) {
		return (property.getOrigin() != null) ? property.getOrigin().toString() : null;
	}

	/** The problem as report lines: property, value, origin, reason. */
	void describeTo(StringBuilder report) {
		String nl = System.lineSeparator();
		report.append(nl).append("    Property: ").append(this.property).append(nl);
		report.append("    Value: \"").append(this.value).append('"').append(nl);
		if (this.origin != null) {
			report.append("    Origin: ").append(this.origin).append(nl);
		}
		report.append("    Reason: ").append(this.reason).append(nl);
	}

	@Override
	public String toString() {
		return this.property + "='" + this.value + "'" + ((this.origin != null) ? " (" + this.origin + ")" : "") + ": "
				+ this.reason + "; " + this.fix;
	}

}
