package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One CORS policy as the user wrote it: plain, unvalidated data, bound from
 * {@code cors.policies.<name>.*} by the Spring Boot layer or filled in by code. Compiling
 * it validates every setting at once and yields an immutable
 * {@link io.github.corsstarter.policy.CorsPolicy}.
 * <p>
 * This class is the single place where the settings, their defaults and their
 * documentation are written. The defaults are the safe ones: every path, no origin, the
 * CORS-safelisted methods, no request or exposed header, no credentials, a 30 minute
 * preflight cache, no private network access.
 */
public final class CorsPolicySpec {

	/**
	 * Comma-separated list of path patterns (Spring PathPattern syntax, such as /api/**)
	 * the policy covers, relative to the context path or WebFlux base path. Where the
	 * patterns of several policies match a path, the most specific pattern wins.
	 */
	private List<String> pathPatterns = new ArrayList<>(List.of("/**"));

	/**
	 * Comma-separated list of origins allowed to read responses, each exactly as browsers
	 * send it: scheme://host[:port], lower-case, no trailing slash, no default port. '*'
	 * allows every origin and cannot be combined with allow-credentials.
	 */
	private List<String> allowedOrigins = new ArrayList<>();

	/**
	 * Comma-separated list of origin patterns: a leading label wildcard
	 * (https://*.example.com matches subdomains, never example.com itself) and/or a port
	 * list (http://localhost:[*] for any port, http://localhost:[3000,5173] for those
	 * ports).
	 */
	private List<String> allowedOriginPatterns = new ArrayList<>();

	/**
	 * Comma-separated list of methods allowed in preflighted requests. '*' allows any
	 * method a browser asks for. GET, HEAD and POST never need a preflight's permission.
	 */
	private List<String> allowedMethods = new ArrayList<>(List.of("GET", "HEAD", "POST"));

	/**
	 * Comma-separated list of request headers allowed in preflighted requests, such as
	 * Authorization or Content-Type, compared case-insensitively. '*' allows any header
	 * the browser asks for, Authorization included.
	 */
	private List<String> allowedHeaders = new ArrayList<>();

	/**
	 * Comma-separated list of response headers scripts may read besides the
	 * CORS-safelisted ones (such as Location or X-Total-Count). '*' exposes all of them
	 * and cannot be combined with allow-credentials.
	 */
	private List<String> exposedHeaders = new ArrayList<>();

	/**
	 * Whether browsers may send cookies and HTTP authentication with cross-origin
	 * requests and let scripts read the responses. Requires listed origins (not '*').
	 */
	private boolean allowCredentials;

	/**
	 * How long browsers may cache a preflight's answer, sent in seconds; 0 disables
	 * caching. At most 24h; Chromium caps it at 2h. A bare number means seconds.
	 */
	private Duration maxAge = Duration.ofMinutes(30);

	/**
	 * Whether to answer Private Network Access preflights
	 * (Access-Control-Request-Private-Network), letting public sites reach this server on
	 * a private network. Requires listed origins (not '*').
	 */
	private boolean allowPrivateNetwork;

	/**
	 * Whether to refuse (403, before Spring Security) requests with a method other than
	 * GET, HEAD or OPTIONS that come from another origin the policy does not allow, as
	 * Sec-Fetch-Site or, from older browsers, Origin tell: cross-site request forgery
	 * protection for cookie sessions. Requires allowed origins (not '*').
	 */
	private boolean crossOriginProtection;

	/**
	 * Whether origin patterns may put a wildcard over a public suffix, such as
	 * https://*.myplatform.app where myplatform.app is on the Public Suffix List. Only
	 * for the owner of that suffix serving its own tenants: anyone can register a site
	 * under a public suffix, and every such site could then read the responses. Logged as
	 * a warning at startup.
	 */
	private boolean dangerouslyTolerateSubdomainsOfPublicSuffixes;

	/**
	 * Whether an allowed actual request also gets Timing-Allow-Origin with its origin, so
	 * the pages allowed to read a response can read its Resource Timing details too.
	 */
	private boolean timingAllowOrigin;

	public boolean isTimingAllowOrigin() {
		return this.timingAllowOrigin;
	}

	public void setTimingAllowOrigin(boolean timingAllowOrigin) {
		this.timingAllowOrigin = timingAllowOrigin;
	}

	/**
	 * Allowed origins that the application lists from elsewhere (a database, a service),
	 * loaded at startup and refreshed in the background.
	 */
	private final OriginSourceSpec originSource = new OriginSourceSpec();

	/**
	 * Allowed origins that the application decides one at a time, for sets too large to
	 * list; asked only for an origin no other setting allows.
	 */
	private final OriginResolverSpec originResolver = new OriginResolverSpec();

	public List<String> getPathPatterns() {
		return this.pathPatterns;
	}

	public void setPathPatterns(List<String> pathPatterns) {
		this.pathPatterns = Objects.requireNonNull(pathPatterns, "pathPatterns");
	}

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = Objects.requireNonNull(allowedOrigins, "allowedOrigins");
	}

	public List<String> getAllowedOriginPatterns() {
		return this.allowedOriginPatterns;
	}

	public void setAllowedOriginPatterns(List<String> allowedOriginPatterns) {
		this.allowedOriginPatterns = Objects.requireNonNull(allowedOriginPatterns, "allowedOriginPatterns");
	}

	public List<String> getAllowedMethods() {
		return this.allowedMethods;
	}

	public void setAllowedMethods(List<String> allowedMethods) {
		this.allowedMethods = Objects.requireNonNull(allowedMethods, "allowedMethods");
	}

	public List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(List<String> allowedHeaders) {
		this.allowedHeaders = Objects.requireNonNull(allowedHeaders, "allowedHeaders");
	}

	public List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(List<String> exposedHeaders) {
		this.exposedHeaders = Objects.requireNonNull(exposedHeaders, "exposedHeaders");
	}

	public boolean isAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
	}

	public boolean isAllowPrivateNetwork() {
		return this.allowPrivateNetwork;
	}

	public void setAllowPrivateNetwork(boolean allowPrivateNetwork) {
		this.allowPrivateNetwork = allowPrivateNetwork;
	}

	public boolean isCrossOriginProtection() {
		return this.crossOriginProtection;
	}

	public void setCrossOriginProtection(boolean crossOriginProtection) {
		this.crossOriginProtection = crossOriginProtection;
	}

	public boolean isDangerouslyTolerateSubdomainsOfPublicSuffixes() {
		return this.dangerouslyTolerateSubdomainsOfPublicSuffixes;
	}

	public void setDangerouslyTolerateSubdomainsOfPublicSuffixes(boolean tolerate) {
		this.dangerouslyTolerateSubdomainsOfPublicSuffixes = tolerate;
	}

	public OriginSourceSpec getOriginSource() {
		return this.originSource;
	}

	public OriginResolverSpec getOriginResolver() {
		return this.originResolver;
	}

}
