package io.github.corsstarter.policy;

/**
 * An origin parsed structurally from its ASCII serialization (HTML "serialization of an
 * origin": {@code scheme "://" host [ ":" port ]}), the only form browsers put in the
 * {@code Origin} request header.
 * <p>
 * Parsing is strict: upper-case letters, a default port, a path, userinfo or anything
 * else a browser never sends makes the value unparseable, so a crafted value can never be
 * read as a different, allowed origin.
 *
 * @param scheme the scheme, lower-case
 * @param host a lower-case domain or IPv4 address, or a bracketed IPv6 address
 * @param port the port, or {@link #NO_PORT} when the serialization has none (the scheme's
 * default)
 */
public record Origin(String scheme, String host, int port) {

	public static final int NO_PORT = -1;

	private static final String SCHEME_SEPARATOR = "://";

	/**
	 * Parses a serialized origin.
	 * @param value the value, for example {@code https://app.example.com:8443}
	 * @return the origin, or {@code null} if the value is not an ASCII serialized origin
	 */
	public static Origin parse(String value) {
		int schemeEnd = value.indexOf(SCHEME_SEPARATOR);
		if (schemeEnd <= 0 || !isScheme(value, schemeEnd)) {
			return null;
		}
		int hostStart = schemeEnd + SCHEME_SEPARATOR.length();
		int hostEnd = hostEnd(value, hostStart);
		if (hostEnd < 0) {
			return null;
		}
		String scheme = value.substring(0, schemeEnd);
		int port = NO_PORT;
		if (hostEnd < value.length()) {
			if (value.charAt(hostEnd) != ':') {
				return null;
			}
			port = parsePort(value, hostEnd + 1, value.length());
			if (port == NO_PORT || port == defaultPort(scheme)) {
				return null;
			}
		}
		return new Origin(scheme, value.substring(hostStart, hostEnd), port);
	}

	/**
	 * Parses an origin exactly as browsers send it: a serialized origin whose IP address,
	 * if it has one, is in the form browsers write. The one check that configured
	 * origins, an origin source's entries and the origins an origin resolver is asked
	 * about pass.
	 * @return the origin, or {@code null} if no browser sends the value
	 */
	public static Origin parseAsSent(String value) {
		Origin origin = parse(value);
		return (origin != null && origin.host().equals(IpHosts.canonical(origin.host()))) ? origin : null;
	}

	/** The scheme's default port, which a serialized origin never states. */
	public static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http", "ws" -> 80;
			case "https", "wss" -> 443;
			default -> NO_PORT;
		};
	}

	/**
	 * Whether the host is a loopback name or address, where plain {@code http} stays on
	 * the machine: exactly {@code localhost} and the names under it (RFC 6761),
	 * {@code 127.0.0.0/8} and {@code [::1]}, so that {@code 127.evil.com} is not one.
	 */
	public boolean isLoopback() {
		return IpHosts.isLoopback(this.host);
	}

	@Override
	public String toString() {
		return this.scheme + SCHEME_SEPARATOR + this.host + ((this.port != NO_PORT) ? ":" + this.port : "");
	}

	/** URL standard scheme syntax, lower-case only: {@code [a-z][a-z0-9+.-]*}. */
	private static boolean isScheme(String value, int end) {
		for (int i = 0; i < end; i++) {
			char c = value.charAt(i);
			boolean letter = c >= 'a' && c <= 'z';
			if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Finds where the host starting at {@code start} ends (at a {@code ':'} or the end of
	 * the value).
	 * @return the end index, or -1 if the host is empty or not in serialized form
	 */
	public static int hostEnd(String value, int start) {
		if (start < value.length() && value.charAt(start) == '[') {
			return ipv6HostEnd(value, start);
		}
		int i = start;
		boolean labelStart = true;
		while (i < value.length() && value.charAt(i) != ':') {
			char c = value.charAt(i);
			if (c == '.') {
				if (labelStart) {
					return -1;
				}
				labelStart = true;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
				labelStart = false;
			}
			else {
				return -1;
			}
			i++;
		}
		return (i == start || labelStart) ? -1 : i;
	}

	private static int ipv6HostEnd(String value, int start) {
		int close = value.indexOf(']', start);
		if (close < start + 3) {
			return -1;
		}
		for (int i = start + 1; i < close; i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
				return -1;
			}
		}
		return close + 1;
	}

	/**
	 * Parses a port in serialized form: 1 to 5 digits, no leading zero, 1 to 65535.
	 * @return the port, or {@link #NO_PORT} if the region is not one
	 */
	public static int parsePort(String value, int from, int to) {
		int length = to - from;
		if (length < 1 || length > 5 || value.charAt(from) == '0') {
			return NO_PORT;
		}
		int port = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return NO_PORT;
			}
			port = port * 10 + (c - '0');
		}
		return (port <= 65535) ? port : NO_PORT;
	}

}
