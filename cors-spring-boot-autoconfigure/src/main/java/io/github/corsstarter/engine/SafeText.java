package io.github.corsstarter.engine;

/**
 * Text from a request made safe to log or show: capped in length, with every control
 * character (C0, DEL and C1, U+0080 to U+009F, which some terminals and log viewers obey)
 * and every other non-ASCII character escaped as a backslash, u and four hexadecimal
 * digits, so that a hostile {@code Origin} can neither flood a log nor forge lines in it.
 */
public final class SafeText {

	private SafeText() {
	}

	/**
	 * The text with its controls and non-ASCII characters escaped, cut after
	 * {@code maxLength} characters with a note of how many more there were.
	 */
	public static String escaped(String text, int maxLength) {
		int length = Math.min(text.length(), maxLength);
		StringBuilder escaped = new StringBuilder(length + 16);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c >= 0x7f) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		if (text.length() > maxLength) {
			escaped.append("... (").append(text.length() - maxLength).append(" more characters)");
		}
		return escaped.toString();
	}

}
