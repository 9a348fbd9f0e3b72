package io.github.corsstarter.engine;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.Reason;
import org.jspecify.annotations.Nullable;

import static io.github.corsstarter.engine.CorsHeaderWriter.requireValue;

/**
 * A decision explained in one line naming the policy: the words of the DEBUG log and of
 * the Actuator dry run, the one place they are written. Built only on demand: it
 * allocates.
 */
final class Explanation {

	private Explanation() {
	}

	/**
	 * The explanation of a decision.
	 * @param detail why the origin resolver could not answer, as it is to be shown
	 */
	static String of(CorsDecision decision, CorsRequest request, @Nullable String detail) {
		CorsPolicy policy = decision.policy();
		if (policy == null || decision.kind() == Kind.NOT_COVERED) {
			return "no policy covers path '" + request.path() + "'";
		}
		if (decision.kind() == Kind.NO_ORIGIN) {
			return "no Origin header, so no CORS request (policy '" + policy.name() + "')";
		}
		String origin = request.origin();
		return switch (decision.reason()) {
			case NONE -> allowed(decision, policy, request);
			case SEVERAL_ORIGINS ->
				"the request carries several Origin headers, which no browser sends (policy '" + policy.name() + "')";
			case ORIGIN -> decision.isByResolver() ? resolvedOrigin(policy, requireValue(origin), "answered no")
					: origin(policy, requireValue(origin));
			case ORIGIN_LOOKUP_FAILED -> resolvedOrigin(policy, requireValue(origin),
					"could not answer (" + detail + "), so it is not allowed for this request");
			case METHOD -> "method '" + requireValue(request.accessControlRequestMethod())
					+ "' is not allowed by policy '" + policy.name() + "' (allowed: " + policy.describeMethods() + ")";
			case HEADERS -> "header '" + policy.firstDisallowedHeader(request.accessControlRequestHeaders())
					+ "' is not allowed by policy '" + policy.name() + "' (allowed: " + policy.describeHeaders() + ")";
			case HEADERS_TOO_LONG -> "Access-Control-Request-Headers is "
					+ requireValue(request.accessControlRequestHeaders()).length() + " characters long, over the "
					+ CorsPolicy.MAX_REQUEST_HEADERS_LENGTH + " read by policy '" + policy.name() + "'";
			case CROSS_ORIGIN_REQUEST -> crossOrigin(decision, policy, request, detail);
		};
	}

	/**
	 * Why cross-origin protection refused a request: what the browser's headers said of
	 * where it came from, and why that origin is not allowed.
	 */
	private static String crossOrigin(CorsDecision decision, CorsPolicy policy, CorsRequest request,
			@Nullable String detail) {
		String site = request.fetchSite();
		String from = (site != null) ? "Sec-Fetch-Site is '" + site + "'"
				: "there is no Sec-Fetch-Site and the Origin is not this server's origin '" + request.ownOrigin() + "'";
		String origin = request.origin();
		String notAllowed;
		if (origin == null) {
			notAllowed = "there is no Origin";
		}
		else if (request.hasSeveralOrigins()) {
			notAllowed = "the request carries several Origin headers, which no browser sends";
		}
		else if (decision.isByResolver()) {
			notAllowed = resolvedOrigin(policy, origin,
					(detail != null) ? "could not answer (" + detail + "), so it is not allowed" : "answered no");
		}
		else {
			notAllowed = origin(policy, origin);
		}
		return request.method() + " refused by the cross-origin protection of policy '" + policy.name() + "': " + from
				+ ", and " + notAllowed;
	}

	private static String allowed(CorsDecision decision, CorsPolicy policy, CorsRequest request) {
		boolean pending = decision.isPending();
		return ((decision.kind() == Kind.PREFLIGHT) ? "preflight" : "request") + " from origin '" + request.origin()
				+ "' is " + (pending ? "waiting for origin resolver '" + resolverName(policy) + "' of" : "allowed by")
				+ " policy '" + policy.name() + "'"
				+ ((decision.isByResolver() && !pending)
						? " (its origin resolver '" + resolverName(policy) + "' answered yes)" : "")
				+ privateNetworkNote(decision, policy, request);
	}

	/**
	 * Why an origin is refused, naming the policy and what it allows, and why the origin
	 * resolver was not asked when it was not.
	 */
	private static String origin(CorsPolicy policy, String origin) {
		String notAsked = policy.whyNotAsked(origin);
		return "origin '" + origin + "' is not allowed by policy '" + policy.name() + "' (allowed: "
				+ policy.describeOrigins() + ")" + ((notAsked != null) ? "; " + notAsked : "");
	}

	/** Why an origin is refused after the origin resolver was asked or its cache read. */
	private static String resolvedOrigin(CorsPolicy policy, String origin, String resolverAnswer) {
		return origin(policy, origin) + "; origin resolver '" + resolverName(policy) + "' " + resolverAnswer;
	}

	private static String resolverName(CorsPolicy policy) {
		return (policy.originResolver() != null) ? policy.originResolver().name() : "?";
	}

	private static String privateNetworkNote(CorsDecision decision, CorsPolicy policy, CorsRequest request) {
		return (decision.kind() == Kind.PREFLIGHT && !policy.allowPrivateNetwork() && request.asksForPrivateNetwork())
				? "; private network access was requested but the policy does not set allow-private-network, so "
						+ "the browser fails the preflight"
				: "";
	}

}
