package io.github.corsstarter.engine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PreflightVerdict;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decided for one request: which policy covers it, what kind of request
 * it is, whether it is allowed and if not why, and so exactly which status and headers
 * the response gets. Adapters write it; the Actuator dry run shows it; metrics count it.
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

		/** Any other request with an {@code Origin} header. */
		ACTUAL;

		/** The kind's name as a metric tag or JSON value: {@code preflight}. */
		public String tag() {
			return tagOf(this);
		}

	}

	private static final byte[] NO_BODY = {};

	private static String tagOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Why a CORS request was rejected, or {@link #NONE}. */
	public enum Reason {

		NONE(null),

		/** The origin is not one the policy allows. */
		ORIGIN("origin not allowed"),

		/** The preflight asks for a method the policy does not allow. */
		METHOD("method not allowed"),

		/**
		 * The preflight asks for a header the policy does not allow, or a header name
		 * that is no token.
		 */
		HEADERS("request headers not allowed"),

		/**
		 * The {@code Access-Control-Request-Headers} list is longer than any browser
		 * sends; it was not read.
		 */
		HEADERS_TOO_LONG("request header list too long"),

		/** The request carries several {@code Origin} headers, which no browser sends. */
		SEVERAL_ORIGINS("origin not allowed"),

		/**
		 * The policy's origin resolver could not answer for this request (it failed, was
		 * too slow, or too many lookups run already), which means "not allowed".
		 */
		ORIGIN_LOOKUP_FAILED("origin not allowed");

		/**
		 * A rejected preflight's body, one line naming the reason, built once: a flood of
		 * refused lookups must not build it for each.
		 */
		private final byte[] preflightBody;

		Reason(@Nullable String phrase) {
			this.preflightBody = (phrase != null)
					? ("CORS preflight rejected: " + phrase + "\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
		}

		/** The reason's name as a metric tag or JSON value: {@code headers-too-long}. */
		public String tag() {
			return tagOf(this);
		}

		/**
		 * Whether only a preflight is rejected for this reason: it concerns what a
		 * preflight asks for (a method, request headers), which an actual request does
		 * not ask.
		 */
		public boolean isPreflightOnly() {
			return this == METHOD || this == HEADERS || this == HEADERS_TOO_LONG;
		}

		static Reason of(PreflightVerdict verdict) {
			return switch (verdict) {
				case ALLOWED -> NONE;
				case ORIGIN_NOT_ALLOWED -> ORIGIN;
				case METHOD_NOT_ALLOWED -> METHOD;
				case HEADERS_NOT_ALLOWED -> HEADERS;
				case HEADERS_TOO_LONG -> HEADERS_TOO_LONG;
			};
		}

	}

	static final CorsDecision NOT_COVERED = new CorsDecision(null, null, Kind.NOT_COVERED, Reason.NONE, false, null,
			null);

	private static final String REJECTION_CONTENT_TYPE = "text/plain;charset=UTF-8";

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

	/**
	 * A rejected preflight's body: one line naming the reason; the details go to the
	 * DEBUG log, not the client.
	 */
	private final byte[] body;

	private CorsDecision(@Nullable CorsPolicy policy, @Nullable String pathPattern, Kind kind, Reason reason,
			boolean byResolver, @Nullable String detail, @Nullable CompletableFuture<CorsDecision> resolution) {
		this.policy = policy;
		this.pathPattern = pathPattern;
		this.kind = kind;
		this.reason = reason;
		this.byResolver = byResolver;
		this.detail = detail;
		this.resolution = resolution;
		this.body = (kind == Kind.PREFLIGHT) ? reason.preflightBody : NO_BODY;
	}

	/** A decision of a policy, made with or without its origin resolver. */
	static CorsDecision of(CorsPolicy policy, String pathPattern, Kind kind, Reason reason, boolean byResolver) {
		return new CorsDecision(policy, pathPattern, kind, reason, byResolver, null, null);
	}

	/** A rejection because the origin resolver could not answer, with why. */
	static CorsDecision lookupFailed(CorsPolicy policy, String pathPattern, Kind kind, String detail) {
		return new CorsDecision(policy, pathPattern, kind, Reason.ORIGIN_LOOKUP_FAILED, true, detail, null);
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
	public boolean isByResolver() {
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
	 * The status of a preflight's answer: 204, or 403 when rejected; 0 for other
	 * requests, whose status is not ours.
	 */
	public int status() {
		if (this.kind != Kind.PREFLIGHT) {
			return 0;
		}
		return (this.reason == Reason.NONE) ? 204 : 403;
	}

	/**
	 * The body of a preflight's answer: empty, or for a rejection a one-line plain-text
	 * reason.
	 */
	public byte[] body() {
		return this.body;
	}

	/**
	 * Writes this decision's headers: for an allowed CORS request the
	 * {@code Access-Control-Allow-*} (or {@code -Expose-}) headers, for every covered
	 * request the {@code Vary} values its answer depends on. Writing twice (a
	 * re-assertion before an error response commits) changes nothing: values are set, and
	 * {@code Vary} values added only if missing.
	 * @param request the request decided, for the values the answer echoes
	 */
	public void writeHeaders(CorsRequest request, CorsResponse response) {
		CorsPolicy policy = this.policy;
		if (policy == null || this.resolution != null) {
			return;
		}
		if (this.kind != Kind.PREFLIGHT) {
			VaryValues.ACTUAL.addTo(response);
			if (this.kind == Kind.ACTUAL && this.reason == Reason.NONE) {
				writeAllowOrigin(policy, request, response);
				String exposeHeaders = policy.exposeHeaders();
				if (exposeHeaders != null) {
					response.setHeader(CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
				}
			}
			return;
		}
		(policy.allowPrivateNetwork() ? VaryValues.PRIVATE_NETWORK_PREFLIGHT : VaryValues.PREFLIGHT).addTo(response);
		if (this.reason != Reason.NONE) {
			response.setHeader("Content-Type", REJECTION_CONTENT_TYPE);
			response.setHeader("Content-Length", Integer.toString(this.body.length));
			return;
		}
		writeAllowOrigin(policy, request, response);
		response.setHeader(CorsHeaders.ALLOW_METHODS,
				policy.allowMethods(requireValue(request.accessControlRequestMethod())));
		String allowHeaders = policy.allowHeaders(request.accessControlRequestHeaders());
		if (allowHeaders != null) {
			response.setHeader(CorsHeaders.ALLOW_HEADERS, allowHeaders);
		}
		response.setHeader(CorsHeaders.MAX_AGE, policy.maxAge());
		// Private Network Access (WICG draft): without the allow header the browser fails
		// the preflight, which is the right answer for a policy that does not opt in.
		// Only read when it can change the answer.
		if (policy.allowPrivateNetwork() && request.asksForPrivateNetwork()) {
			response.setHeader(CorsHeaders.ALLOW_PRIVATE_NETWORK, "true");
		}
	}

	/**
	 * The headers that let the origin read the response, on preflights and actual
	 * requests alike.
	 */
	private static void writeAllowOrigin(CorsPolicy policy, CorsRequest request, CorsResponse response) {
		response.setHeader(CorsHeaders.ALLOW_ORIGIN, policy.allowOrigin(requireValue(request.origin())));
		if (policy.allowCredentials()) {
			response.setHeader(CorsHeaders.ALLOW_CREDENTIALS, "true");
		}
	}

	/**
	 * Explains the decision in one line naming the policy, in the words of the DEBUG log
	 * and the Actuator dry run. Built only on demand: it allocates.
	 */
	public String explain(CorsRequest request) {
		CorsPolicy policy = this.policy;
		if (policy == null) {
			return "no policy covers path '" + request.path() + "'";
		}
		String origin = request.origin();
		return switch (this.kind) {
			case NOT_COVERED -> "no policy covers path '" + request.path() + "'";
			case NO_ORIGIN -> "no Origin header, so no CORS request (policy '" + policy.name() + "')";
			case PREFLIGHT, ACTUAL -> switch (this.reason) {
				case NONE -> ((this.kind == Kind.PREFLIGHT) ? "preflight" : "request") + " from origin '" + origin
						+ "' is "
						+ (isPending() ? "waiting for origin resolver '" + resolverName(policy) + "' of" : "allowed by")
						+ " policy '" + policy.name() + "'"
						+ (this.byResolver && !isPending()
								? " (its origin resolver '" + resolverName(policy) + "' answered yes)" : "")
						+ privateNetworkNote(policy, request);
				case SEVERAL_ORIGINS -> "the request carries several Origin headers, which no browser sends (policy '"
						+ policy.name() + "')";
				case ORIGIN -> this.byResolver ? policy.explainResolvedOrigin(requireValue(origin), "answered no")
						: policy.explainOrigin(requireValue(origin));
				case ORIGIN_LOOKUP_FAILED -> policy.explainResolvedOrigin(requireValue(origin),
						"could not answer (" + this.detail + "), so it is not allowed for this request");
				case METHOD -> policy.explainMethod(requireValue(request.accessControlRequestMethod()));
				case HEADERS -> policy.explainHeaders(requireValue(request.accessControlRequestHeaders()));
				case HEADERS_TOO_LONG ->
					policy.explainHeadersTooLong(requireValue(request.accessControlRequestHeaders()));
			};
		};
	}

	private static String resolverName(CorsPolicy policy) {
		return (policy.originResolver() != null) ? policy.originResolver().name() : "?";
	}

	private String privateNetworkNote(CorsPolicy policy, CorsRequest request) {
		return (this.kind == Kind.PREFLIGHT && !policy.allowPrivateNetwork() && request.asksForPrivateNetwork())
				? "; private network access was requested but the policy does not set allow-private-network, so "
						+ "the browser fails the preflight"
				: "";
	}

	/** Decisions of these kinds are only made for requests that have the value. */
	private static String requireValue(@Nullable String value) {
		if (value == null) {
			throw new IllegalStateException("a decided request lost a header it was decided on");
		}
		return value;
	}

	@Override
	public String toString() {
		return this.kind.tag() + "/" + (isPending() ? "pending" : this.reason.tag())
				+ ((this.policy != null) ? " (policy '" + this.policy.name() + "')" : "");
	}

}
