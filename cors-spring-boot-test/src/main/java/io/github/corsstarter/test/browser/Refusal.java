package io.github.corsstarter.test.browser;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Why the browser keeps a response from the page: the reason worded as Chromium's console
 * reports it, and, where the response shows it, what to change on the server.
 *
 * @param stage where the request failed
 * @param reason the reason, as after "has been blocked by CORS policy: " in Chromium's
 * console
 * @param fix what to change on the server, or {@code null} when the response does not
 * tell
 */
public record Refusal(Stage stage, String reason, @Nullable String fix) {

	public Refusal {
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * The whole console line Chromium prints for this refusal.
	 * @param request the page's request
	 * @return {@code Access to fetch at '...' from origin '...' has been blocked by CORS
	 * policy: ...}
	 */
	public String consoleMessage(CorsRequest request) {
		if (this.stage == Stage.REQUEST) {
			return "Failed to execute 'fetch' on 'Window': " + this.reason;
		}
		return "Access to fetch at '" + request.url() + "' from origin '" + request.origin()
				+ "' has been blocked by CORS policy: " + this.reason;
	}

	@Override
	public String toString() {
		return (this.fix != null) ? this.reason + "\nFix on the server: " + this.fix : this.reason;
	}

	/** Where a request fails. */
	public enum Stage {

		/** {@code fetch()} refuses the request itself: nothing is sent. */
		REQUEST,

		/** The preflight's answer refuses it: the actual request is never sent. */
		PREFLIGHT,

		/**
		 * The actual request was sent and answered, but the page may not read the answer.
		 */
		RESPONSE

	}

}
