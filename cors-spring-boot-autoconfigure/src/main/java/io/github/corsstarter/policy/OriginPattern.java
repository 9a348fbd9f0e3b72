package io.github.corsstarter.policy;

import io.github.corsstarter.policy.ConfigurationProblems.PolicyProblems;

/**
 * A compiled origin pattern. Two wildcards exist, each compared structurally, never through a regular expression:
 * <ul>
 * <li>a leading {@code *.} label wildcard: {@code https://*.example.com} matches one or more labels under
 * {@code example.com}, never {@code example.com} itself nor {@code evilexample.com};</li>
 * <li>a port list: {@code http://localhost:[*]} matches any port (the default one included),
 * {@code http://localhost:[3000,5173]} those ports only.</li>
 * </ul>
 */
final class OriginPattern {

	private static final int[] ANY_PORT = null;

	private static final int[] INVALID_PORTS = {};

	private static final String SYNTAX_HELP = "use an exact origin, a leading label wildcard or a port list, "
			+ "for example 'https://*.example.com', 'http://localhost:[*]' or 'http://localhost:[3000,5173]'";

	private final String scheme;

	/** The exact host, or the suffix (with its leading dot) that a label wildcard stands before. */
	private final String host;

	private final boolean labelWildcard;

	/** Allowed ports, {@link Origin#NO_PORT} standing for the default one; {@code null} for any. */
	private final int[] ports;

	private final String source;

	private OriginPattern(String source, String scheme, String host, boolean labelWildcard, int[] ports) {
		this.source = source;
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

	/**
	 * Compiles a pattern other than the bare {@code *}, reporting what is wrong with it.
	 * @return the pattern, or {@code null} after reporting a problem
	 */
	static OriginPattern compile(String value, int index, PolicyProblems problems) {
		int schemeEnd = value.indexOf("://");
		Origin schemeProbe = (schemeEnd > 0) ? Origin.parse(value.substring(0, schemeEnd) + "://x") : null;
		if (schemeProbe == null) {
			problems.error(PolicySetting.ALLOWED_ORIGIN_PATTERNS, index, value, "no valid lower-case scheme", SYNTAX_HELP);
			return null;
		}
		String scheme = schemeProbe.scheme();
		String rest = value.substring(schemeEnd + 3);
		boolean labelWildcard = rest.startsWith("*.");
		String hostAndPort = labelWildcard ? rest.substring(1) : rest;
		int hostEnd = Origin.hostEnd(hostAndPort, labelWildcard ? 1 : 0);
		if (hostEnd <= 0) {
			problems.error(PolicySetting.ALLOWED_ORIGIN_PATTERNS, index, value, (rest.indexOf('*') >= 0)
					? "'*' is only supported as a whole leading label ('*.') or as a port list ('[*]')"
					: "the host is not a lower-case ASCII domain or IP address", SYNTAX_HELP);
			return null;
		}
		String host = hostAndPort.substring(0, hostEnd);
		if (labelWildcard && isTooBroad(host)) {
			problems.error(PolicySetting.ALLOWED_ORIGIN_PATTERNS, index, value, "a wildcard directly over a top-level domain matches sites you do not own",
					"name your own domain, for example 'https://*.example.com'");
			return null;
		}
		int[] ports = compilePorts(scheme, hostAndPort.substring(hostEnd), value, index, problems);
		return (ports == INVALID_PORTS) ? null : new OriginPattern(value, scheme, host, labelWildcard, ports);
	}

	/**
	 * Below a wildcard there must be at least a registrable-looking domain: two labels, the last not numeric (so
	 * neither {@code *.com} nor an IP address).
	 */
	private static boolean isTooBroad(String suffix) {
		int lastDot = suffix.lastIndexOf('.');
		return lastDot <= 0 || suffix.substring(lastDot + 1).chars().allMatch(Character::isDigit);
	}

	private static int[] compilePorts(String scheme, String portPart, String value, int index,
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
				problems.error(PolicySetting.ALLOWED_ORIGIN_PATTERNS, index, value, "'" + items[i] + "' is not a port (1-65535, no leading zero)",
						SYNTAX_HELP);
				return INVALID_PORTS;
			}
			if (ports[i] == Origin.defaultPort(scheme)) {
				problems.error(PolicySetting.ALLOWED_ORIGIN_PATTERNS, index, value, "port " + ports[i] + " is the default for " + scheme
						+ " and browsers never send it", "leave the default port out");
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
