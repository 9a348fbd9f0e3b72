package io.github.corsstarter.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of a {@link CorsPolicySpec}, so that problems name the setting they are about and each layer renders
 * it its own way: the Spring Boot layer as {@code cors.policies.<name>.<key>[index]}, code that compiles a spec
 * directly as the setting's key.
 * <p>
 * Each constant is one property of {@link CorsPolicySpec}; its key is the property's name in kebab case.
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

	DANGEROUSLY_TOLERATE_SUBDOMAINS_OF_PUBLIC_SUFFIXES;

	private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

	/** The setting's name in kebab case, as in {@code allowed-origins}. */
	public String key() {
		return this.key;
	}

	/** The setting with that kebab-case key, if there is one. */
	public static Optional<PolicySetting> ofKey(String key) {
		return Arrays.stream(values()).filter((setting) -> setting.key.equals(key)).findFirst();
	}

	/**
	 * A reference to this setting inside a problem's fix, rendered by {@link ConfigurationProblem#fix(java.util.function.Function)}
	 * as the full property name where one exists.
	 */
	String reference() {
		return "{" + this.key + "}";
	}

}
