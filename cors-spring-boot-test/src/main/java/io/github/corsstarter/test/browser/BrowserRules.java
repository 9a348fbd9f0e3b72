package io.github.corsstarter.test.browser;

/**
 * Whose rules decide where browsers differ from each other. The two differ in one place
 * only, checked by the browser differential: whether {@code *} in
 * {@code Access-Control-Allow-Headers} covers {@code Authorization}.
 */
public enum BrowserRules {

	/**
	 * The Fetch Standard: {@code Authorization} is a
	 * <a href="https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name">CORS
	 * non-wildcard request-header name</a>, which {@code *} never covers. The strictest
	 * reading, and the default: what it allows, every browser allows.
	 */
	FETCH_STANDARD,

	/**
	 * Chromium as the browser differential finds it (Debian's Chromium 156): still lets
	 * {@code *} cover {@code Authorization}, otherwise the same as the standard.
	 */
	CHROMIUM;

	boolean wildcardCoversAuthorization() {
		return this == CHROMIUM;
	}

}
