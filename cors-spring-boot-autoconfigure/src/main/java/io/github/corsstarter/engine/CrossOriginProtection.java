package io.github.corsstarter.engine;

/**
 * The rule of a policy's cross-origin protection, as Go's {@code net/http}
 * {@code CrossOriginProtection} has it: a request with an unsafe method from another
 * origin, which a page can send with the user's cookies without any preflight (a form
 * {@code POST}, a simple {@code fetch}), is refused unless the policy allows its origin.
 * The decision on the origin itself stays {@link PolicyDecisions}'.
 */
final class CrossOriginProtection {

	private CrossOriginProtection() {
	}

	/**
	 * Whether the method is one that must not change anything (RFC 9110, section 9.2.1),
	 * compared exactly, as servers dispatch it: {@code get} is no {@code GET}.
	 */
	static boolean isSafe(String method) {
		return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
	}

	/**
	 * Whether the browser's headers say the request comes from another origin.
	 * {@code Sec-Fetch-Site} decides where present: only {@code same-origin} and
	 * {@code none} (the user's own navigation) are not cross-origin; any other value,
	 * malformed or empty ones included, is. Without it (older browsers), an
	 * {@code Origin} other than the request's own origin is; a request with neither
	 * header is no browser's cross-origin request (curl, another server).
	 */
	static boolean isCrossOrigin(CorsRequest request) {
		String site = request.fetchSite();
		if (site != null) {
			return !site.equals("same-origin") && !site.equals("none");
		}
		String origin = request.origin();
		return origin != null && !origin.equals(request.ownOrigin());
	}

}
