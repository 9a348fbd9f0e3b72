package io.github.corsstarter.test.browser;

import java.util.Objects;

/**
 * One header field line, name as written.
 *
 * @param name the field name
 * @param value the field value
 */
public record Header(String name, String value) {

	public Header {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}

	/**
	 * Whether this header has the given name, compared case-insensitively as HTTP does.
	 * @param other the name to compare with
	 * @return whether the names match
	 */
	public boolean hasName(String other) {
		return this.name.equalsIgnoreCase(other);
	}

	@Override
	public String toString() {
		return this.name + ": " + this.value;
	}

}
