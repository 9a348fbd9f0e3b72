package io.github.corsstarter.policy;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A policy's allowed request headers (Fetch, "CORS-preflight fetch"): checks a
 * preflight's {@code Access-Control-Request-Headers} list and computes the
 * {@code Access-Control-Allow-Headers} value. Immutable.
 */
final class AllowedHeaders {

	private static final String WILDCARD = "*";

	private final boolean any;

	private final HeaderNameSet names;

	/** The configured names joined, or {@code null} for {@code *} or none. */
	private final @Nullable String value;

	AllowedHeaders(Set<String> headers) {
		this.any = headers.contains(WILDCARD);
		this.names = new HeaderNameSet(headers);
		this.value = (this.any || headers.isEmpty()) ? null : String.join(", ", headers);
	}

	/**
	 * Finds the first header of a request header list that this policy does not allow.
	 * The list is split on commas and each item stripped of spaces and tabs (Fetch, "get,
	 * decode, and split"); empty items are skipped.
	 * @return the offending item, or {@code null} if every item is allowed
	 */
	@Nullable String firstDisallowed(@Nullable String requestHeaders) {
		if (requestHeaders == null) {
			return null;
		}
		int length = requestHeaders.length();
		int start = 0;
		while (start <= length) {
			int end = requestHeaders.indexOf(',', start);
			if (end < 0) {
				end = length;
			}
			int from = start;
			int to = end;
			while (from < to && HttpTokens.isOptionalWhitespace(requestHeaders.charAt(from))) {
				from++;
			}
			while (to > from && HttpTokens.isOptionalWhitespace(requestHeaders.charAt(to - 1))) {
				to--;
			}
			if (from < to && !allowsHeader(requestHeaders, from, to)) {
				return requestHeaders.substring(from, to);
			}
			start = end + 1;
		}
		return null;
	}

	private boolean allowsHeader(String list, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!HttpTokens.isTokenChar(list.charAt(i))) {
				return false;
			}
		}
		return this.any || this.names.contains(list, from, to);
	}

	/**
	 * The {@code Access-Control-Allow-Headers} value, or {@code null} for none: the
	 * configured names, or with {@code *} the requested list echoed, since Fetch's
	 * literal {@code *} never covers {@code Authorization} and means nothing on
	 * credentialed requests.
	 */
	@Nullable String allowHeaders(String requestedHeaders) {
		if (!this.any) {
			return this.value;
		}
		return (requestedHeaders == null || requestedHeaders.isBlank()) ? null : requestedHeaders.strip();
	}

	/** What is allowed, for explanations: {@code *}, the names, or {@code none}. */
	String describe() {
		if (this.any) {
			return WILDCARD;
		}
		return (this.value != null) ? this.value : "none";
	}

}
