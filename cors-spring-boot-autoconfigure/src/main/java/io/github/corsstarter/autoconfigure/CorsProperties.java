package io.github.corsstarter.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * CORS properties. Unknown keys under {@code cors.} fail startup: a misspelled key silently ignored would silently
 * block every cross-origin call.
 */
@ConfigurationProperties(prefix = "cors", ignoreUnknownFields = false)
public class CorsProperties {

	/**
	 * Whether to register the CORS filter. When false, no CORS headers are written and preflights reach the
	 * application (and Spring Security) like any other request.
	 */
	private boolean enabled = true;

	private final Filter filter = new Filter();

	/**
	 * CORS policies by name. Each covers the paths of its path-patterns; where several match, the most specific
	 * pattern wins. Requests on paths no policy covers pass untouched.
	 */
	private Map<String, Policy> policies = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Filter getFilter() {
		return this.filter;
	}

	public Map<String, Policy> getPolicies() {
		return this.policies;
	}

	public void setPolicies(Map<String, Policy> policies) {
		this.policies = policies;
	}

	public static class Filter {

		/**
		 * Order of the CORS filter among servlet filters. Defaults to one less than spring.security.filter.order
		 * (-101 unless that is changed), so preflights are answered before authentication runs.
		 */
		private Integer order;

		public Integer getOrder() {
			return this.order;
		}

		public void setOrder(Integer order) {
			this.order = order;
		}

	}

	public static class Policy {

		/**
		 * Comma-separated list of path patterns (Spring PathPattern syntax, such as /api/**) the policy covers,
		 * relative to the context path.
		 */
		private List<String> pathPatterns = new ArrayList<>(List.of("/**"));

		/**
		 * Comma-separated list of origins allowed to read responses, each exactly as browsers send it:
		 * scheme://host[:port], lower-case, no trailing slash, no default port. '*' allows every origin and cannot
		 * be combined with allow-credentials.
		 */
		private List<String> allowedOrigins = new ArrayList<>();

		/**
		 * Comma-separated list of origin patterns: a leading label wildcard (https://*.example.com matches
		 * subdomains, never example.com itself) and/or a port list (http://localhost:[*] for any port,
		 * http://localhost:[3000,5173] for those ports).
		 */
		private List<String> allowedOriginPatterns = new ArrayList<>();

		/**
		 * Comma-separated list of methods allowed in preflighted requests. '*' allows any method a browser asks
		 * for. GET, HEAD and POST never need a preflight's permission.
		 */
		private List<String> allowedMethods = new ArrayList<>(List.of("GET", "HEAD", "POST"));

		/**
		 * Comma-separated list of request headers allowed in preflighted requests, such as Authorization or
		 * Content-Type, compared case-insensitively. '*' allows any header the browser asks for, Authorization
		 * included.
		 */
		private List<String> allowedHeaders = new ArrayList<>();

		/**
		 * Comma-separated list of response headers scripts may read besides the CORS-safelisted ones (such as
		 * Location or X-Total-Count). '*' exposes all of them and cannot be combined with allow-credentials.
		 */
		private List<String> exposedHeaders = new ArrayList<>();

		/**
		 * Whether browsers may send cookies and HTTP authentication with cross-origin requests and let scripts read
		 * the responses. Requires listed origins (not '*').
		 */
		private boolean allowCredentials;

		/**
		 * How long browsers may cache a preflight's answer, sent in seconds; 0 disables caching. At most 24h;
		 * Chromium caps it at 2h. If a duration suffix is not specified, seconds will be used.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private Duration maxAge = Duration.ofMinutes(30);

		/**
		 * Whether to answer Private Network Access preflights (Access-Control-Request-Private-Network), letting
		 * public sites reach this server on a private network. Requires listed origins (not '*').
		 */
		private boolean allowPrivateNetwork;

		public List<String> getPathPatterns() {
			return this.pathPatterns;
		}

		public void setPathPatterns(List<String> pathPatterns) {
			this.pathPatterns = pathPatterns;
		}

		public List<String> getAllowedOrigins() {
			return this.allowedOrigins;
		}

		public void setAllowedOrigins(List<String> allowedOrigins) {
			this.allowedOrigins = allowedOrigins;
		}

		public List<String> getAllowedOriginPatterns() {
			return this.allowedOriginPatterns;
		}

		public void setAllowedOriginPatterns(List<String> allowedOriginPatterns) {
			this.allowedOriginPatterns = allowedOriginPatterns;
		}

		public List<String> getAllowedMethods() {
			return this.allowedMethods;
		}

		public void setAllowedMethods(List<String> allowedMethods) {
			this.allowedMethods = allowedMethods;
		}

		public List<String> getAllowedHeaders() {
			return this.allowedHeaders;
		}

		public void setAllowedHeaders(List<String> allowedHeaders) {
			this.allowedHeaders = allowedHeaders;
		}

		public List<String> getExposedHeaders() {
			return this.exposedHeaders;
		}

		public void setExposedHeaders(List<String> exposedHeaders) {
			this.exposedHeaders = exposedHeaders;
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
			this.maxAge = maxAge;
		}

		public boolean isAllowPrivateNetwork() {
			return this.allowPrivateNetwork;
		}

		public void setAllowPrivateNetwork(boolean allowPrivateNetwork) {
			this.allowPrivateNetwork = allowPrivateNetwork;
		}

	}

}
