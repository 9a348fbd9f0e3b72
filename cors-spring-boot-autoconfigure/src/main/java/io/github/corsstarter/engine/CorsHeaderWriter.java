package io.github.corsstarter.engine;

import java.util.Collection;
import java.util.List;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Writes a decision's headers, the one place that does: for an allowed CORS request the
 * {@code Access-Control-Allow-*} (or {@code -Expose-}) headers and, if the policy says
 * so, {@code Timing-Allow-Origin}, for every covered request the {@code Vary} values its
 * answer depends on (Fetch Standard, "CORS protocol and HTTP caches"). Writing twice (a
 * re-assertion before an error response commits) changes nothing: values are set, and
 * {@code Vary} values added only if missing, without dropping or repeating what another
 * layer (a controller, Spring Security) set there.
 */
final class CorsHeaderWriter {

	private static final String REJECTION_CONTENT_TYPE = "text/plain;charset=UTF-8";

	private static final Vary VARY_ACTUAL = new Vary(List.of(CorsHeaders.ORIGIN));

	private static final Vary VARY_PREFLIGHT = new Vary(
			List.of(CorsHeaders.ORIGIN, CorsHeaders.REQUEST_METHOD, CorsHeaders.REQUEST_HEADERS));

	private static final Vary VARY_PRIVATE_NETWORK_PREFLIGHT = new Vary(List.of(CorsHeaders.ORIGIN,
			CorsHeaders.REQUEST_METHOD, CorsHeaders.REQUEST_HEADERS, CorsHeaders.REQUEST_PRIVATE_NETWORK));

	private CorsHeaderWriter() {
	}

	static void write(CorsDecision decision, CorsRequest request, CorsResponse response) {
		CorsPolicy policy = decision.policy();
		if (policy == null || decision.isPending()) {
			return;
		}
		if (decision.kind() != Kind.PREFLIGHT) {
			addVary(response, VARY_ACTUAL);
			if (decision.isAnsweredHere()) {
				writeRejectionHeaders(decision, response);
			}
			else if (decision.kind() == Kind.ACTUAL && decision.reason() == Reason.NONE) {
				writeAllowOrigin(policy, request, response);
				String exposeHeaders = policy.exposeHeaders();
				if (exposeHeaders != null) {
					response.setHeader(CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
				}
				// Resource Timing's "TAO check": the origins that may read the response
				// may
				// also read its detailed timing. Preflights have no timing a page can
				// read.
				if (policy.timingAllowOrigin()) {
					response.setHeader(CorsHeaders.TIMING_ALLOW_ORIGIN,
							policy.allowOrigin(requireValue(request.origin())));
				}
			}
			return;
		}
		addVary(response, policy.allowPrivateNetwork() ? VARY_PRIVATE_NETWORK_PREFLIGHT : VARY_PREFLIGHT);
		if (decision.reason() != Reason.NONE) {
			writeRejectionHeaders(decision, response);
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

	/** The headers of a rejection's one-line plain-text body. */
	private static void writeRejectionHeaders(CorsDecision decision, CorsResponse response) {
		response.setHeader("Content-Type", REJECTION_CONTENT_TYPE);
		response.setHeader("Content-Length", Integer.toString(decision.body().length));
	}

	/**
	 * Adds again the {@code Vary} names an actual request's answer depends on, after
	 * another layer replaced the field.
	 */
	static void writeVary(CorsDecision decision, CorsResponse response) {
		if (decision.policy() != null && !decision.isPending() && decision.kind() != Kind.PREFLIGHT) {
			addVary(response, VARY_ACTUAL);
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

	/** Adds the names a response varies on; an existing {@code Vary: *} covers all. */
	private static void addVary(CorsResponse response, Vary vary) {
		if (!response.containsHeader(CorsHeaders.VARY)) {
			response.addHeader(CorsHeaders.VARY, vary.combined());
			return;
		}
		Collection<String> present = response.getHeaders(CorsHeaders.VARY);
		for (String name : vary.names()) {
			if (!isCovered(present, name)) {
				response.addHeader(CorsHeaders.VARY, name);
			}
		}
	}

	/**
	 * Whether a {@code Vary} field (possibly several lines of comma-separated names)
	 * already covers a name. Read in place: it runs on every covered response.
	 */
	private static boolean isCovered(Collection<String> fieldValues, String name) {
		for (String fieldValue : fieldValues) {
			int start = 0;
			int comma;
			do {
				comma = fieldValue.indexOf(',', start);
				int end = (comma < 0) ? fieldValue.length() : comma;
				if (isElement(fieldValue, start, end, name)) {
					return true;
				}
				start = comma + 1;
			}
			while (comma >= 0);
		}
		return false;
	}

	/** Whether a list element, without the whitespace around it, is the name or "*". */
	private static boolean isElement(String field, int start, int end, String name) {
		while (start < end && Character.isWhitespace(field.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(field.charAt(end - 1))) {
			end--;
		}
		int length = end - start;
		return (length == 1 && field.charAt(start) == '*')
				|| (length == name.length() && field.regionMatches(true, start, name, 0, length));
	}

	/** Names a response varies on, and their field value, joined once. */
	private record Vary(List<String> names, String combined) {

		Vary(List<String> names) {
			this(names, String.join(", ", names));
		}

	}

	/** Decisions of these kinds are only made for requests that have the value. */
	static String requireValue(@Nullable String value) {
		if (value == null) {
			throw new IllegalStateException("a decided request lost a header it was decided on");
		}
		return value;
	}

}
