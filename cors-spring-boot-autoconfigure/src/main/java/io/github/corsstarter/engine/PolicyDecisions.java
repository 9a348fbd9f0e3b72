package io.github.corsstarter.engine;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.engine.CorsDecision.Reason;
import io.github.corsstarter.policy.CorsPolicy;

/**
 * A compiled policy with every decision it can make, built once, so that deciding a request allocates nothing.
 */
final class PolicyDecisions {

	private final CorsPolicy policy;

	private final CorsDecision noOrigin;

	private final CorsDecision[] actual;

	private final CorsDecision[] preflight;

	PolicyDecisions(CorsPolicy policy) {
		this.policy = policy;
		this.noOrigin = new CorsDecision(policy, Kind.NO_ORIGIN, Reason.NONE);
		this.actual = decisions(policy, Kind.ACTUAL);
		this.preflight = decisions(policy, Kind.PREFLIGHT);
	}

	private static CorsDecision[] decisions(CorsPolicy policy, Kind kind) {
		Reason[] reasons = Reason.values();
		CorsDecision[] decisions = new CorsDecision[reasons.length];
		for (Reason reason : reasons) {
			decisions[reason.ordinal()] = new CorsDecision(policy, kind, reason);
		}
		return decisions;
	}

	CorsPolicy policy() {
		return this.policy;
	}

	/**
	 * Classifies a request on a path this policy covers and decides it (Fetch, "CORS protocol"): without
	 * {@code Origin} it is no CORS request; an {@code OPTIONS} naming the method it asks for is a preflight;
	 * anything else with {@code Origin} is an actual request.
	 */
	CorsDecision decide(CorsRequest request) {
		String origin = request.origin();
		if (origin == null) {
			return this.noOrigin;
		}
		if ("OPTIONS".equals(request.method())) {
			String requestedMethod = request.accessControlRequestMethod();
			if (requestedMethod != null) {
				return decidePreflight(request, origin, requestedMethod);
			}
		}
		if (!this.policy.allowsOrigin(origin)) {
			return this.actual[Reason.ORIGIN.ordinal()];
		}
		return this.actual[request.hasSeveralOrigins() ? Reason.SEVERAL_ORIGINS.ordinal() : Reason.NONE.ordinal()];
	}

	private CorsDecision decidePreflight(CorsRequest request, String origin, String requestedMethod) {
		if (request.hasSeveralOrigins()) {
			return this.preflight[Reason.SEVERAL_ORIGINS.ordinal()];
		}
		Reason reason = Reason.of(this.policy.checkPreflight(origin, requestedMethod,
				request.accessControlRequestHeaders()));
		return this.preflight[reason.ordinal()];
	}

}
