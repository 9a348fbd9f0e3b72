package io.github.corsstarter.test.browser;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A request as the browser puts it on the wire: the preflight, or the actual request with
 * its {@code Origin}. Headers the browser adds for other reasons ({@code Accept},
 * {@code User-Agent}, {@code Sec-Fetch-*}) are left out.
 *
 * @param method the method
 * @param url the absolute URL
 * @param headers the headers that matter to CORS, {@code Origin} first
 * @param body the body, or {@code null} for none
 */
public record OutgoingRequest(String method, URI url, List<Header> headers, @Nullable String body) {

	public OutgoingRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		headers = List.copyOf(headers);
	}

	/**
	 * The first value of a header, by name, case-insensitively.
	 * @param name the header name
	 * @return the value, or {@code null} when absent
	 */
	public @Nullable String header(String name) {
		return this.headers.stream()
			.filter((header) -> header.hasName(name))
			.map(Header::value)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether this is a CORS preflight.
	 * @return whether this is an {@code OPTIONS} with
	 * {@code Access-Control-Request-Method}
	 */
	public boolean isPreflight() {
		return "OPTIONS".equals(this.method) && header("Access-Control-Request-Method") != null;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.method).append(' ').append(this.url);
		this.headers.forEach((header) -> text.append("\n    ").append(header));
		return text.toString();
	}

}
