package io.github.corsstarter.policy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * IP address hosts as browsers serialize them in an origin (URL Standard,
 * <a href="https://url.spec.whatwg.org/#host-parsing">host parsing</a> and
 * <a href="https://url.spec.whatwg.org/#host-serializing">serializing</a>). A browser
 * parses a URL's host before it builds the page's origin: {@code http://127.1},
 * {@code http://0x7f.0.0.1} and {@code http://2130706433} load a page whose
 * {@code Origin} is {@code http://127.0.0.1}, and {@code http://[0:0:0:0:0:0:0:1]} one
 * whose {@code Origin} is {@code http://[::1]}. A configured IP host must therefore
 * already be in that canonical form; any other form could never match and is refused.
 * <p>
 * The canonical form a fix offers is the JDK's reading of the literal. The JDK is handed
 * only strings it reads as literals, since {@link InetAddress#getByName(String)} looks up
 * any other string in DNS: decimal IPv4 forms it reads as browsers do, and bracketed IPv6
 * literals. Hexadecimal and octal IPv4 forms (which the JDK reads differently or not at
 * all) are refused without a rewrite. The runtime asks it while a configuration is
 * compiled; a request only through {@link Origin#parseAsSent(String)}, before an origin
 * resolver is asked.
 */
public final class IpHosts {

	/** The URL Standard's IPv4 serialization: four decimal bytes, no leading zero. */
	private static final Pattern CANONICAL_IPV4 = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

	/**
	 * One to four decimal parts without leading zeros (a leading zero means octal to a
	 * browser and decimal to the JDK), at most one trailing dot, as the JDK reads them.
	 */
	private static final Pattern DECIMAL_IPV4 = Pattern.compile("(0|[1-9][0-9]{0,9})(\\.(0|[1-9][0-9]{0,9})){0,3}\\.?");

	/** Decimal parts without leading zeros, any number of them, of any length. */
	private static final Pattern DECIMAL_PARTS = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*\\.?");

	/**
	 * What an IPv6 literal is made of; no zone ({@code %eth0}), which browsers refuse.
	 */
	private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]");

	/**
	 * A number with a leading zero in a dotted IPv4 part ({@code [::ffff:01.2.3.4]}),
	 * which browsers refuse and the JDK reads.
	 */
	private static final Pattern DOTTED_LEADING_ZERO = Pattern.compile("\\.0[0-9]|[:.]0[0-9]+\\.");

	private IpHosts() {
	}

	/**
	 * The URL Standard's
	 * <a href="https://url.spec.whatwg.org/#ends-in-a-number-checker">ends in a number
	 * checker</a>: whether a browser reads this host as an IPv4 address rather than a
	 * domain. True when the last label, one trailing dot aside, is all ASCII digits, or
	 * {@code 0x}/{@code 0X} and hex digits. So {@code 127.evil.com} is a domain.
	 */
	public static boolean endsInANumber(String host) {
		int end = host.endsWith(".") ? host.length() - 1 : host.length();
		String last = host.substring(host.lastIndexOf('.', end - 1) + 1, end);
		boolean hex = last.length() >= 2 && last.charAt(0) == '0' && (last.charAt(1) == 'x' || last.charAt(1) == 'X');
		return !last.isEmpty() && (hex ? last.substring(2).chars().allMatch(IpHosts::isHexDigit)
				: last.chars().allMatch((c) -> c >= '0' && c <= '9'));
	}

	/**
	 * Whether a canonical host is a loopback one, where plain {@code http} never leaves
	 * the machine: {@code localhost} and the names under it (RFC 6761, 6.3),
	 * {@code 127.0.0.0/8} in canonical form (RFC 1122, 3.2.1.3) and {@code [::1]} (RFC
	 * 4291, 2.5.3). Not {@code 127.evil.com}, nor a form no browser sends
	 * ({@code 127.1}).
	 */
	public static boolean isLoopback(String canonicalHost) {
		if (canonicalHost.equals("localhost") || canonicalHost.equals("[::1]")) {
			return true;
		}
		if (canonicalHost.endsWith(".localhost")) {
			return canonicalHost.length() > ".localhost".length() && canonicalHost.charAt(0) != '.';
		}
		return canonicalHost.startsWith("127.") && CANONICAL_IPV4.matcher(canonicalHost).matches();
	}

	/**
	 * The host as browsers send it in an origin.
	 * @param host a host, lower case, IPv6 in brackets
	 * @return the host itself if it is a domain or a canonical address; the canonical
	 * form of another decimal IPv4 or an IPv6 address; {@code null} if it is an address
	 * browsers refuse ({@link #isRefused(String)}) or one in a form not rewritten here
	 */
	public static String canonical(String host) {
		if (host.startsWith("[")) {
			boolean literal = IPV6.matcher(host).matches() && !DOTTED_LEADING_ZERO.matcher(host).find();
			InetAddress address = literal ? literal(host) : null;
			return (address != null) ? "[" + serializeIpv6(address.getAddress()) + "]" : null;
		}
		if (!endsInANumber(host) || CANONICAL_IPV4.matcher(host).matches()) {
			return host;
		}
		String decimal = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		InetAddress address = isDecimalIpv4(host) ? literal(decimal) : null;
		return (address != null) ? address.getHostAddress() : null;
	}

	/**
	 * Whether browsers refuse to load a URL with this host: an IPv6 address the JDK does
	 * not read, or a decimal IPv4 form out of range (more than four parts, a part but the
	 * last above 255, a last part above the bytes left). The URL Standard's IPv4 parser
	 * and the JDK agree on those forms.
	 */
	public static boolean isRefused(String host) {
		if (host.startsWith("[")) {
			return canonical(host) == null;
		}
		return DECIMAL_PARTS.matcher(host).matches() && !isDecimalIpv4(host);
	}

	/**
	 * A decimal form the JDK reads as a literal, so that {@link #literal} never looks it
	 * up: each part in range for its place (Java's {@code InetAddress} "Textual
	 * representation of IP addresses": {@code a.b.c.d}, {@code a.b.c}, {@code a.b},
	 * {@code a}, the last part filling the bytes left).
	 */
	private static boolean isDecimalIpv4(String host) {
		if (!DECIMAL_IPV4.matcher(host).matches()) {
			return false;
		}
		String[] parts = host.split("\\.");
		for (int i = 0; i < parts.length; i++) {
			long limit = (i < parts.length - 1) ? 255 : (1L << (8 * (5 - parts.length))) - 1;
			if (Long.parseLong(parts[i]) > limit) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The JDK's reading of a literal; callers pass only literals (see the class comment),
	 * so no name is looked up.
	 */
	private static InetAddress literal(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/**
	 * The URL Standard's
	 * <a href="https://url.spec.whatwg.org/#concept-ipv6-serializer">IPv6 serializer</a>:
	 * lower-case hex pieces without leading zeros, the first longest run of two or more
	 * zero pieces compressed to {@code ::}, never a dotted part.
	 * @param bytes 16 bytes, or 4 where the JDK turned an IPv4-mapped address
	 * ({@code ::ffff:127.0.0.1}) into an {@link Inet4Address}
	 */
	private static String serializeIpv6(byte[] bytes) {
		int[] pieces = new int[8];
		int first = 8 - bytes.length / 2;
		for (int i = first; i < 8; i++) {
			pieces[i] = ((bytes[2 * (i - first)] & 0xff) << 8) | (bytes[2 * (i - first) + 1] & 0xff);
		}
		if (bytes.length == 4) {
			pieces[5] = 0xffff;
		}
		int compress = -1;
		int longest = 1;
		for (int i = 0; i < 8; i++) {
			int run = 0;
			while (i + run < 8 && pieces[i + run] == 0) {
				run++;
			}
			if (run > longest) {
				compress = i;
				longest = run;
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == compress) {
				out.append((i == 0) ? "::" : ":");
				i += longest - 1;
			}
			else {
				out.append(Integer.toHexString(pieces[i])).append((i < 7) ? ":" : "");
			}
		}
		return out.toString();
	}

	private static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
