package io.github.corsstarter.test;

import io.github.corsstarter.test.browser.CorsVerdict;
import io.github.corsstarter.test.browser.Refusal;

/**
 * A call the browser blocks, and assertions on why and where.
 */
public final class CorsBlockedCall {

	private final CorsCall call;

	private final CorsVerdict verdict;

	private final Refusal refusal;

	CorsBlockedCall(CorsCall call, CorsVerdict verdict) {
		this.call = call;
		this.verdict = verdict;
		Refusal refusal = verdict.refusal();
		if (refusal == null) {
			throw new IllegalArgumentException("The call is not blocked");
		}
		this.refusal = refusal;
	}

	/**
	 * Asserts that the reason, worded as Chromium's console words it, contains a text.
	 * @param reasonFragment part of the reason, such as
	 * {@code "No 'Access-Control-Allow-Origin' header"} or
	 * {@code "Method PUT is not allowed"}
	 * @return this refusal, for more assertions
	 */
	public CorsBlockedCall because(String reasonFragment) {
		if (!this.refusal.reason().contains(reasonFragment)) {
			throw this.call.failure("Expected " + this.call + " to be blocked because of \"" + reasonFragment
					+ "\", but the reason is: " + this.refusal.reason());
		}
		return this;
	}

	/**
	 * Asserts that the preflight's answer refused the call, so the actual request was
	 * never sent.
	 * @return this refusal, for more assertions
	 */
	public CorsBlockedCall atPreflight() {
		return at(Refusal.Stage.PREFLIGHT, "by the preflight's answer");
	}

	/**
	 * Asserts that the actual request was sent, and its response refused: the server
	 * acted on the request, the page just cannot see the answer.
	 * @return this refusal, for more assertions
	 */
	public CorsBlockedCall atResponse() {
		return at(Refusal.Stage.RESPONSE, "by the actual response");
	}

	/**
	 * The refusal: its reason, stage and fix.
	 * @return the refusal
	 */
	public Refusal refusal() {
		return this.refusal;
	}

	/**
	 * The whole verdict.
	 * @return the verdict
	 */
	public CorsVerdict verdict() {
		return this.verdict;
	}

	private CorsBlockedCall at(Refusal.Stage stage, String where) {
		if (this.refusal.stage() != stage) {
			throw this.call.failure("Expected " + this.call + " to be blocked " + where + ", but it is blocked at "
					+ this.refusal.stage().name().toLowerCase(java.util.Locale.ROOT) + ": " + this.refusal.reason());
		}
		return this;
	}

}
