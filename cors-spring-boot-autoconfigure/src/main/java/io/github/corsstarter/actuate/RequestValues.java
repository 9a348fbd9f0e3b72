package io.github.corsstarter.actuate;

import org.jspecify.annotations.Nullable;

/**
 * Request data made safe to show: capped in length and with control and non-ASCII
 * characters escaped, so that a hostile {@code Origin} can neither flood the view nor
 * forge lines in what displays it.
 */
final class RequestValues {

	static final int MAX_LENGTH = 200;

	private RequestValues() {
	}

	static @Nullable String shown(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 16);
		int length = Math.min(value.length(), MAX_LENGTH);
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c >= 0x7f) {
				shown.append(String.format("\\u%04x", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		if (value.length() > MAX_LENGTH) {
			shown.append("... (").append(value.length() - MAX_LENGTH).append(" more characters)");
		}
		return shown.toString();
	}

}
