package io.github.corsstarter.policy;

/**
 * The configuration keys of one policy's settings, so that every problem names the exact property to fix.
 *
 * @param prefix the policy's key prefix, for example {@code cors.policies.api}
 */
record PolicyKeys(String prefix) {

	String key(String setting) {
		return this.prefix + "." + setting;
	}

	String indexed(String setting, int index) {
		return key(setting) + "[" + index + "]";
	}

}
