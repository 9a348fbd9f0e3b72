package io.github.corsstarter.runtime;

import java.net.IDN;
import java.util.Locale;

import io.github.corsstarter.policy.Origin;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of the values browsers put in {@code Origin}, built the way the URL Standard
 * serializes an origin
 * (<a href="https://html.spec.whatwg.org/#ascii-serialisation-of-an-origin">HTML, "ASCII
 * serialization of an origin"</a>): the scheme, {@code ://}, the host as the URL parser
 * left it (a lower-case domain, IDN labels in Punycode, a canonical IPv4 address, a
 * compressed IPv6 address in brackets) and the port unless it is the scheme's default;
 * and the near-misses that are no such value.
 */
final class BrowserOrigins {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private static final String DIGITS = "0123456789";

	/** Letters from scripts a browser turns into Punycode labels. */
	private static final String NON_ASCII = "äöüéèçñßøåæ中文日本語한국어кирилицаελληνικά";

	private BrowserOrigins() {
	}

	/** Origins of http and https pages, and of browser extensions (a host, no port). */
	static Arbitrary<String> serialized() {
		Arbitrary<String> web = Combinators
			.combine(Arbitraries.of("http", "https"), hosts(), Arbitraries.integers().between(1, 65535).injectNull(0.4))
			.as(BrowserOrigins::serialize);
		Arbitrary<String> extension = Combinators
			.combine(Arbitraries.of("chrome-extension", "moz-extension"),
					Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(32))
			.as((scheme, id) -> scheme + "://" + id);
		return Arbitraries.frequencyOf(Tuple.of(9, web), Tuple.of(1, extension));
	}

	/** The hosts a URL parser leaves in an http(s) origin. */
	static Arbitrary<String> hosts() {
		return Arbitraries.oneOf(domains(), ipv4(), ipv6());
	}

	/**
	 * One to four labels, ASCII or Punycode, under a top-level label of letters: a last
	 * label of digits would make the host an IPv4 address (URL Standard, "ends in a
	 * number checker").
	 */
	static Arbitrary<String> domains() {
		Arbitrary<String> label = Arbitraries.oneOf(asciiLabels(), punycodeLabels());
		Arbitrary<String> topLevel = Arbitraries.strings().withChars(LETTERS).ofMinLength(2).ofMaxLength(6);
		return Combinators.combine(label.list().ofMinSize(0).ofMaxSize(3), topLevel)
			.as((labels, last) -> labels.isEmpty() ? last : String.join(".", labels) + "." + last);
	}

	private static Arbitrary<String> asciiLabels() {
		Arbitrary<String> ends = Arbitraries.strings().withChars(LETTERS + DIGITS).ofLength(1);
		Arbitrary<String> middle = Arbitraries.strings().withChars(LETTERS + DIGITS + "-").ofMaxLength(10);
		return Arbitraries.oneOf(ends, Combinators.combine(ends, middle, ends).as((a, b, c) -> a + b + c));
	}

	/** What the URL parser makes of a label in another script: {@code xn--...}. */
	private static Arbitrary<String> punycodeLabels() {
		return Arbitraries.strings()
			.withChars(NON_ASCII + LETTERS)
			.ofMinLength(1)
			.ofMaxLength(8)
			.filter((label) -> !label.chars().allMatch((c) -> c < 128))
			.map((label) -> IDN.toASCII(label, IDN.ALLOW_UNASSIGNED))
			.filter((label) -> label.startsWith("xn--") && label.length() <= 63);
	}

	/** URL Standard, "IPv4 serializer": four decimal numbers. */
	static Arbitrary<String> ipv4() {
		return Arbitraries.integers()
			.between(0, 255)
			.list()
			.ofSize(4)
			.map((parts) -> parts.get(0) + "." + parts.get(1) + "." + parts.get(2) + "." + parts.get(3));
	}

	/** URL Standard, "IPv6 serializer", in brackets; zero pieces are frequent. */
	static Arbitrary<String> ipv6() {
		Arbitrary<Integer> piece = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
				Tuple.of(1, Arbitraries.integers().between(0, 0xffff)));
		return piece.list()
			.ofSize(8)
			.map((pieces) -> "[" + serializeIpv6(pieces.stream().mapToInt(Integer::intValue).toArray()) + "]");
	}

	/**
	 * The first longest run of two or more zero pieces becomes {@code ::}; every other
	 * piece is lower-case hex without leading zeros.
	 */
	static String serializeIpv6(int[] pieces) {
		int compress = -1;
		int longest = 1;
		for (int i = 0; i < 8;) {
			int end = i;
			while (end < 8 && pieces[end] == 0) {
				end++;
			}
			if (end - i > longest) {
				longest = end - i;
				compress = i;
			}
			i = Math.max(end, i + 1);
		}
		StringBuilder out = new StringBuilder();
		boolean ignoreZero = false;
		for (int i = 0; i < 8; i++) {
			if (ignoreZero && pieces[i] == 0) {
				continue;
			}
			ignoreZero = false;
			if (compress == i) {
				out.append((i == 0) ? "::" : ":");
				ignoreZero = true;
				continue;
			}
			out.append(Integer.toHexString(pieces[i]));
			if (i != 7) {
				out.append(':');
			}
		}
		return out.toString();
	}

	private static String serialize(String scheme, String host, Integer port) {
		boolean defaultPort = port != null && port == Origin.defaultPort(scheme);
		return scheme + "://" + host + ((port == null || defaultPort) ? "" : ":" + port);
	}

	/**
	 * Values close to a serialized origin that no browser sends: what a hand-made request
	 * or a confused client puts in {@code Origin}.
	 */
	static Arbitrary<String> spoiled(String origin) {
		int hostStart = origin.indexOf("://") + 3;
		return Arbitraries.of(origin + "/", origin + "/path", origin + "?q", origin + "#f", origin + ".", origin + ":",
				origin + ":0", origin + ":080", origin + " ", " " + origin, origin + "\u0000",
				origin.toUpperCase(Locale.ROOT), origin.replace("://", ":/"), origin.replace("://", "://user@"),
				origin.substring(hostStart), origin.substring(0, hostStart) + "." + origin.substring(hostStart),
				origin + ", " + origin, origin.replace("http", "HTTP"), origin + ":443", origin + ":80",
				origin.substring(0, hostStart) + "%61" + origin.substring(hostStart), origin + "%00",
				origin.replaceFirst(":(\\d+)$", ":0$1"), origin + " " + origin, origin + "/x");
	}

}
