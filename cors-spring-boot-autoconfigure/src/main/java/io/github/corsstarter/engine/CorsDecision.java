package io.github.corsstarter.engine;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decided for one request: which policy covers it, what kind of request
 * it is, whether it is allowed and if not why, and so which status and body a preflight's
 * answer has. Adapters write it (the headers through {@link CorsHeaderWriter}); the
 * Actuator dry run shows it (in the words of {@link Explanation}); metrics count it.
 * <p>
 * Decisions hold no request data (they are shared, one per policy, kind and reason, so
 * deciding allocates nothing); the values a response echoes (the origin, the requested
 * method and headers) are read again from the {@link CorsRequest} when the headers are
 * written.
 */
public final class CorsDecision {

	/** The kind of request, as far as CORS is concerned. */
	public enum Kind {

		/** No policy covers the path: the request passes untouched. */
		NOT_COVERED,

		/**
		 * A covered path, but no {@code Origin} header: no CORS request, only
		 * {@code Vary: Origin} is added.
		 */
		NO_ORIGIN,

		/**
		 * An {@code OPTIONS} request with {@code Origin} and
		 * {@code Access-Control-Request-Method}.
		 */
		PREFLIGHT,

		/**
		 * Any other request with an {@code Origin} header, or without one that
		 * cross-origin protection refused.
		 */
		ACTUAL;

		/** The kind's name as a metric tag or JSON value: {@code preflight}. */
		public String tag() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private static final byte[] NO_BODY = {};

	static final CorsDecision NOT_COVERED = new CorsDecision(null, null, Kind.NOT_COVERED, Reason.NONE, false, null,
			null);

	private final @Nullable CorsPolicy policy;

	private final @Nullable String pathPattern;

	private final Kind kind;

	private final Reason reason;

	/**
	 * Whether the policy's origin resolver decided about the origin (asked, or from its
	 * cache).
	 */
	private final boolean byResolver;

	/** Why the origin resolver could not answer, for a decision of that reason. */
	private final @Nullable String detail;

	/** The decision still waiting for the origin resolver, or {@code null}. */
	private final @Nullable CompletableFuture<CorsDecision> resolution;

	private CorsDecision(@Nullable CorsPolicy policy, @Nullable String pathPattern, Kind kind, Reason reason,
			boolean byResolver, @Nullable String detail, @Nullable CompletableFuture<CorsDecision> resolution) {
		this.policy = policy;
		this.pathPattern = pathPattern;
		this.kind = kind;
		this.reason = reason;
		this.byResolver = byResolver;
		this.detail = detail;
		this.resolution = resolution;
	}

	/** A decision of a policy, made with or without its origin resolver. */
	static CorsDecision of(CorsPolicy policy, String pathPattern, Kind kind, Reason reason, boolean byResolver) {
		return new CorsDecision(policy, pathPattern, kind, reason, byResolver, null, null);
	}

	/**
	 * A rejection because the origin resolver could not answer, with why.
	 * @param reason {@link Reason#ORIGIN_LOOKUP_FAILED}, or
	 * {@link Reason#CROSS_ORIGIN_REQUEST} for a request refused unless its origin is
	 * allowed
	 */
	static CorsDecision lookupFailed(CorsPolicy policy, String pathPattern, Kind kind, Reason reason, String detail) {
		return new CorsDecision(policy, pathPattern, kind, reason, true, detail, null);
	}

	/** A decision that waits for the origin resolver. */
	static CorsDecision pending(CorsPolicy policy, String pathPattern, Kind kind,
			CompletableFuture<CorsDecision> resolution) {
		return new CorsDecision(policy, pathPattern, kind, Reason.NONE, true, null, resolution);
	}

	/**
	 * Whether the decision waits for the policy's origin resolver to answer about an
	 * origin it has not seen (or no longer remembers). The adapter then waits for
	 * {@link #resolution()} without blocking an event loop.
	 */
	public boolean isPending() {
		return this.resolution != null;
	}

	/**
	 * The decision once the origin resolver answered: completes, never exceptionally,
	 * within the resolver's timeout; a failed or late answer is a rejection.
	 * @throws IllegalStateException if the decision is not pending
	 */
	public CompletableFuture<CorsDecision> resolution() {
		if (this.resolution == null) {
			throw new IllegalStateException("not pending: " + this);
		}
		return this.resolution;
	}

	/**
	 * Whether the policy's origin resolver decided about the origin, asked or from its
	 * cache.
	 */
	boolean isByResolver() {
		return this.byResolver;
	}

	/** The policy covering the request's path, or {@code null} when none does. */
	public @Nullable CorsPolicy policy() {
		return this.policy;
	}

	/**
	 * The path pattern that covered the request (of {@link #policy()}), or {@code null}
	 * when none did: what metrics and observations name a preflight by, since no handler
	 * ran.
	 */
	public @Nullable String pathPattern() {
		return this.pathPattern;
	}

	public Kind kind() {
		return this.kind;
	}

	public Reason reason() {
		return this.reason;
	}

	public boolean isCovered() {
		return this.kind != Kind.NOT_COVERED;
	}

	/**
	 * Whether the request is a preflight, which the adapter answers itself: it never
	 * reaches the application.
	 */
	public boolean isPreflight() {
		return this.kind == Kind.PREFLIGHT;
	}

	/**
	 * Whether the adapter answers the request itself, with {@link #status()} and
	 * {@link #body()}, and never passes it on: a preflight, or a request refused by
	 * cross-origin protection.
	 */
	public boolean isAnsweredHere() {
		return this.kind == Kind.PREFLIGHT || (this.kind == Kind.ACTUAL && this.reason.isActualOnly());
	}

	/** Whether a CORS request (preflight or actual) was allowed. */
	public boolean isAllowed() {
		return (this.kind == Kind.PREFLIGHT || this.kind == Kind.ACTUAL) && this.reason == Reason.NONE
				&& this.resolution == null;
	}

	/** Whether a CORS request (preflight or actual) was rejected. */
	public boolean isRejected() {
		return this.reason != Reason.NONE;
	}

	/**
	 * The status of an answer {@link #isAnsweredHere() given here}: 204 for an allowed
	 * preflight, else 403; 0 for other requests, whose status is not ours.
	 */
	public int status() {
		if (!isAnsweredHere()) {
			return 0;
		}
		return (this.reason == Reason.NONE) ? 204 : 403;
	}

	/**
	 * The body of an answer {@link #isAnsweredHere() given here}: empty, or for a
	 * rejection a one-line plain-text reason.
	 */
	public byte[] body() {
		return isAnsweredHere() ? this.reason.body() : NO_BODY;
	}

	/**
	 * Writes this decision's headers, exactly: see {@link CorsHeaderWriter}.
	 * @param request the request decided, for the values the answer echoes
	 */
	public void writeHeaders(CorsRequest request, CorsResponse response) {
		CorsHeaderWriter.write(this, request, response);
	}

	/**
	 * Adds again the {@code Vary} names this decision's answer depends on, where another
	 * layer replaced the field after {@link #writeHeaders}; names already there are kept.
	 */
	public void writeVary(CorsResponse response) {
		CorsHeaderWriter.writeVary(this, response);
	}

	/**
	 * Whether the decision owns the request's CORS response headers while the application
	 * answers: an actual CORS request (with an {@code Origin}) on a covered path, allowed
	 * or refused. Its adapter then replaces whatever else writes an
	 * {@code Access-Control-*} or {@code Timing-Allow-Origin} header
	 * ({@link CorsHeaders#isOwnedByPolicy}) with this decision, and keeps its
	 * {@code Vary} names. Requests without {@code Origin} are no CORS requests and are
	 * left that cost.
	 */
	public boolean ownsResponseHeaders() {
		return this.kind == Kind.ACTUAL && this.resolution == null;
	}

	/**
	 * Explains the decision in one line naming the policy, in the words of the DEBUG log
	 * and the Actuator dry run. Built only on demand: it allocates.
	 */
	public String explain(CorsRequest request) {
		return Explanation.of(this, request, this.detail);
	}

	/**
	 * Explains the decision as {@link #explain(CorsRequest)} does, with why the origin
	 * resolver could not answer replaced by {@code failureShownAs}: that is the message
	 * of the application's own exception, which may carry a secret (a connection URL, a
	 * token), so the Actuator endpoint shows it only to whom it shows such values.
	 */
	public String explain(CorsRequest request, String failureShownAs) {
		return Explanation.of(this, request, (this.detail != null) ? failureShownAs : null);
	}

	@Override
	public String toString() {
		return this.kind.tag() + "/" + (isPending() ? "pending" : this.reason.tag())
				+ ((this.policy != null) ? " (policy '" + this.policy.name() + "')" : "");
	}

}
