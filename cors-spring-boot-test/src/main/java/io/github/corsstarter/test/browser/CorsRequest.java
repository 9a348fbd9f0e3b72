package io.github.corsstarter.test.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a page asks {@code fetch()} for: from which origin, which method on which URL,
 * with which headers, body and credentials mode.
 *
 * @param origin the page's origin as browsers serialize it
 * ({@code http://localhost:5173})
 * @param method the method as the page wrote it ({@code put} is sent as {@code PUT},
 * {@code patch} as {@code patch}, see {@link #normalizedMethod()})
 * @param url the absolute URL requested
 * @param headers the headers the page set, in order, a name repeated for each
 * {@code Headers.append}
 * @param credentials the credentials mode
 * @param body the request body, or {@code null} for none
 */
public record CorsRequest(String origin, String method, URI url, List<Header> headers, CredentialsMode credentials,
		@Nullable String body) {

	public CorsRequest {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(credentials, "credentials");
		if (!url.isAbsolute()) {
			throw new IllegalArgumentException("The URL must be absolute: " + url);
		}
		headers = List.copyOf(headers);
	}

	/**
	 * A request without headers, body or credentials.
	 * @param origin the page's origin
	 * @param method the method
	 * @param url the absolute URL
	 * @return the request
	 */
	public static CorsRequest of(String origin, String method, String url) {
		return new CorsRequest(origin, method, URI.create(url), List.of(), CredentialsMode.SAME_ORIGIN, null);
	}

	/**
	 * This request with one more header, as {@code Headers.append} adds it.
	 * @param name the header name
	 * @param value the header value
	 * @return a new request
	 */
	public CorsRequest withHeader(String name, String value) {
		List<Header> more = new ArrayList<>(this.headers);
		more.add(new Header(name, value));
		return new CorsRequest(this.origin, this.method, this.url, more, this.credentials, this.body);
	}

	/**
	 * This request with another credentials mode.
	 * @param mode the credentials mode
	 * @return a new request
	 */
	public CorsRequest withCredentials(CredentialsMode mode) {
		return new CorsRequest(this.origin, this.method, this.url, this.headers, mode, this.body);
	}

	/**
	 * This request with a body.
	 * @param content the body, or {@code null} for none
	 * @return a new request
	 */
	public CorsRequest withBody(@Nullable String content) {
		return new CorsRequest(this.origin, this.method, this.url, this.headers, this.credentials, content);
	}

	/**
	 * The method as the browser sends it.
	 * @return the normalized method
	 * @see FetchRules#normalizeMethod(String)
	 */
	public String normalizedMethod() {
		return FetchRules.normalizeMethod(this.method);
	}

	/**
	 * Whether the credentials mode is {@code include}.
	 * @return whether credentials are included
	 */
	public boolean includesCredentials() {
		return this.credentials == CredentialsMode.INCLUDE;
	}

	/**
	 * The origin of {@link #url()}, serialized as browsers do.
	 * @return the target's origin
	 */
	public String targetOrigin() {
		return FetchRules.serializeOrigin(this.url);
	}

	@Override
	public String toString() {
		return normalizedMethod() + " " + this.url + " from " + this.origin + " (credentials: "
				+ this.credentials.fetchValue() + ")";
	}

}
