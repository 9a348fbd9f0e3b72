package io.github.corsstarter.policy;

import java.util.Locale;
import java.util.Set;

/**
 * The bits of HTTP and Fetch grammar that CORS configuration and requests are checked
 * against.
 */
final class HttpTokens {

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
	 * Fetch "forbidden method": browsers never send these, so allowing them only
	 * misleads.
	 */
	private static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

	/**
	 * Fetch "CORS-safelisted method": browsers never ask a preflight's permission for
	 * these.
	 */
	static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

	/**
	 * Fetch "forbidden request-header": scripts cannot set these, so browsers never list
	 * them in {@code Access-Control-Request-Headers}; allowing one is always a
	 * misunderstanding.
	 */
	private static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length", "cookie",
			"cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	/**
	 * Fetch "forbidden response-header name": never exposed to scripts, whatever the
	 * server says.
	 */
	private static final Set<String> FORBIDDEN_RESPONSE_HEADERS = Set.of("set-cookie", "set-cookie2");

	private HttpTokens() {
	}

	static boolean isTokenChar(char c) {
		return c < 128 && TCHAR[c];
	}

	static boolean isToken(String value) {
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

	static String normalizeMethod(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return NORMALIZED_METHODS.contains(upper) ? upper : method;
	}

	static boolean isForbiddenMethod(String method) {
		return FORBIDDEN_METHODS.contains(method.toUpperCase(Locale.ROOT));
	}

	static boolean isForbiddenRequestHeader(String lowerCaseName) {
		return FORBIDDEN_REQUEST_HEADERS.contains(lowerCaseName) || lowerCaseName.startsWith("proxy-")
				|| lowerCaseName.startsWith("sec-");
	}

	static boolean isForbiddenResponseHeader(String lowerCaseName) {
		return FORBIDDEN_RESPONSE_HEADERS.contains(lowerCaseName);
	}

	static boolean isCorsProtocolHeader(String lowerCaseName) {
		return lowerCaseName.startsWith("access-control-");
	}

	/**
	 * HTTP "optional whitespace": the only characters Fetch strips around list elements.
	 */
	static boolean isOptionalWhitespace(char c) {
		return c == ' ' || c == '\t';
	}

}
