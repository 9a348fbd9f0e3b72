package io.github.corsstarter.policy;

import java.util.Locale;
import java.util.Set;

/**
 * The bits of HTTP and Fetch grammar that CORS configuration and requests are checked
 * against.
 */
public final class HttpTokens {

	/** RFC 9110 section 5.6.2: {@code tchar}, indexed by ASCII code. */
	private static final boolean[] TCHAR = new boolean[128];

	static {
		for (char c = '0'; c <= '9'; c++) {
			TCHAR[c] = true;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			TCHAR[c] = true;
			TCHAR[Character.toUpperCase(c)] = true;
		}
		for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
			TCHAR[c] = true;
		}
	}

	/**
	 * Fetch "normalize a method": only these are upper-cased, every other method is
	 * case-sensitive.
	 */
	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	/**
	 * Fetch "CORS-safelisted method": browsers never ask a preflight's permission for
	 * these.
	 */
	static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

	private HttpTokens() {
	}

	static boolean isTokenChar(char c) {
		return c < 128 && TCHAR[c];
	}

	public static boolean isToken(String value) {
		if (value.isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (!isTokenChar(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public static String normalizeMethod(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return NORMALIZED_METHODS.contains(upper) ? upper : method;
	}

	/**
	 * HTTP "optional whitespace": the only characters Fetch strips around list elements.
	 */
	static boolean isOptionalWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

}
