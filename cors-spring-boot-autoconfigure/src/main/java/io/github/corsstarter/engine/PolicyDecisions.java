package io.github.corsstarter.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.policy.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A compiled policy with every decision it can make, built once, so that deciding a
 * request allocates nothing (but for a lookup by the policy's origin resolver).
 */
final class PolicyDecisions {

	private final CorsPolicy policy;

	private final @Nullable OriginLookup resolver;

	private final CorsDecision noOrigin;

	private final CorsDecision[] actual;

	private final CorsDecision[] preflight;

	/** The same decisions, made with the origin resolver's answer. */
	private final CorsDecision[] actualByResolver;

	private final CorsDecision[] preflightByResolver;

	private final String pathPattern;

	/**
	 * @param pathPattern the pattern of the policy whose requests these decisions are for
	 */
	PolicyDecisions(CorsPolicy policy, String pathPattern) {
		this.policy = policy;
		this.pathPattern = pathPattern;
		this.resolver = policy.originResolver();
		this.noOrigin = CorsDecision.of(policy, pathPattern, Kind.NO_ORIGIN, Reason.NONE, false);
		this.actual = decisions(Kind.ACTUAL, false);
		this.preflight = decisions(Kind.PREFLIGHT, false);
		this.actualByResolver = decisions(Kind.ACTUAL, true);
		this.preflightByResolver = decisions(Kind.PREFLIGHT, true);
	}

	private CorsDecision[] decisions(Kind kind, boolean byResolver) {
		Reason[] reasons = Reason.values();
		CorsDecision[] decisions = new CorsDecision[reasons.length];
		for (Reason reason : reasons) {
			decisions[reason.ordinal()] = CorsDecision.of(this.policy, this.pathPattern, kind, reason, byResolver);
		}
		return decisions;
	}

	CorsPolicy policy() {
		return this.policy;
	}

	/**
	 * Classifies a request on a path this policy covers and decides it (Fetch, "CORS
	 * protocol"): without {@code Origin} it is no CORS request; an {@code OPTIONS} naming
	 * the method it asks for is a preflight; anything else with {@code Origin} is an
	 * actual request. With cross-origin protection, an unsafe request from another origin
	 * that the policy does not allow is refused (an actual request even without
	 * {@code Origin}, which browsers always send on such requests).
	 */
	CorsDecision decide(CorsRequest request) {
		String origin = request.origin();
		if (origin == null) {
			return isProtectedFrom(request) ? this.actual[Reason.CROSS_ORIGIN_REQUEST.ordinal()] : this.noOrigin;
		}
		if ("OPTIONS".equals(request.method())) {
			String requestedMethod = request.accessControlRequestMethod();
			if (requestedMethod != null) {
				return decidePreflight(request, origin, requestedMethod);
			}
		}
		// Several Origin headers are looked for only when the answer would otherwise be
		// to allow or to ask; no browser sends them, so they allow nothing.
		if (this.policy.allowsOrigin(origin)) {
			return request.hasSeveralOrigins() ? unlessProtected(request, Reason.SEVERAL_ORIGINS)
					: this.actual[Reason.NONE.ordinal()];
		}
		if (this.resolver == null) {
			return unlessProtected(request, Reason.ORIGIN);
		}
		if (request.hasSeveralOrigins()) {
			return unlessProtected(request, Reason.SEVERAL_ORIGINS);
		}
		Reason denial = isProtectedFrom(request) ? Reason.CROSS_ORIGIN_REQUEST : Reason.ORIGIN;
		if (!this.policy.mayAskResolverAbout(origin)) {
			return this.actual[denial.ordinal()];
		}
		return resolve(this.resolver, Kind.ACTUAL, origin, this.actualByResolver[Reason.NONE.ordinal()],
				this.actualByResolver[denial.ordinal()]);
	}

	/**
	 * Whether cross-origin protection refuses the request if its origin is not allowed:
	 * the policy has it, the method is unsafe and the request comes from another origin.
	 */
	private boolean isProtectedFrom(CorsRequest request) {
		return this.policy.crossOriginProtection() && !CrossOriginProtection.isSafe(request.method())
				&& CrossOriginProtection.isCrossOrigin(request);
	}

	/**
	 * The decision for a request whose origin the policy does not allow: refused by
	 * cross-origin protection, or else passed on without CORS headers for that reason.
	 */
	private CorsDecision unlessProtected(CorsRequest request, Reason reason) {
		return this.actual[(isProtectedFrom(request) ? Reason.CROSS_ORIGIN_REQUEST : reason).ordinal()];
	}

	private CorsDecision decidePreflight(CorsRequest request, String origin, String requestedMethod) {
		if (request.hasSeveralOrigins()) {
			return this.preflight[Reason.SEVERAL_ORIGINS.ordinal()];
		}
		String requestHeaders = request.accessControlRequestHeaders();
		if (this.policy.allowsOrigin(origin)) {
			return this.preflight[this.policy.checkPreflightRequest(requestedMethod, requestHeaders).ordinal()];
		}
		if (!this.policy.mayAskResolverAbout(origin)) {
			return this.preflight[Reason.ORIGIN.ordinal()];
		}
		CorsDecision ifAllowed = this.preflightByResolver[this.policy
			.checkPreflightRequest(requestedMethod, requestHeaders)
			.ordinal()];
		return resolve(this.resolver, Kind.PREFLIGHT, origin, ifAllowed,
				this.preflightByResolver[Reason.ORIGIN.ordinal()]);
	}

	/**
	 * Decides about an origin nothing configured allows: from the resolver's cache, or
	 * once it answers.
	 * @param ifAllowed the decision if the resolver allows the origin
	 * @param denied the decision if it does not
	 */
	private CorsDecision resolve(OriginLookup resolver, Kind kind, String origin, CorsDecision ifAllowed,
			CorsDecision denied) {
		return switch (resolver.known(origin)) {
			case ALLOWED -> ifAllowed;
			case DENIED -> denied;
			case UNKNOWN -> ask(resolver, kind, origin, ifAllowed, denied);
		};
	}

	/**
	 * Asks the resolver; a lookup refused at once (over its bounds) is decided here, so
	 * the request does not wait for what is already known.
	 */
	private CorsDecision ask(OriginLookup resolver, Kind kind, String origin, CorsDecision ifAllowed,
			CorsDecision denied) {
		CompletableFuture<Boolean> answer;
		try {
			answer = resolver.lookup(origin);
		}
		catch (RuntimeException ex) {
			return lookupFailed(kind, denied, describe(ex));
		}
		CompletableFuture<CorsDecision> decision = answer
			.handle((allowed, failure) -> settle(allowed, failure, kind, ifAllowed, denied));
		if (decision.isDone()) {
			// Already answered (above all, refused over the lookup bounds): decided now.
			return decision.join();
		}
		return CorsDecision.pending(this.policy, this.pathPattern, kind, decision);
	}

	/**
	 * The decision once a lookup has completed; never throws, so that a refusal costs no
	 * exception.
	 */
	private CorsDecision settle(@Nullable Boolean allowed, @Nullable Throwable failure, Kind kind,
			CorsDecision ifAllowed, CorsDecision denied) {
		if (failure != null) {
			return lookupFailed(kind, denied, describe(failure));
		}
		return Boolean.TRUE.equals(allowed) ? ifAllowed : denied;
	}

	/**
	 * A failed lookup means "not allowed": a request cross-origin protection refuses
	 * unless allowed is refused, with why.
	 */
	private CorsDecision lookupFailed(Kind kind, CorsDecision denied, String detail) {
		Reason reason = (denied.reason() == Reason.CROSS_ORIGIN_REQUEST) ? Reason.CROSS_ORIGIN_REQUEST
				: Reason.ORIGIN_LOOKUP_FAILED;
		return CorsDecision.lookupFailed(this.policy, this.pathPattern, kind, reason, detail);
	}

	private static String describe(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof TimeoutException) {
			return "no answer within its timeout";
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
