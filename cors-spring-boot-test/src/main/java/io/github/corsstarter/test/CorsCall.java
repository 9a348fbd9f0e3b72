package io.github.corsstarter.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.github.corsstarter.test.browser.BrowserCors;
import io.github.corsstarter.test.browser.BrowserRules;
import io.github.corsstarter.test.browser.CorsRequest;
import io.github.corsstarter.test.browser.CorsVerdict;
import io.github.corsstarter.test.browser.CredentialsMode;
import io.github.corsstarter.test.browser.Header;
import io.github.corsstarter.test.browser.ResponseHead;
import io.github.corsstarter.test.browser.Transport;
import org.jspecify.annotations.Nullable;

/**
 * One call a page makes, and the assertions on what the browser does with it. The headers
 * and body describe what the page passes to {@code fetch()}; the first assertion sends
 * the preflight the browser would send, if any, then the actual request unless the
 * preflight's answer refuses it, and later assertions reuse the answers.
 */
public final class CorsCall {

	private final String origin;

	private final String method;

	private final URI url;

	private final CredentialsMode credentials;

	private final BrowserRules rules;

	private final Transport transport;

	private final List<Header> headers = new ArrayList<>();

	private @Nullable String body;

	private @Nullable CorsVerdict verdict;

	CorsCall(String origin, String method, URI url, CredentialsMode credentials, BrowserRules rules,
			Transport transport) {
		this.origin = origin;
		this.method = method;
		this.url = url;
		this.credentials = credentials;
		this.rules = rules;
		this.transport = transport;
	}

	/**
	 * A request header the page sets, as {@code Headers.append} adds it. Headers a page
	 * cannot set ({@code Cookie}, {@code Origin}, {@code Sec-*}...) are dropped, as
	 * browsers drop them.
	 * @param name the header name
	 * @param value the header value
	 * @return this call
	 */
	public CorsCall header(String name, String value) {
		assertNotSent();
		this.headers.add(new Header(name, value));
		return this;
	}

	/**
	 * The {@code Content-Type} the page sets: {@code application/json} needs a preflight,
	 * {@code text/plain} does not.
	 * @param contentType the media type
	 * @return this call
	 */
	public CorsCall contentType(String contentType) {
		return header("Content-Type", contentType);
	}

	/**
	 * The body the page sends; without a {@link #contentType(String)}, the browser sends
	 * it as {@code text/plain;charset=UTF-8}.
	 * @param content the body
	 * @return this call
	 */
	public CorsCall body(String content) {
		assertNotSent();
		this.body = content;
		return this;
	}

	/**
	 * Asserts that the page can read the response: the preflight, if any, passes, and the
	 * response carries the CORS headers it needs, whatever its status.
	 * @return this call, for more assertions
	 */
	public CorsCall isAllowed() {
		CorsVerdict verdict = verdict();
		if (!verdict.isAllowed()) {
			throw failure("Expected the browser to let the page read the response to " + this + ", but it blocks it:\n"
					+ verdict.refusal());
		}
		return this;
	}

	/**
	 * Asserts that the browser keeps the response from the page: refused by the
	 * preflight's answer or by the response's CORS headers.
	 * @return the refusal, for assertions on its reason and stage
	 */
	public CorsBlockedCall isBlocked() {
		CorsVerdict verdict = verdict();
		if (verdict.isAllowed()) {
			ResponseHead response = verdict.response();
			throw failure("Expected the browser to block " + this + ", but the page reads the response (status "
					+ ((response != null) ? response.status() : "?") + ")");
		}
		return new CorsBlockedCall(this, verdict);
	}

	/**
	 * Asserts that the browser sends a preflight before the request.
	 * @return this call, for more assertions
	 */
	public CorsCall isPreflighted() {
		if (!verdict().isPreflighted()) {
			throw failure("Expected the browser to send a preflight before " + this
					+ ", but it sends none: the method is CORS-safelisted (GET, HEAD, POST) and so are the "
					+ "request headers");
		}
		return this;
	}

	/**
	 * Asserts that the browser sends the request without a preflight.
	 * @return this call, for more assertions
	 */
	public CorsCall isNotPreflighted() {
		if (verdict().isPreflighted()) {
			throw failure("Expected the browser to send " + this + " without a preflight, but it sends one");
		}
		return this;
	}

	/**
	 * Asserts that the page can read the response and these headers of it:
	 * CORS-safelisted ones ({@code Content-Type}, {@code Cache-Control}...) and those in
	 * {@code Access-Control-Expose-Headers}.
	 * @param headerNames the header names, case-insensitive
	 * @return this call, for more assertions
	 */
	public CorsCall canRead(String... headerNames) {
		isAllowed();
		CorsVerdict verdict = verdict();
		ResponseHead response = verdict.response();
		for (String name : headerNames) {
			if (verdict.canRead(name)) {
				continue;
			}
			String why;
			if (response == null || response.values(name).isEmpty()) {
				why = "the response has no " + name + " header";
			}
			else {
				String exposed = response.combined("Access-Control-Expose-Headers");
				why = "it is not exposed: list " + name + " in Access-Control-Expose-Headers ("
						+ ((exposed != null) ? "it was '" + exposed + "'" : "it was absent") + ")";
				if (exposed != null && exposed.contains("*") && this.credentials == CredentialsMode.INCLUDE) {
					why += "; with credentials, '*' exposes no header";
				}
			}
			throw failure("Expected the page to read the " + name + " header of the response to " + this + ", but "
					+ why + ". Readable: " + new TreeSet<>(verdict.readableHeaders()));
		}
		return this;
	}

	/**
	 * Asserts that the page cannot read these response headers, because the response is
	 * blocked or they are not exposed.
	 * @param headerNames the header names, case-insensitive
	 * @return this call, for more assertions
	 */
	public CorsCall cannotRead(String... headerNames) {
		CorsVerdict verdict = verdict();
		for (String name : headerNames) {
			if (verdict.canRead(name)) {
				throw failure("Expected the page not to read the " + name + " header of the response to " + this
						+ ", but it can: it is " + (isExposed(verdict, name) ? "exposed" : "CORS-safelisted"));
			}
		}
		return this;
	}

	/**
	 * The browser's verdict, sending the requests on first use: for assertions of your
	 * own.
	 * @return the verdict
	 */
	public CorsVerdict verdict() {
		if (this.verdict == null) {
			CorsRequest request = new CorsRequest(this.origin, this.method, this.url, this.headers, this.credentials,
					this.body);
			this.verdict = BrowserCors.fetch(request, this.transport, this.rules);
		}
		return this.verdict;
	}

	AssertionError failure(String message) {
		return new AssertionError(message + "\n\n" + verdict().describe());
	}

	private static boolean isExposed(CorsVerdict verdict, String name) {
		return !io.github.corsstarter.test.browser.FetchRules.isSafelistedResponseHeaderName(name)
				&& verdict.readableHeaders().contains(name.toLowerCase(Locale.ROOT));
	}

	private void assertNotSent() {
		if (this.verdict != null) {
			throw new IllegalStateException("The call was already sent: describe it before the first assertion");
		}
	}

	@Override
	public String toString() {
		String headerNames = this.headers.isEmpty() ? ""
				: " with " + String.join(", ", this.headers.stream().map(Header::name).toList());
		return this.method + " " + this.url.getRawPath() + headerNames + " from " + this.origin
				+ ((this.credentials == CredentialsMode.INCLUDE) ? " with credentials" : "");
	}

}
