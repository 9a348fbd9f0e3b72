package io.github.corsstarter.test.browser;

/**
 * The {@code credentials} option of {@code fetch()}
 * (<a href="https://fetch.spec.whatwg.org/#concept-request-credentials-mode">Fetch,
 * request's credentials mode</a>). For a cross-origin request only {@link #INCLUDE}
 * changes what CORS requires: {@code Access-Control-Allow-Credentials: true}, and no
 * {@code *} in any {@code Access-Control-Allow-*} or {@code -Expose-Headers} value.
 */
public enum CredentialsMode {

	/** {@code credentials: 'omit'}: never send cookies or HTTP authentication. */
	OMIT,

	/** {@code credentials: 'same-origin'}, the default of {@code fetch()}. */
	SAME_ORIGIN,

	/** {@code credentials: 'include'}: send cookies to other origins too. */
	INCLUDE;

	/**
	 * The value as written in {@code fetch()}'s options.
	 * @return {@code omit}, {@code same-origin} or {@code include}
	 */
	public String fetchValue() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
