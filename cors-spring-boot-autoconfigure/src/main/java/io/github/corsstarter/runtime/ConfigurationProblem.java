package io.github.corsstarter.runtime;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.corsstarter.policy.PolicySetting;

/**
 * One thing wrong (or risky) with a setting of a policy.
 * <p>
 * Problems are typed: they name the policy and the {@link PolicySetting}, not a property
 * key, so code that compiles a policy spec directly reads about the settings it wrote,
 * and the Spring Boot layer renders them as {@code cors.policies.<policy>.<key>[index]}.
 *
 * @param kind what kind of mistake or risk it is, for code and tests to tell problems
 * apart without reading their wording
 * @param policy the policy's name
 * @param setting the setting the problem is about
 * @param index the position of the offending item in a list setting, or {@link #NO_INDEX}
 * @param value the value as written (list items exactly; other values in their Java form)
 * @param reason why the value is wrong or risky
 * @param fixTemplate what to write instead; other settings it mentions are written as
 * {@code {key}} references
 */
public record ConfigurationProblem(Kind kind, String policy, PolicySetting setting, int index, String value,
		String reason, String fixTemplate) {

	/** The index of a problem about a whole setting rather than one item of it. */
	public static final int NO_INDEX = -1;

	private static final Pattern REFERENCE = Pattern.compile("\\{([a-z-]+)}");

	/** The key of the offending setting, with its index: {@code allowed-origins[1]}. */
	public String settingKey() {
		return this.setting.key() + ((this.index != NO_INDEX) ? "[" + this.index + "]" : "");
	}

	/** What to write instead, naming other settings by their keys. */
	public String fix() {
		return fix(PolicySetting::key);
	}

	/**
	 * What to write instead, naming other settings of the same policy the way the caller
	 * names them.
	 * @param keyOf how a setting of this problem's policy is named, for example as a full
	 * property key
	 */
	public String fix(Function<PolicySetting, String> keyOf) {
		Matcher references = REFERENCE.matcher(this.fixTemplate);
		StringBuilder fix = new StringBuilder();
		while (references.find()) {
			String key = references.group(1);
			String rendered = PolicySetting.ofKey(key).map(keyOf).orElse(references.group());
			references.appendReplacement(fix, Matcher.quoteReplacement(rendered));
		}
		return references.appendTail(fix).toString();
	}

	@Override
	public String toString() {
		return "policy '" + this.policy + "' " + settingKey() + "='" + this.value + "': " + this.reason + "; " + fix();
	}

	/**
	 * What kind of mistake or risk a problem is. Stable across releases, unlike the
	 * wording of reasons and fixes; the Actuator view and reload reports carry it.
	 */
	public enum Kind {

		/**
		 * Not an origin as browsers serialize it: a path, upper case, a default port...
		 */
		MALFORMED_ORIGIN,
		/**
		 * {@code null} or a {@code file:} origin, which browsers send as a shared 'null'.
		 */
		OPAQUE_ORIGIN,
		/** A wildcard in {@code allowed-origins}, which takes exact origins only. */
		WILDCARD_IN_ALLOWED_ORIGINS,
		/** An IP address browsers refuse, such as {@code 256.0.0.1}. */
		INVALID_IP_ADDRESS,
		/**
		 * An IP address written otherwise than browsers send it, such as {@code 127.1}.
		 */
		NON_CANONICAL_IP_ADDRESS,
		/** An origin pattern that is not scheme://[*.]host[:port or port list]. */
		MALFORMED_ORIGIN_PATTERN,
		/** A label wildcard over an IP address, which matches nothing. */
		WILDCARD_OVER_IP_ADDRESS,
		/** A label wildcard over a public suffix, or over a name with one below it. */
		WILDCARD_OVER_PUBLIC_SUFFIX,
		/** Tolerating wildcards over public suffixes where no pattern needs it. */
		NEEDLESS_TOLERANCE,
		/** {@code *} origins or exposed headers with credentials. */
		WILDCARD_WITH_CREDENTIALS,
		/** {@code *} origins with private network access. */
		WILDCARD_WITH_PRIVATE_NETWORK,
		/** Credentials for plain-http origins off loopback. */
		PLAIN_HTTP_WITH_CREDENTIALS,
		/** A policy that allows no origin at all. */
		NO_ORIGIN_ALLOWED,
		/**
		 * {@code timing-allow-origin} on a policy that allows no origin to send it to.
		 */
		TIMING_FOR_NO_ORIGIN,
		/** An empty item in a list. */
		EMPTY_ITEM,
		/** A method or header name that is not an RFC 9110 token. */
		NOT_A_TOKEN,
		/** A method browsers never send (Fetch's forbidden methods). */
		FORBIDDEN_METHOD,
		/** A header scripts cannot set or read (Fetch's forbidden header names). */
		FORBIDDEN_HEADER,
		/** An {@code Access-Control-*} header in a header list. */
		CORS_PROTOCOL_HEADER,
		/** A negative duration. */
		NEGATIVE_DURATION,
		/** A duration or count that must be positive. */
		NOT_POSITIVE,
		/** A {@code max-age} above 24 hours, more than any browser honours. */
		MAX_AGE_TOO_LONG,
		/** A {@code max-age} above Chromium's 2 hour cap. */
		MAX_AGE_ABOVE_CHROMIUM_CAP,
		/** An origin resolver timeout long enough to keep browsers waiting. */
		SLOW_LOOKUP_TIMEOUT,
		/** Origin resolver candidate patterns without an origin resolver to ask. */
		CANDIDATES_WITHOUT_RESOLVER,
		/** An origin source read more often than once a second. */
		REFRESH_TOO_FREQUENT,
		/** An origin source or resolver that names no available bean. */
		UNKNOWN_BEAN,
		/** A path pattern Spring's {@code PathPatternParser} refuses. */
		MALFORMED_PATH_PATTERN,
		/** A path pattern two policies claim. */
		DUPLICATE_PATH_PATTERN,
		/** A path pattern that repeats the context path or WebFlux base path. */
		PATH_PATTERN_REPEATS_CONTEXT_PATH,
		/**
		 * Cross-origin protection on a policy that allows no origin, or every origin, so
		 * that no list says which other origins may send unsafe requests.
		 */
		CROSS_ORIGIN_PROTECTION_WITHOUT_ORIGINS,
		/** A {@code cors.*} key the starter does not know. */
		UNKNOWN_PROPERTY,
		/** A value that cannot be converted to the property's type. */
		UNREADABLE_VALUE,
		/** A {@code cors.public-suffix-list} that cannot be read as one. */
		UNREADABLE_PUBLIC_SUFFIX_LIST,
		/** A reload that failed unexpectedly; the log has the stack trace. */
		RELOAD_FAILED

	}

}
