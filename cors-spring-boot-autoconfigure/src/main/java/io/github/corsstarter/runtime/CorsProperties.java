package io.github.corsstarter.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * CORS properties. They are bound by {@link CorsPropertiesBinder} (at startup and on
 * every reload) rather than as a bean, so that a reload compiles a fresh copy and never a
 * half-updated one. Unknown keys under {@code cors.} fail startup: a misspelled key
 * silently ignored would silently block every cross-origin call.
 */
@ConfigurationProperties(prefix = CorsProperties.PREFIX)
public class CorsProperties {

	public static final String PREFIX = "cors";

	/**
	 * Whether to register the CORS filter. When false, no CORS headers are written and
	 * preflights reach the application (and Spring Security) like any other request. Read
	 * at startup only.
	 */
	private boolean enabled = true;

	private final Filter filter = new Filter();

	/**
	 * CORS policies by name. Each covers the paths of its path-patterns; where several
	 * match, the most specific pattern wins. Requests on paths no policy covers pass
	 * untouched.
	 */
	private Map<String, CorsPolicySpec> policies = new LinkedHashMap<>();

	/**
	 * Location (file: or classpath:) of a copy of the Public Suffix List
	 * (https://publicsuffix.org/list/), plain or gzipped, that origin patterns' wildcards
	 * are checked against, read at startup and on each reload. By default the snapshot
	 * bundled with the starter; point it at a newer copy to pick up suffixes added since.
	 */
	private @Nullable String publicSuffixList;

	/** {@code cors.enabled} as the environment has it now. */
	public static boolean isEnabled(Environment environment) {
		return environment.getProperty(PREFIX + ".enabled", Boolean.class, true);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getPublicSuffixList() {
		return this.publicSuffixList;
	}

	public void setPublicSuffixList(@Nullable String publicSuffixList) {
		this.publicSuffixList = publicSuffixList;
	}

	public Filter getFilter() {
		return this.filter;
	}

	public Map<String, CorsPolicySpec> getPolicies() {
		return this.policies;
	}

	public void setPolicies(Map<String, CorsPolicySpec> policies) {
		this.policies = policies;
	}

	public static class Filter {

		/**
		 * Order of the CORS filter among servlet filters or WebFlux web filters. Defaults
		 * to one less than Spring Security's filter chain (-101 unless
		 * spring.security.filter.order is changed), so preflights are answered before
		 * authentication runs. Read at startup only.
		 */
		private @Nullable Integer order;

		public @Nullable Integer getOrder() {
			return this.order;
		}

		public void setOrder(@Nullable Integer order) {
			this.order = order;
		}

	}

}
