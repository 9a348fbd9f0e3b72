package io.github.corsstarter.policy;

/**
 * IP address hosts in the canonical form browsers serialize them in, following the WHATWG
 * URL Standard's <a href="https://url.spec.whatwg.org/#host-parsing">host parsing</a> and
 * <a href="https://url.spec.whatwg.org/#host-serializing">host serializing</a>.
 * <p>
 * A browser parses the host of a URL before it builds the page's origin, so
 * {@code http://127.1}, {@code http://0x7f.0.0.1} and {@code http://2130706433} all load
 * a page whose {@code Origin} header says {@code http://127.0.0.1}, and
 * {@code http://[0:0:0:0:0:0:0:1]} one that says {@code http://[::1]}. A configured
 * origin written in any other form than the canonical one can never match, so
 * configuration checks rewrite it (or point at the form to write) with these methods.
 * Only used while a configuration is compiled.
 */
final class IpHosts {

	/**
	 * More than any IPv4 number part can be (the largest, a single part, is below
	 * 2<sup>32</sup>): parsing a part stops growing here, so arbitrarily long digit
	 * strings neither overflow nor pass.
	 */
	private static final long TOO_LARGE = 1L << 32;

	private static final int EOF = -1;

	private IpHosts() {
	}

	/**
	 * The URL Standard's
	 * <a href="https://url.spec.whatwg.org/#ends-in-a-number-checker">ends in a number
	 * checker</a>: whether the host parser reads this (ASCII, lower-cased) host as an
	 * IPv4 address rather than a domain. True when its last label, a single trailing dot
	 * aside, is all ASCII digits or {@code 0x}/{@code 0X} followed by zero or more hex
	 * digits. A host that ends in a number but fails {@link #canonicalIpv4(String)}
	 * ({@code foo.09}, {@code 1.2.3.4.5}) makes browsers refuse the whole URL.
	 * @param host the host, not bracketed
	 * @return whether the host ends in a number; false for the empty string
	 */
	static boolean endsInANumber(String host) {
		int end = host.length();
		if (end > 0 && host.charAt(end - 1) == '.') {
			end--;
		}
		int start = (end > 0) ? host.lastIndexOf('.', end - 1) + 1 : 0;
		if (start < end && allDigits(host, start, end)) {
			return true;
		}
		return parseIpv4Number(host, start, end) >= 0;
	}

	/**
	 * Runs the URL Standard's
	 * <a href="https://url.spec.whatwg.org/#concept-ipv4-parser">IPv4 parser</a> and the
	 * <a href="https://url.spec.whatwg.org/#concept-ipv4-serializer">IPv4 serializer</a>:
	 * one to four dot-separated parts (a single trailing dot is dropped), each decimal,
	 * octal after a leading {@code 0}, or hex after {@code 0x}; all but the last part are
	 * bytes, and the last fills the remaining bytes. So {@code 127.1}, {@code 0x7f.0.0.1}
	 * and {@code 2130706433} all give {@code 127.0.0.1}, and {@code 010.0.0.1} gives
	 * {@code 8.0.0.1}.
	 * @param host the host, not bracketed; the host parser only runs the IPv4 parser on
	 * hosts that {@linkplain #endsInANumber(String) end in a number}
	 * @return the dotted-decimal serialization, or {@code null} where the IPv4 parser
	 * fails
	 */
	static String canonicalIpv4(String host) {
		long address = parseIpv4(host);
		if (address < 0) {
			return null;
		}
		return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
				+ (address & 0xff);
	}

	/**
	 * Runs the URL Standard's
	 * <a href="https://url.spec.whatwg.org/#concept-ipv6-parser">IPv6 parser</a> and the
	 * <a href="https://url.spec.whatwg.org/#concept-ipv6-serializer">IPv6 serializer</a>
	 * on a bracketed host. The parser reads hex digits of either case, a {@code ::}
	 * compression and a trailing dotted IPv4 part; the serialization is lower-case hex
	 * without leading zeros, with the first longest run of two or more zero pieces
	 * compressed to {@code ::}, and never a dotted part: {@code [0:0:0:0:0:0:0:1]} gives
	 * {@code [::1]}, {@code [::ffff:127.0.0.1]} gives {@code [::ffff:7f00:1]},
	 * {@code [2001:DB8::1]} gives {@code [2001:db8::1]}. A zone identifier
	 * ({@code [fe80::1%25eth0]}) is refused, as browsers refuse it.
	 * @param bracketed the host with its brackets, for example {@code [::1]}
	 * @return the serialization in brackets, or {@code null} if the value is not
	 * bracketed or the parser fails
	 */
	static String canonicalIpv6(String bracketed) {
		int length = bracketed.length();
		if (length < 2 || bracketed.charAt(0) != '[' || bracketed.charAt(length - 1) != ']') {
			return null;
		}
		int[] address = parseIpv6(bracketed, 1, length - 1);
		return (address != null) ? "[" + serializeIpv6(address) + "]" : null;
	}

	/**
	 * Whether a canonical host is a loopback one, where plain {@code http} never leaves
	 * the machine: {@code localhost} and the names under it (RFC 6761, section 6.3,
	 * reserves them for loopback), an IPv4 address in {@code 127.0.0.0/8} (RFC 1122,
	 * section 3.2.1.3) in its canonical dotted-decimal form, and {@code [::1]} (RFC 4291,
	 * section 2.5.3). Nothing else: not {@code 127.evil.com} (a domain anyone can
	 * register a name under), nor a non-canonical form such as {@code 127.1} that no
	 * browser sends.
	 * @param canonicalHost a host as browsers serialize it in an origin
	 * @return whether it is a loopback host
	 */
	static boolean isLoopback(String canonicalHost) {
		if (canonicalHost.equals("localhost") || canonicalHost.equals("[::1]")) {
			return true;
		}
		if (canonicalHost.endsWith(".localhost")) {
			return canonicalHost.length() > ".localhost".length() && canonicalHost.charAt(0) != '.';
		}
		return canonicalHost.startsWith("127.") && canonicalHost.equals(canonicalIpv4(canonicalHost));
	}

	/**
	 * The IPv4 parser.
	 * @return the address as an unsigned 32-bit value, or -1 on failure
	 */
	private static long parseIpv4(String input) {
		// Strictly split on '.'; an empty last part is dropped if other parts precede it
		// (a trailing dot).
		int end = (input.endsWith(".")) ? input.length() - 1 : input.length();
		long[] numbers = new long[4];
		int count = 0;
		int start = 0;
		while (true) {
			int dot = input.indexOf('.', start);
			int partEnd = (dot >= 0 && dot < end) ? dot : end;
			if (count == numbers.length) {
				return -1;
			}
			long number = parseIpv4Number(input, start, partEnd);
			if (number < 0) {
				return -1;
			}
			numbers[count++] = number;
			if (partEnd == end) {
				break;
			}
			start = partEnd + 1;
		}
		for (int i = 0; i < count - 1; i++) {
			if (numbers[i] > 255) {
				return -1;
			}
		}
		// The last part must fit the bytes the other parts leave: below 256^(5 - count).
		long ipv4 = numbers[count - 1];
		if (ipv4 >= 1L << (8 * (5 - count))) {
			return -1;
		}
		for (int i = 0; i < count - 1; i++) {
			ipv4 += numbers[i] << (8 * (3 - i));
		}
		return ipv4;
	}

	/**
	 * The <a href="https://url.spec.whatwg.org/#ipv4-number-parser">IPv4 number
	 * parser</a> on {@code input[from, to)}, the validation error flag left out.
	 * @return the number, at most {@link #TOO_LARGE}, or -1 on failure
	 */
	private static long parseIpv4Number(String input, int from, int to) {
		if (from >= to) {
			return -1;
		}
		int radix = 10;
		if (to - from >= 2 && input.charAt(from) == '0'
				&& (input.charAt(from + 1) == 'x' || input.charAt(from + 1) == 'X')) {
			radix = 16;
			from += 2;
		}
		else if (to - from >= 2 && input.charAt(from) == '0') {
			radix = 8;
			from++;
		}
		long value = 0;
		for (int i = from; i < to; i++) {
			int digit = hexValue(input.charAt(i));
			if (digit < 0 || digit >= radix) {
				return -1;
			}
			value = Math.min(value * radix + digit, TOO_LARGE);
		}
		return value;
	}

	/**
	 * The IPv6 parser on {@code input[from, to)}, step by step as the standard writes it.
	 * @return the eight 16-bit pieces, or {@code null} on failure
	 */
	private static int[] parseIpv6(String input, int from, int to) {
		int[] address = new int[8];
		int pieceIndex = 0;
		int compress = -1;
		int pointer = from;
		if (at(input, pointer, to) == ':') {
			if (at(input, pointer + 1, to) != ':') {
				return null;
			}
			pointer += 2;
			pieceIndex++;
			compress = pieceIndex;
		}
		while (at(input, pointer, to) != EOF) {
			if (pieceIndex == 8) {
				return null;
			}
			if (at(input, pointer, to) == ':') {
				if (compress != -1) {
					return null;
				}
				pointer++;
				pieceIndex++;
				compress = pieceIndex;
				continue;
			}
			int value = 0;
			int length = 0;
			while (length < 4 && hexValue(at(input, pointer, to)) >= 0) {
				value = value * 0x10 + hexValue(at(input, pointer, to));
				pointer++;
				length++;
			}
			int c = at(input, pointer, to);
			if (c == '.') {
				if (length == 0) {
					return null;
				}
				pointer -= length;
				if (pieceIndex > 6) {
					return null;
				}
				int numbersSeen = 0;
				while (at(input, pointer, to) != EOF) {
					int ipv4Piece = -1;
					if (numbersSeen > 0) {
						if (at(input, pointer, to) == '.' && numbersSeen < 4) {
							pointer++;
						}
						else {
							return null;
						}
					}
					if (!isDigit(at(input, pointer, to))) {
						return null;
					}
					while (isDigit(at(input, pointer, to))) {
						int number = at(input, pointer, to) - '0';
						if (ipv4Piece == -1) {
							ipv4Piece = number;
						}
						else if (ipv4Piece == 0) {
							return null;
						}
						else {
							ipv4Piece = ipv4Piece * 10 + number;
						}
						if (ipv4Piece > 255) {
							return null;
						}
						pointer++;
					}
					address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
					numbersSeen++;
					if (numbersSeen == 2 || numbersSeen == 4) {
						pieceIndex++;
					}
				}
				if (numbersSeen != 4) {
					return null;
				}
				break;
			}
			else if (c == ':') {
				pointer++;
				if (at(input, pointer, to) == EOF) {
					return null;
				}
			}
			else if (c != EOF) {
				return null;
			}
			address[pieceIndex] = value;
			pieceIndex++;
		}
		if (compress != -1) {
			int swaps = pieceIndex - compress;
			pieceIndex = 7;
			while (pieceIndex != 0 && swaps > 0) {
				int swapped = address[pieceIndex];
				address[pieceIndex] = address[compress + swaps - 1];
				address[compress + swaps - 1] = swapped;
				pieceIndex--;
				swaps--;
			}
		}
		else if (pieceIndex != 8) {
			return null;
		}
		return address;
	}

	/** The IPv6 serializer, without the brackets. */
	private static String serializeIpv6(int[] address) {
		int compress = compressedPieceIndex(address);
		StringBuilder output = new StringBuilder(39);
		boolean ignore0 = false;
		for (int pieceIndex = 0; pieceIndex < 8; pieceIndex++) {
			if (ignore0 && address[pieceIndex] == 0) {
				continue;
			}
			ignore0 = false;
			if (compress == pieceIndex) {
				output.append((pieceIndex == 0) ? "::" : ":");
				ignore0 = true;
				continue;
			}
			output.append(Integer.toHexString(address[pieceIndex]));
			if (pieceIndex != 7) {
				output.append(':');
			}
		}
		return output.toString();
	}

	/**
	 * <a href=
	 * "https://url.spec.whatwg.org/#find-the-ipv6-address-compressed-piece-index">Finds
	 * the IPv6 address compressed piece index</a>: the first piece of the first longest
	 * run of zero pieces, if that run is longer than one piece.
	 * @return the index, or -1 for none
	 */
	private static int compressedPieceIndex(int[] address) {
		int longestIndex = -1;
		int longestSize = 1;
		int foundIndex = -1;
		int foundSize = 0;
		for (int pieceIndex = 0; pieceIndex < address.length; pieceIndex++) {
			if (address[pieceIndex] != 0) {
				if (foundSize > longestSize) {
					longestIndex = foundIndex;
					longestSize = foundSize;
				}
				foundIndex = -1;
				foundSize = 0;
			}
			else {
				if (foundIndex == -1) {
					foundIndex = pieceIndex;
				}
				foundSize++;
			}
		}
		return (foundSize > longestSize) ? foundIndex : longestIndex;
	}

	/**
	 * The code point at the pointer ("c" in the standard), or {@link #EOF} past the end.
	 */
	private static int at(String input, int pointer, int to) {
		return (pointer < to) ? input.charAt(pointer) : EOF;
	}

	private static boolean allDigits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * ASCII digits only: {@link Character#isDigit(char)} would also take other scripts'
	 * digits.
	 */
	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	/** The value of an ASCII hex digit of either case, or -1. */
	private static int hexValue(int c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

}
