package io.github.corsstarter.runtime;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.corsstarter.policy.IpHosts;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.ListedOrigins.Rejected;
import io.github.corsstarter.policy.Origin;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.ConfigurationProblems.PolicyProblems;

/**
 * Explains why a configured value is not a serialized origin, and works out the value the
 * user most likely meant: for configured origins and for what an origin source lists.
 */
final class OriginDiagnosis {

	private OriginDiagnosis() {
	}

	/**
	 * Reports the problem with an allowed-origins value that is not a serialized origin.
	 */
	static void report(String value, int index, PolicyProblems problems) {
		if (value.equals("null")) {
			problems
				.error(Kind.OPAQUE_ORIGIN, PolicySetting.ALLOWED_ORIGINS, index, value,
						"the 'null' origin is shared by sandboxed iframes, local files and cross-origin redirects, "
								+ "so allowing it allows all of them",
						"remove it and serve the client from a real origin");
			return;
		}
		if (value.startsWith("file:")) {
			problems.error(Kind.OPAQUE_ORIGIN, PolicySetting.ALLOWED_ORIGINS, index, value,
					"pages opened from file: have an opaque origin that browsers send as 'null'",
					"remove it and serve the client over http(s)");
			return;
		}
		if (value.indexOf('*') >= 0) {
			problems.error(Kind.WILDCARD_IN_ALLOWED_ORIGINS, PolicySetting.ALLOWED_ORIGINS, index, value,
					"allowed-origins takes exact origins; wildcards belong in origin patterns",
					"move it to " + PolicySetting.ALLOWED_ORIGIN_PATTERNS.reference());
			return;
		}
		List<String> reasons = new ArrayList<>();
		String suggestion = suggest(value, reasons);
		String fix = (suggestion != null && Origin.parseAsSent(suggestion) != null) ? "write '" + suggestion + "'"
				: "write an origin as scheme://host[:port], for example 'https://app.example.com'";
		problems.error(Kind.MALFORMED_ORIGIN, PolicySetting.ALLOWED_ORIGINS, index, value,
				"not an origin as browsers send it (scheme://host[:port]): "
						+ (reasons.isEmpty() ? "malformed" : String.join(", ", reasons)),
				fix);
	}

	/**
	 * Reports an origin (or the host of an origin pattern) whose IP address is not
	 * written the way browsers serialize it: such an origin can never match. Browsers
	 * parse {@code 127.1}, {@code 0x7f.0.0.1} and {@code 2130706433} as 127.0.0.1 and
	 * send that (URL Standard, "host parsing"). Where the canonical form is not worked
	 * out ({@link IpHosts#canonical(String)}), the fix names the form to write.
	 * @param host the value's host, as written
	 * @param example a valid value of the setting, for the fix of an invalid address
	 * @return whether a problem was reported
	 */
	static boolean reportNonCanonicalHost(String host, String value, PolicySetting setting, int index, String example,
			PolicyProblems problems) {
		String canonical = IpHosts.canonical(host);
		if (canonical == null && IpHosts.isRefused(host)) {
			problems.error(Kind.INVALID_IP_ADDRESS, setting, index, value,
					"'" + host + "' is not a valid IP address, so browsers refuse to load such a page",
					"write a valid address, for example '" + example + "'");
			return true;
		}
		if (canonical == null) {
			problems.error(Kind.NON_CANONICAL_IP_ADDRESS, setting, index, value, "'" + host
					+ "' is not an IP address in the form browsers send "
					+ "(four decimal numbers 0-255 without leading zeros, or a compressed lower-case IPv6 address), "
					+ "so the value as written never matches",
					"write the address as browsers send it, for example '" + example + "'");
			return true;
		}
		if (!canonical.equals(host)) {
			problems.error(Kind.NON_CANONICAL_IP_ADDRESS, setting, index, value,
					"browsers send this IP address as '" + canonical + "', so the value as written never matches",
					"write '" + value.replace(host, canonical) + "'");
			return true;
		}
		return false;
	}

	/**
	 * Checks an exact origin, as {@code allowed-origins} or an origin source lists it,
	 * reporting why a browser never sends it.
	 * @return whether the origin is one browsers send
	 */
	static boolean checkExactOrigin(String value, int index, PolicyProblems problems) {
		if (Origin.parseAsSent(value) != null) {
			return true;
		}
		Origin origin = Origin.parse(value);
		if (origin == null) {
			report(value, index, problems);
		}
		else {
			reportNonCanonicalHost(origin.host(), value, PolicySetting.ALLOWED_ORIGINS, index, "http://127.0.0.1",
					problems);
		}
		return false;
	}

	/**
	 * Checks what an origin source listed: the origins browsers send are kept; everything
	 * else (a typo, a trailing slash, a wildcard, {@code null}) is rejected with the
	 * reason, so one customer's mistake never takes the rest down.
	 */
	static ListedOrigins checkListed(String source, Collection<String> values) {
		Set<String> origins = new HashSet<>();
		List<Rejected> rejected = new ArrayList<>();
		ConfigurationProblems problems = new ConfigurationProblems();
		PolicyProblems check = problems.of(source);
		int index = 0;
		for (String value : values) {
			if (value == null || value.isBlank()) {
				rejected.add(new Rejected(String.valueOf(value), "an empty entry", "remove it"));
			}
			else if (checkExactOrigin(value, index, check)) {
				origins.add(value);
			}
			else {
				ConfigurationProblem problem = problems.lastError();
				rejected.add(new Rejected(value, problem.reason(), problem.fix()));
			}
			index++;
		}
		return new ListedOrigins(source, origins, rejected);
	}

	/**
	 * Rebuilds the value leniently as the origin a browser would send, noting each
	 * difference as a reason.
	 * @return the suggested origin, or {@code null} if none can be worked out
	 */
	private static String suggest(String value, List<String> reasons) {
		String trimmed = value.strip();
		if (!trimmed.equals(value)) {
			reasons.add("surrounding whitespace");
		}
		int schemeEnd = trimmed.indexOf("://");
		if (schemeEnd <= 0) {
			reasons.add("no scheme");
			return trimmed.contains(":") ? null : suggest("https://" + trimmed, new ArrayList<>());
		}
		String scheme = trimmed.substring(0, schemeEnd);
		String rest = trimmed.substring(schemeEnd + 3);
		int authorityEnd = indexOfAny(rest, "/?#");
		String authority = rest.substring(0, authorityEnd);
		String tail = rest.substring(authorityEnd);
		if (tail.equals("/")) {
			reasons.add("a trailing slash");
		}
		else if (!tail.isEmpty()) {
			reasons.add(describeTail(tail));
		}
		int at = authority.lastIndexOf('@');
		if (at >= 0) {
			reasons.add("userinfo");
			authority = authority.substring(at + 1);
		}
		int portSeparator = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']'))
				: authority.lastIndexOf(':');
		String host = (portSeparator >= 0) ? authority.substring(0, portSeparator) : authority;
		String port = (portSeparator >= 0) ? authority.substring(portSeparator + 1) : "";
		String lowerCase = (scheme + host).toLowerCase(Locale.ROOT);
		if (!lowerCase.equals(scheme + host)) {
			reasons.add("upper-case letters");
		}
		scheme = scheme.toLowerCase(Locale.ROOT);
		host = host.toLowerCase(Locale.ROOT);
		if (!host.chars().allMatch((c) -> c < 128)) {
			reasons.add("a non-ASCII host (browsers send its punycode form)");
			host = toAscii(host);
			if (host == null) {
				return null;
			}
		}
		String canonical = IpHosts.canonical(host);
		if (canonical != null && !canonical.equals(host)) {
			reasons.add("an IP address not in the form browsers send ('" + canonical + "')");
			host = canonical;
		}
		if (!port.isEmpty() && String.valueOf(Origin.defaultPort(scheme)).equals(port)) {
			reasons.add("the default port " + port + ", which browsers never send");
			port = "";
		}
		return scheme + "://" + host + (port.isEmpty() ? "" : ":" + port);
	}

	private static String describeTail(String tail) {
		return switch (tail.charAt(0)) {
			case '?' -> "a query";
			case '#' -> "a fragment";
			default -> "a path";
		};
	}

	private static int indexOfAny(String value, String characters) {
		for (int i = 0; i < value.length(); i++) {
			if (characters.indexOf(value.charAt(i)) >= 0) {
				return i;
			}
		}
		return value.length();
	}

	private static String toAscii(String host) {
		try {
			return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
