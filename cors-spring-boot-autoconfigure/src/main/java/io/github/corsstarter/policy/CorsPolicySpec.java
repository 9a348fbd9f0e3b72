package io.github.corsstarter.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One CORS policy as the user wrote it: plain, unvalidated data, bound from
 * {@code cors.policies.<name>.*} by the Spring Boot layer or filled in by code. Compiling
 * it validates every setting at once and yields an immutable {@link CorsPolicy}.
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
	 * Whether origin patterns may put a wildcard over a public suffix, such as
	 * https://*.myplatform.app where myplatform.app is on the Public Suffix List. Only
	 * for the owner of that suffix serving its own tenants: anyone can register a site
	 * under a public suffix, and every such site could then read the responses. Logged as
	 * a warning at startup.
	 */
	private boolean dangerouslyTolerateSubdomainsOfPublicSuffixes;

	/**
	 * Allowed origins that the application lists from elsewhere (a database, a service),
	 * loaded at startup and refreshed in the background.
	 */
	private final OriginSource originSource = new OriginSource();

	/**
	 * Allowed origins that the application decides one at a time, for sets too large to
	 * list; asked only for an origin no other setting allows.
	 */
	private final OriginResolver originResolver = new OriginResolver();

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

	public boolean isDangerouslyTolerateSubdomainsOfPublicSuffixes() {
		return this.dangerouslyTolerateSubdomainsOfPublicSuffixes;
	}

	public void setDangerouslyTolerateSubdomainsOfPublicSuffixes(boolean tolerate) {
		this.dangerouslyTolerateSubdomainsOfPublicSuffixes = tolerate;
	}

	public OriginSource getOriginSource() {
		return this.originSource;
	}

	public OriginResolver getOriginResolver() {
		return this.originResolver;
	}

	/**
	 * An application's list of allowed origins, added to the configured ones.
	 */
	public static final class OriginSource {

		/**
		 * Name of the AllowedOriginsSource bean that lists allowed origins, in addition
		 * to allowed-origins and allowed-origin-patterns. Entries that are no origin
		 * browsers send are skipped and reported.
		 */
		private @Nullable String bean;

		/**
		 * How often the source is read again in the background. A failed read keeps the
		 * last good set; the first read is retried sooner. A bare number means seconds.
		 */
		private Duration refreshInterval = Duration.ofMinutes(5);

		public @Nullable String getBean() {
			return this.bean;
		}

		public void setBean(@Nullable String bean) {
			this.bean = bean;
		}

		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
		}

	}

	/**
	 * An application's decision, one origin at a time, with its answers cached and its
	 * lookups bounded.
	 */
	public static final class OriginResolver {

		/**
		 * Name of the AllowedOriginResolver bean asked about origins that no other
		 * setting allows. Requires Caffeine (com.github.ben-manes.caffeine:caffeine) on
		 * the class path.
		 */
		private @Nullable String bean;

		/**
		 * Longest wait for an answer; a lookup that takes longer means "not allowed" for
		 * that request (and is not cached). A bare number means seconds.
		 */
		private Duration timeout = Duration.ofMillis(250);

		/** How long an "allowed" answer is reused. A bare number means seconds. */
		private Duration allowedTtl = Duration.ofMinutes(10);

		/** How long a "not allowed" answer is reused. A bare number means seconds. */
		private Duration deniedTtl = Duration.ofMinutes(1);

		/** Most answers kept; the least recently used go first. */
		private int cacheSize = 10_000;

		/**
		 * Most lookups running at once; past it an unknown origin is not allowed for that
		 * request, without a lookup.
		 */
		private int maxConcurrentLookups = 4;

		/**
		 * Most lookups started per second; past it an unknown origin is not allowed for
		 * that request, without a lookup, so a flood of random origins never becomes a
		 * flood of queries.
		 */
		private int maxLookupsPerSecond = 20;

		public @Nullable String getBean() {
			return this.bean;
		}

		public void setBean(@Nullable String bean) {
			this.bean = bean;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = Objects.requireNonNull(timeout, "timeout");
		}

		public Duration getAllowedTtl() {
			return this.allowedTtl;
		}

		public void setAllowedTtl(Duration allowedTtl) {
			this.allowedTtl = Objects.requireNonNull(allowedTtl, "allowedTtl");
		}

		public Duration getDeniedTtl() {
			return this.deniedTtl;
		}

		public void setDeniedTtl(Duration deniedTtl) {
			this.deniedTtl = Objects.requireNonNull(deniedTtl, "deniedTtl");
		}

		public int getCacheSize() {
			return this.cacheSize;
		}

		public void setCacheSize(int cacheSize) {
			this.cacheSize = cacheSize;
		}

		public int getMaxConcurrentLookups() {
			return this.maxConcurrentLookups;
		}

		public void setMaxConcurrentLookups(int maxConcurrentLookups) {
			this.maxConcurrentLookups = maxConcurrentLookups;
		}

		public int getMaxLookupsPerSecond() {
			return this.maxLookupsPerSecond;
		}

		public void setMaxLookupsPerSecond(int maxLookupsPerSecond) {
			this.maxLookupsPerSecond = maxLookupsPerSecond;
		}

	}

}
