package io.github.corsstarter.policy;

/**
 * The outcome of checking a preflight request against a policy.
 */
public enum PreflightVerdict {

	ALLOWED("allowed"),

	ORIGIN_NOT_ALLOWED("origin not allowed"),

	METHOD_NOT_ALLOWED("method not allowed"),

	HEADERS_NOT_ALLOWED("request headers not allowed"),

	/**
	 * The request header list is longer than any browser sends: refused before it is
	 * read.
	 */
	HEADERS_TOO_LONG("request header list too long");

	private final String phrase;

	PreflightVerdict(String phrase) {
		this.phrase = phrase;
	}

	/**
	 * A short phrase for the rejection body; details go to the DEBUG log, not to the
	 * client.
	 */
	public String phrase() {
		return this.phrase;
	}

}
