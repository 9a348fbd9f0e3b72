package io.github.corsstarter.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A compiled, immutable CORS policy: the decisions of the Fetch Standard's CORS protocol
 * for one set of allowed origins, methods and headers, with every response header value
 * computed at startup.
 * <p>
 * Instances are built from validated settings when a configuration is compiled. All
 * methods are thread-safe and allocation-free on the paths a browser's well-formed
 * requests take.
 */
public final class CorsPolicy {

	/**
	 * Longest {@code Access-Control-Request-Headers} value read. Browsers list each
	 * header name a script set, once, lower-cased; a longer list is hostile, and refusing
	 * it unread keeps a preflight's cost bounded.
	 */
	public static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

	private static final String WILDCARD = "*";

	/**
	 * Whether a browser sends a preflight first (Fetch, "CORS-preflight fetch"): for a
	 * method, normalised as {@code fetch()} does, that is not CORS-safelisted, or
	 * non-safelisted request headers.
	 * @param method the request's method, as the script wrote it
	 * @param nonSafelistedRequestHeaders the request headers that are not
	 * CORS-safelisted, or {@code null} if there is none
	 */
	public static boolean isPreflightedByBrowsers(String method, @Nullable String nonSafelistedRequestHeaders) {
		return !HttpTokens.SAFELISTED_METHODS.contains(HttpTokens.normalizeMethod(method))
				|| nonSafelistedRequestHeaders != null;
	}

	private final String name;

	private final OriginMatcher origins;

	private final boolean anyMethod;

	private final Set<String> methods;

	private final AllowedHeaders headers;

	private final String allowMethods;

	private final String exposeHeaders;

	private final boolean allowCredentials;

	private final String maxAge;

	private final boolean allowPrivateNetwork;

	private final boolean timingAllowOrigin;

	private final boolean crossOriginProtection;

	private final @Nullable OriginLookup resolver;

	private final ResolverCandidates candidates;

	private final Map<PolicySetting, Object> settings;

	private final String description;

	/**
	 * A policy of validated settings, as the configuration's compiler checked them.
	 * @param resolver the lookup of the policy's origin resolver, or {@code null}
	 * @param candidates the origins the resolver may be asked about
	 * @param methods upper-case method tokens, or {@code *}
	 * @param headers lower-case header names, or {@code *}
	 * @param exposed exposed header names, or {@code *}
	 * @param timingAllowOrigin whether allowed actual requests also get
	 * {@code Timing-Allow-Origin}
	 * @param crossOriginProtection whether unsafe requests from other origins it does not
	 * allow are refused
	 */
	public CorsPolicy(String name, OriginMatcher origins, @Nullable OriginLookup resolver,
			ResolverCandidates candidates, Set<String> methods, Set<String> headers, Set<String> exposed,
			boolean allowCredentials, long maxAgeSeconds, boolean allowPrivateNetwork, boolean timingAllowOrigin,
			boolean crossOriginProtection) {
		this.name = name;
		this.origins = origins;
		this.resolver = resolver;
		this.candidates = candidates;
		this.anyMethod = methods.contains(WILDCARD);
		this.methods = Set.copyOf(methods);
		this.headers = new AllowedHeaders(headers);
		this.allowMethods = this.anyMethod ? null : String.join(", ", methods);
		this.exposeHeaders = exposed.isEmpty() ? null : String.join(", ", exposed);
		this.allowCredentials = allowCredentials;
		// The header's value, built once.
		this.maxAge = Long.toString(maxAgeSeconds);
		this.allowPrivateNetwork = allowPrivateNetwork;
		this.timingAllowOrigin = timingAllowOrigin;
		this.crossOriginProtection = crossOriginProtection;
		this.settings = EffectiveSettings.of(origins, resolver, candidates, methods, headers, exposed, allowCredentials,
				maxAgeSeconds, allowPrivateNetwork, timingAllowOrigin, crossOriginProtection);
		this.description = "origins=[" + origins + "]" + ((resolver != null) ? ", resolver=" + resolver.name() : "")
				+ ", methods=" + methods + ", headers=" + headers + ", exposed=" + exposed + ", credentials="
				+ allowCredentials + ", max-age=" + maxAgeSeconds + "s, private-network=" + allowPrivateNetwork
				+ (timingAllowOrigin ? ", timing-allow-origin=true" : "")
				+ (crossOriginProtection ? ", cross-origin-protection=true" : "");
	}

	public String name() {
		return this.name;
	}

	/**
	 * Whether a request from this serialized origin may read responses by the configured
	 * origins, patterns and the origin source's list. An origin they do not allow may
	 * still be allowed by the {@link #originResolver()}.
	 */
	public boolean allowsOrigin(String origin) {
		return this.origins.matches(origin);
	}

	/**
	 * The lookup of the policy's origin resolver, asked about origins nothing else
	 * allows; {@code null} if none.
	 */
	public @Nullable OriginLookup originResolver() {
		return this.resolver;
	}

	/**
	 * Whether the policy's origin resolver may be asked about an origin nothing
	 * configured allows: only about an origin exactly as browsers send it, by the check
	 * configured origins and an origin source's entries pass, so that {@code null}, a
	 * path, userinfo, upper case or a missing scheme is refused without a lookup, and a
	 * resolver's "yes" can never echo such a value; and, when
	 * {@code origin-resolver.candidate-patterns} are set, only about an origin one of
	 * them matches.
	 */
	public boolean mayAskResolverAbout(String origin) {
		return this.resolver != null && this.candidates.admits(origin);
	}

	/**
	 * Why an origin that nothing configured allows is refused without asking the origin
	 * resolver (it is no origin browsers send, or no candidate), for explanations;
	 * {@code null} if it is an origin the resolver is (or would be) asked about.
	 * Allocates: only for explanations.
	 */
	public @Nullable String whyNotAsked(String origin) {
		String why = this.candidates.whyNotAdmitted(origin);
		return (why != null && this.resolver != null)
				? why + ", so origin resolver '" + this.resolver.name() + "' was not asked" : why;
	}

	/**
	 * The effective settings, normalised as applied (methods as Fetch normalises them,
	 * header names lower-cased, {@code *} first among the origins), by setting, in
	 * declaration order: what the Actuator view shows and a reload compares, so neither
	 * lists the settings again. Lists are {@code List<String>}, {@code max-age} is in
	 * seconds; a setting the policy does not use (no origin source) is absent.
	 */
	public Map<PolicySetting, Object> settings() {
		return this.settings;
	}

	/**
	 * Checks what a preflight from an allowed origin asks for: its method and headers.
	 * @param method the {@code Access-Control-Request-Method} header
	 * @param requestHeaders the {@code Access-Control-Request-Headers} header, or
	 * {@code null}
	 * @return {@link Reason#NONE}, {@link Reason#METHOD}, {@link Reason#HEADERS} or
	 * {@link Reason#HEADERS_TOO_LONG}
	 */
	public Reason checkPreflightRequest(String method, @Nullable String requestHeaders) {
		if (!allowsMethod(method)) {
			return Reason.METHOD;
		}
		if (requestHeaders != null && requestHeaders.length() > MAX_REQUEST_HEADERS_LENGTH) {
			return Reason.HEADERS_TOO_LONG;
		}
		return (firstDisallowedHeader(requestHeaders) == null) ? Reason.NONE : Reason.HEADERS;
	}

	/**
	 * Fetch, "CORS-preflight fetch": browsers accept the CORS-safelisted methods (GET,
	 * HEAD, POST) whatever {@code Access-Control-Allow-Methods} says, so refusing them
	 * here would only break a preflight that the custom headers triggered.
	 */
	private boolean allowsMethod(String method) {
		if (this.anyMethod) {
			return HttpTokens.isToken(method);
		}
		return this.methods.contains(method) || HttpTokens.SAFELISTED_METHODS.contains(method);
	}

	/**
	 * The {@code Access-Control-Allow-Origin} value for an allowed origin: {@code *} only
	 * when every origin is allowed without credentials (Fetch forbids {@code *} on
	 * credentialed responses), else the origin itself.
	 */
	public String allowOrigin(String origin) {
		return (this.origins.allowsAnyOrigin() && !this.allowCredentials) ? WILDCARD : origin;
	}

	/**
	 * The {@code Access-Control-Allow-Methods} value: the configured methods, or with
	 * {@code *} the requested method echoed (a literal {@code *} would mean nothing on
	 * credentialed requests).
	 */
	public String allowMethods(String requestedMethod) {
		return this.anyMethod ? requestedMethod : this.allowMethods;
	}

	/**
	 * Finds the first header of a request header list that this policy does not allow.
	 * @return the offending item, or {@code null} if every item is allowed
	 * @see AllowedHeaders#firstDisallowed(String)
	 */
	public @Nullable String firstDisallowedHeader(@Nullable String requestHeaders) {
		return this.headers.firstDisallowed(requestHeaders);
	}

	/**
	 * The {@code Access-Control-Allow-Headers} value, or {@code null} for none.
	 * @see AllowedHeaders#allowHeaders(String)
	 */
	public String allowHeaders(String requestedHeaders) {
		return this.headers.allowHeaders(requestedHeaders);
	}

	/** The {@code Access-Control-Expose-Headers} value, or {@code null} for none. */
	public String exposeHeaders() {
		return this.exposeHeaders;
	}

	public boolean allowCredentials() {
		return this.allowCredentials;
	}

	/** The {@code Access-Control-Max-Age} value, in seconds. */
	public String maxAge() {
		return this.maxAge;
	}

	public boolean allowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	/**
	 * Whether an allowed actual request also gets {@code Timing-Allow-Origin}, with the
	 * value of {@code Access-Control-Allow-Origin}.
	 */
	public boolean timingAllowOrigin() {
		return this.timingAllowOrigin;
	}

	/**
	 * Whether a request with an unsafe method from another origin that the policy does
	 * not allow is refused, as a cross-site request forgery.
	 */
	public boolean crossOriginProtection() {
		return this.crossOriginProtection;
	}

	/** What the policy allows as origins, for explanations: {@code [https://a.com]}. */
	public String describeOrigins() {
		return this.origins.toString();
	}

	/** What the policy allows as methods, for explanations. */
	public String describeMethods() {
		return this.anyMethod ? WILDCARD : this.allowMethods;
	}

	/** What the policy allows as request headers, for explanations. */
	public String describeHeaders() {
		return this.headers.describe();
	}

	/** The effective, normalised settings, for the startup log. */
	public String describeSettings() {
		return this.description;
	}

	@Override
	public String toString() {
		return "policy '" + this.name + "': " + this.description;
	}

}
