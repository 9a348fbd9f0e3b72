package io.github.corsstarter.test.browser;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the browser did with one {@code fetch()}: the preflight it sent, if any, and its
 * answer; the actual request and its answer, if it got that far; the refusal, if any; and
 * the response headers the page can read.
 *
 * @param request the page's request
 * @param preflight the preflight sent, or {@code null} when none was needed
 * @param preflightResponse the preflight's answer, or {@code null}
 * @param actualRequest the actual request sent, or {@code null} when the preflight or
 * {@code fetch()} itself refused it
 * @param response the actual response, or {@code null}
 * @param refusal why the page cannot read the response, or {@code null} when it can
 * @param readableHeaders the lower-cased names of the response headers the page can read
 * (present in the response, and safelisted or exposed)
 */
public record CorsVerdict(CorsRequest request, @Nullable OutgoingRequest preflight,
		@Nullable ResponseHead preflightResponse, @Nullable OutgoingRequest actualRequest,
		@Nullable ResponseHead response, @Nullable Refusal refusal, Set<String> readableHeaders) {

	public CorsVerdict {
		readableHeaders = Set.copyOf(readableHeaders);
	}

	/**
	 * Whether {@code fetch()} resolves, so the page can read the response.
	 * @return whether the request is allowed
	 */
	public boolean isAllowed() {
		return this.refusal == null;
	}

	/**
	 * Whether the browser sent a preflight.
	 * @return whether a preflight was sent
	 */
	public boolean isPreflighted() {
		return this.preflight != null;
	}

	/**
	 * Whether the page can read a response header.
	 * @param name the header name, case-insensitive
	 * @return whether the response is readable, has that header, and shows it to the page
	 */
	public boolean canRead(String name) {
		return isAllowed() && this.readableHeaders.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The exchange as a multi-line text for assertion messages.
	 * @return the preflight and actual requests and responses, and the verdict
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (this.preflight != null) {
			text.append("Preflight sent:\n  ").append(indent(this.preflight.toString()));
			if (this.preflightResponse != null) {
				text.append("\nPreflight answered:\n  ").append(indent(this.preflightResponse.toString()));
			}
			text.append('\n');
		}
		else {
			text.append("No preflight (a CORS-safelisted method and request headers only).\n");
		}
		if (this.actualRequest != null) {
			text.append("Request sent:\n  ").append(indent(this.actualRequest.toString()));
			if (this.response != null) {
				text.append("\nAnswered:\n  ").append(indent(this.response.toString()));
			}
			text.append('\n');
		}
		else {
			text.append("Request not sent.\n");
		}
		if (this.refusal != null) {
			text.append("Browser: ").append(this.refusal.consoleMessage(this.request));
			if (this.refusal.fix() != null) {
				text.append("\nFix on the server: ").append(this.refusal.fix());
			}
		}
		else {
			text.append("Browser: the page reads the response; readable headers: ")
				.append(new java.util.TreeSet<>(this.readableHeaders));
		}
		return text.toString();
	}

	private static String indent(String text) {
		return text.replace("\n", "\n  ");
	}

}
