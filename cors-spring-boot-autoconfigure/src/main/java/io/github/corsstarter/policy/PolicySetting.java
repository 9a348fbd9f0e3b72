package io.github.corsstarter.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of a policy: the keys of a compiled policy's effective settings
 * ({@link CorsPolicy#settings()}), and what the runtime's configuration problems name, so
 * that each layer renders a setting its own way: the Spring Boot layer as
 * {@code cors.policies.<name>.<key>[index]}, code that compiles a spec directly as the
 * setting's key.
 * <p>
 * Each constant is one property of the runtime's {@code CorsPolicySpec} (or of one of its
 * nested groups); its key is the property's path in kebab case.
 */
public enum PolicySetting {

	PATH_PATTERNS,

	ALLOWED_ORIGINS,

	ALLOWED_ORIGIN_PATTERNS,

	ALLOWED_METHODS,

	ALLOWED_HEADERS,

	EXPOSED_HEADERS,

	ALLOW_CREDENTIALS,

	MAX_AGE,

	ALLOW_PRIVATE_NETWORK,

	TIMING_ALLOW_ORIGIN, CROSS_ORIGIN_PROTECTION,

	DANGEROUSLY_TOLERATE_SUBDOMAINS_OF_PUBLIC_SUFFIXES,

	ORIGIN_SOURCE_BEAN("origin-source.bean"),

	ORIGIN_SOURCE_REFRESH_INTERVAL("origin-source.refresh-interval"),

	ORIGIN_SOURCE_STARTUP_TIMEOUT("origin-source.startup-timeout"),

	ORIGIN_RESOLVER_BEAN("origin-resolver.bean"),

	ORIGIN_RESOLVER_TIMEOUT("origin-resolver.timeout"),

	ORIGIN_RESOLVER_ALLOWED_TTL("origin-resolver.allowed-ttl"),

	ORIGIN_RESOLVER_DENIED_TTL("origin-resolver.denied-ttl"),

	ORIGIN_RESOLVER_CACHE_SIZE("origin-resolver.cache-size"),

	ORIGIN_RESOLVER_MAX_CONCURRENT_LOOKUPS("origin-resolver.max-concurrent-lookups"),

	ORIGIN_RESOLVER_MAX_LOOKUPS_PER_SECOND("origin-resolver.max-lookups-per-second"),

	ORIGIN_RESOLVER_CANDIDATE_PATTERNS("origin-resolver.candidate-patterns");

	private final String key;

	PolicySetting() {
		this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A setting of a nested group, such as {@code origin-source.bean}. */
	PolicySetting(String key) {
		this.key = key;
	}

	/**
	 * The setting's path in kebab case, as in {@code allowed-origins} or
	 * {@code origin-source.bean}.
	 */
	public String key() {
		return this.key;
	}

	/** The setting with that kebab-case key, if there is one. */
	public static Optional<PolicySetting> ofKey(String key) {
		return Arrays.stream(values()).filter((setting) -> setting.key.equals(key)).findFirst();
	}

	/**
	 * A reference to this setting inside a problem's fix, rendered by the runtime's
	 * {@code ConfigurationProblem.fix(Function)} as the full property name where one
	 * exists.
	 */
	public String reference() {
		return "{" + this.key + "}";
	}

}
