package io.github.corsstarter.policy;

import java.util.Optional;

import io.github.corsstarter.policy.ConfigurationProblem.Kind;
import io.github.corsstarter.policy.ConfigurationProblems.PolicyProblems;

/**
 * A compiled origin pattern. Two wildcards exist, each compared structurally, never
 * through a regular expression:
 * <ul>
 * <li>a leading {@code *.} label wildcard: {@code https://*.example.com} matches one or
 * more labels under {@code example.com}, never {@code example.com} itself nor
 * {@code evilexample.com};</li>
 * <li>a port list: {@code http://localhost:[*]} matches any port (the default one
 * included), {@code http://localhost:[3000,5173]} those ports only.</li>
 * </ul>
 */
final class OriginPattern {

	private static final int[] ANY_PORT = null;

	private static final int[] INVALID_PORTS = {};

	private static final String SYNTAX_HELP = "use an exact origin, a leading label wildcard or a port list, "
			+ "for example 'https://*.example.com', 'http://localhost:[*]' or 'http://localhost:[3000,5173]'";

	private final String scheme;

	/**
	 * The exact host, or the suffix (with its leading dot) that a label wildcard stands
	 * before.
	 */
	private final String host;

	private final boolean labelWildcard;

	/**
	 * Allowed ports, {@link Origin#NO_PORT} standing for the default one; {@code null}
	 * for any.
	 */
	private final int[] ports;

	private final String source;

	/** Where the pattern stands in {@code allowed-origin-patterns}. */
	private final int index;

	private OriginPattern(String source, int index, String scheme, String host, boolean labelWildcard, int[] ports) {
		this.source = source;
		this.index = index;
		this.scheme = scheme;
		this.host = host;
		this.labelWildcard = labelWildcard;
		this.ports = ports;
	}

	boolean matches(Origin origin) {
		if (!this.scheme.equals(origin.scheme())) {
			return false;
		}
		String originHost = origin.host();
		boolean hostMatches = this.labelWildcard
				? originHost.length() > this.host.length() && originHost.endsWith(this.host)
				: originHost.equals(this.host);
		return hostMatches && (this.ports == ANY_PORT || contains(this.ports, origin.port()));
	}

	@Override
	public String toString() {
		return this.source;
	}

	int index() {
		return this.index;
	}

	/**
	 * Whether the pattern matches plain-{@code http} origins off the loopback interface,
	 * whose traffic anyone on the network path can read and forge.
	 */
	boolean matchesPlainHttpOffLoopback() {
		if (!this.scheme.equals("http")) {
			return false;
		}
		return this.labelWildcard ? !isLocalhost(this.host.substring(1)) : !IpHosts.isLoopback(this.host);
	}

	/**
	 * Compiles a pattern other than the bare {@code *}, reporting what is wrong with it.
	 * @return the pattern, or {@code null} after reporting a problem
	 */
	static OriginPattern compile(String value, int index, OriginMatcher.Rules rules, PolicyProblems problems) {
		return compile(value, index, PolicySetting.ALLOWED_ORIGIN_PATTERNS, rules, problems);
	}

	/**
	 * Compiles a pattern of a setting that takes origin patterns, reporting what is wrong
	 * with it against that setting.
	 * @return the pattern, or {@code null} after reporting a problem
	 */
	static OriginPattern compile(String value, int index, PolicySetting setting, OriginMatcher.Rules rules,
			PolicyProblems problems) {
		int schemeEnd = value.indexOf("://");
		Origin schemeProbe = (schemeEnd > 0) ? Origin.parse(value.substring(0, schemeEnd) + "://x") : null;
		if (schemeProbe == null) {
			problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value, "no valid lower-case scheme",
					SYNTAX_HELP);
			return null;
		}
		String scheme = schemeProbe.scheme();
		String rest = value.substring(schemeEnd + 3);
		boolean labelWildcard = rest.startsWith("*.");
		String hostAndPort = labelWildcard ? rest.substring(1) : rest;
		int hostEnd = Origin.hostEnd(hostAndPort, labelWildcard ? 1 : 0);
		if (hostEnd <= 0) {
			problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
					(rest.indexOf('*') >= 0)
							? "'*' is only supported as a whole leading label ('*.') or as a port list ('[*]')"
							: "the host is not a lower-case ASCII domain or IP address",
					SYNTAX_HELP);
			return null;
		}
		String host = hostAndPort.substring(0, hostEnd);
		String portPart = hostAndPort.substring(hostEnd);
		// Ports first: a fix for the host repeats the ports, so they must be valid before
		// one is suggested.
		int[] ports = compilePorts(setting, scheme, portPart, value, index, problems);
		if (ports == INVALID_PORTS) {
			return null;
		}
		boolean hostAccepted = labelWildcard
				? checkWildcardSuffix(setting, value, index, scheme, host.substring(1), portPart, rules, problems)
				: !OriginDiagnosis.reportNonCanonicalHost(host, value, setting, index, "http://127.0.0.1:[*]",
						problems);
		return hostAccepted ? new OriginPattern(value, index, scheme, host, labelWildcard, ports) : null;
	}

	/**
	 * A label wildcard must stand over a name whose subdomains one owner controls. Anyone
	 * can register a site under a public suffix ({@code co.uk}, {@code github.io},
	 * {@code vercel.app}), so a wildcard over one, or over a name with a public suffix
	 * below it ({@code amazonaws.com} over {@code s3.amazonaws.com}), would let every
	 * such site read the responses. {@code localhost} and the names under it are loopback
	 * (RFC 6761), so {@code http://*.localhost:5173} is fine.
	 * @return whether the pattern may be compiled
	 */
	private static boolean checkWildcardSuffix(PolicySetting setting, String value, int index, String scheme,
			String suffix, String portPart, OriginMatcher.Rules rules, PolicyProblems problems) {
		if (suffix.startsWith("[") || IpHosts.endsInANumber(suffix)) {
			problems.error(Kind.WILDCARD_OVER_IP_ADDRESS, setting, index, value,
					"a wildcard over an IP address matches no origin a browser sends",
					"list each address as an exact origin, for example 'http://127.0.0.1:[*]'");
			return false;
		}
		if (isLocalhost(suffix)) {
			return true;
		}
		PublicSuffixList list = rules.publicSuffixList().get();
		if (suffix.indexOf('.') < 0) {
			problems.error(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value,
					"a wildcard directly over the top-level domain '" + suffix + "' matches sites you do not own",
					"name your own domain, for example '" + scheme + "://*." + list.exampleRegistrableDomain(suffix)
							+ portPart + "'");
			return false;
		}
		Optional<PublicSuffixList.Rule> rule = list.publicSuffixRule(suffix);
		Optional<PublicSuffixList.Rule> below = rule.isPresent() ? Optional.empty()
				: list.publicSuffixRuleBelow(suffix);
		if (rule.isEmpty() && below.isEmpty()) {
			return true;
		}
		String reason = rule
			.map((suffixRule) -> "'" + suffix + "' is a public suffix (" + describe(suffixRule)
					+ "): anyone can register a site under it")
			.orElseGet(() -> "it also matches names under '" + below.get().text() + "', a public suffix ("
					+ describe(below.get()) + ") where anyone can register a site");
		String example = "'" + scheme + "://*." + list.exampleRegistrableDomain(suffix) + portPart + "'";
		if (rules.tolerateSubdomainsOfPublicSuffixes()) {
			problems.warn(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value,
					reason + "; tolerated because "
							+ PolicySetting.DANGEROUSLY_TOLERATE_SUBDOMAINS_OF_PUBLIC_SUFFIXES.key() + " is set",
					"make sure you control every site under it, or name your own domain, for example " + example);
			return true;
		}
		problems.error(Kind.WILDCARD_OVER_PUBLIC_SUFFIX, setting, index, value, reason,
				"name your own registrable domain, for example " + example);
		return false;
	}

	private static String describe(PublicSuffixList.Rule rule) {
		return "Public Suffix List, " + rule.section().name() + " section, rule '" + rule.text() + "'";
	}

	private static boolean isLocalhost(String host) {
		return host.equals("localhost") || host.endsWith(".localhost");
	}

	private static int[] compilePorts(PolicySetting setting, String scheme, String portPart, String value, int index,
			PolicyProblems problems) {
		if (portPart.isEmpty()) {
			return new int[] { Origin.NO_PORT };
		}
		if (portPart.equals(":[*]")) {
			return ANY_PORT;
		}
		boolean list = portPart.startsWith(":[") && portPart.endsWith("]");
		String[] items = list ? portPart.substring(2, portPart.length() - 1).split(",", -1)
				: new String[] { portPart.substring(1) };
		int[] ports = new int[items.length];
		for (int i = 0; i < items.length; i++) {
			ports[i] = Origin.parsePort(items[i], 0, items[i].length());
			if (ports[i] == Origin.NO_PORT) {
				problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
						"'" + items[i] + "' is not a port (1-65535, no leading zero)", SYNTAX_HELP);
				return INVALID_PORTS;
			}
			if (ports[i] == Origin.defaultPort(scheme)) {
				problems.error(Kind.MALFORMED_ORIGIN_PATTERN, setting, index, value,
						"port " + ports[i] + " is the default for " + scheme + " and browsers never send it",
						"leave the default port out");
				return INVALID_PORTS;
			}
		}
		return ports;
	}

	private static boolean contains(int[] ports, int port) {
		for (int candidate : ports) {
			if (candidate == port) {
				return true;
			}
		}
		return false;
	}

}
