package io.github.corsstarter.policy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vectors from the URL Standard's examples and from web-platform-tests'
 * url/resources/urltestdata.json (the hosts of its IPv4 and IPv6 cases), plus edge cases
 * of each step of the standard's algorithms.
 */
class IpHostsTests {

	static Stream<Arguments> endsInANumber() {
		return Stream.of(Arguments.of("127.0.0.1", true), Arguments.of("1", true), Arguments.of("1.2.3.4.", true),
				Arguments.of("1.2.3.4.5", true), Arguments.of("foo.09", true), Arguments.of("foo.0x", true),
				Arguments.of("foo.0x4", true), Arguments.of("foo.0X4", true), Arguments.of("foo.0xfF.", true),
				Arguments.of("xn--ls8h.123", true), Arguments.of("0x", true), Arguments.of("09", true),
				Arguments.of("example.com", false), Arguments.of("127.evil.com", false),
				Arguments.of("1.2.3.4.example", false), Arguments.of("localhost", false),
				Arguments.of("foo.0xg", false), Arguments.of("foo.x0", false), Arguments.of("foo.1a", false),
				Arguments.of("foo.a1", false), Arguments.of("foo.0x.bar", false),
				// only one trailing dot is dropped: the last part of "1.2.3.4.." is empty
				Arguments.of("1.2.3.4..", false), Arguments.of("x.", false), Arguments.of(".", false),
				Arguments.of("", false), Arguments.of("foo.\u0661\u0662", false));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@MethodSource
	void endsInANumber(String host, boolean expected) {
		assertThat(IpHosts.endsInANumber(host)).isEqualTo(expected);
	}

	/**
	 * (host, what browsers send, whether browsers refuse it). Decimal forms are rewritten
	 * as browsers read them; a form the starter does not rewrite (hex, octal, leading
	 * zeros: the URL Standard reads them, the JDK does not or reads them otherwise) has
	 * no canonical form here, and is refused all the same.
	 */
	static Stream<Arguments> ipv4Hosts() {
		return Stream.of(Arguments.of("127.0.0.1", "127.0.0.1", false), Arguments.of("1.2.3.4", "1.2.3.4", false),
				Arguments.of("0.0.0.0", "0.0.0.0", false), Arguments.of("255.255.255.255", "255.255.255.255", false),
				// a single trailing dot is dropped
				Arguments.of("127.0.0.1.", "127.0.0.1", false), Arguments.of("1.2.3.4.", "1.2.3.4", false),
				// fewer parts: the last one fills the remaining bytes
				Arguments.of("127.1", "127.0.0.1", false), Arguments.of("2130706433", "127.0.0.1", false),
				Arguments.of("192.168.257", "192.168.1.1", false), Arguments.of("192.168.257.", "192.168.1.1", false),
				Arguments.of("256", "0.0.1.0", false), Arguments.of("999999999", "59.154.201.255", false),
				Arguments.of("999999999.", "59.154.201.255", false),
				Arguments.of("4294967295", "255.255.255.255", false), Arguments.of("1.65536", "1.1.0.0", false),
				Arguments.of("255.16777215", "255.255.255.255", false),
				Arguments.of("255.255.65535", "255.255.255.255", false), Arguments.of("0", "0.0.0.0", false),
				// hex after 0x or 0X, octal after a leading 0: browsers read them
				// (0x7f.0.0.1
				// and 0177.0.0.1 are 127.0.0.1, 010.0.0.1 is 8.0.0.1), the JDK does not
				// or
				// reads 010 as ten, so they are refused without a rewrite
				Arguments.of("0x7f.0.0.1", null, false), Arguments.of("0X7F.0.0.1", null, false),
				Arguments.of("0xffffffff", null, false), Arguments.of("192.0x00A80001", null, false),
				Arguments.of("0x.0x.0", null, false), Arguments.of("0x", null, false),
				Arguments.of("010.0.0.1", null, false), Arguments.of("0177.0.0.1", null, false),
				Arguments.of("127.0.0.01", null, false), Arguments.of("0Xc0.0250.01", null, false),
				Arguments.of("00", null, false), Arguments.of("0000000000000000000000000000000000000001", null, false),
				// decimal forms browsers refuse: out of range, more than four parts
				Arguments.of("256.0.0.1", null, true), Arguments.of("192.168.0.257", null, true),
				Arguments.of("256.256.256.256", null, true), Arguments.of("256.256.256.256.256", null, true),
				Arguments.of("256.256.256.256.256.", null, true), Arguments.of("256.1", null, true),
				Arguments.of("1.16777216", null, true), Arguments.of("1.1.65536", null, true),
				Arguments.of("1.1.1.256", null, true), Arguments.of("4294967296", null, true),
				Arguments.of("10000000000", null, true),
				Arguments.of("99999999999999999999999999999999999999", null, true),
				Arguments.of("1.2.3.4.5", null, true), Arguments.of("1.2.3.4.5.", null, true),
				Arguments.of("1.2.3.4.0", null, true), Arguments.of("0.0.0.0.0", null, true),
				// other forms browsers refuse, refused here without telling which
				Arguments.of("0x100000000", null, false), Arguments.of("0xffffffff1", null, false),
				Arguments.of("0x10000000000000001", null, false), Arguments.of("018446744073709551617", null, false),
				Arguments.of("01.2.3.4.5", null, false), Arguments.of("0x1.2.3.4.5.", null, false),
				Arguments.of("0..0x300", null, false), Arguments.of("1.2.3.08", null, false),
				Arguments.of("09.2.3.4.", null, false), Arguments.of("0999999999999999999", null, false),
				Arguments.of("0x100.2.3.4", null, false), Arguments.of("foo.1.2.3.4", null, false),
				Arguments.of("foo.09", null, false), Arguments.of("foo.0x4", null, false),
				Arguments.of("foo.0x", null, false), Arguments.of("xn--ls8h.123", null, false),
				// domains are left as they are
				Arguments.of("127.evil.com", "127.evil.com", false), Arguments.of("foo.2.3.4a", "foo.2.3.4a", false),
				Arguments.of("localhost", "localhost", false));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}, refused: {2}")
	@MethodSource("ipv4Hosts")
	void canonicalIpv4(String host, String expected, boolean refused) {
		assertThat(IpHosts.canonical(host)).isEqualTo(expected);
		assertThat(IpHosts.isRefused(host)).isEqualTo(refused);
		if (expected != null) {
			assertThat(IpHosts.canonical(expected)).isEqualTo(expected);
		}
		if (expected != null && !expected.equals(host)) {
			assertThat(IpHosts.endsInANumber(host)).isTrue();
		}
	}

	static Stream<Arguments> ipv6Hosts() {
		return Stream.of(Arguments.of("[::1]", "[::1]"), Arguments.of("[0:0:0:0:0:0:0:1]", "[::1]"),
				Arguments.of("[::]", "[::]"), Arguments.of("[0:0:0:0:0:0:0:0]", "[::]"),
				Arguments.of("[2001::1]", "[2001::1]"), Arguments.of("[2001:DB8::1]", "[2001:db8::1]"),
				Arguments.of("[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]", "[fedc:ba98:7654:3210:fedc:ba98:7654:3210]"),
				Arguments.of("[0001:0002:0003:0004:0005:0006:0007:0008]", "[1:2:3:4:5:6:7:8]"),
				Arguments.of("[1:0::]", "[1::]"), Arguments.of("[1:2:3:4:5:6:7::]", "[1:2:3:4:5:6:7:0]"),
				Arguments.of("[::1:2:3:4:5:6:7]", "[0:1:2:3:4:5:6:7]"),
				// single zero pieces are not compressed; the first longest run is
				Arguments.of("[0:1:0:1:0:1:0:1]", "[0:1:0:1:0:1:0:1]"),
				Arguments.of("[1:0:1:0:1:0:1:0]", "[1:0:1:0:1:0:1:0]"),
				Arguments.of("[1:0:0:0:1:0:0:0]", "[1::1:0:0:0]"), Arguments.of("[1:0:0:1:0:0:0:1]", "[1:0:0:1::1]"),
				Arguments.of("[0:f:0:0:f:f:0:0]", "[0:f::f:f:0:0]"),
				Arguments.of("[1:0:0:2:0:0:3:4]", "[1::2:0:0:3:4]"),
				// an embedded IPv4 part is serialized as hex
				Arguments.of("[::127.0.0.1]", "[::7f00:1]"), Arguments.of("[::ffff:127.0.0.1]", "[::ffff:7f00:1]"),
				Arguments.of("[0:0:0:0:0:0:13.1.68.3]", "[::d01:4403]"),
				Arguments.of("[1:2:3:4:5:6:1.2.3.4]", "[1:2:3:4:5:6:102:304]"),
				Arguments.of("[::ffff:0.0.0.0]", "[::ffff:0:0]"),
				// failures
				Arguments.of("[]", null), Arguments.of("[:]", null), Arguments.of("[:1]", null),
				Arguments.of("[1:]", null), Arguments.of("[1::2]:3", null), Arguments.of("[::1", null),
				Arguments.of("[0:1:2:3:4:5:6:7:8]", null), Arguments.of("[1:2:3:4:5:6:7]", null),
				Arguments.of("[1:2:3:4:5:6:7:8::]", null), Arguments.of("[1:2:3:4:5:6:7:8:]", null),
				Arguments.of("[::1:]", null), Arguments.of("[1::2:]", null), Arguments.of("[::1:2:3:4:5:6:7:8]", null),
				Arguments.of("[0::0::0]", null), Arguments.of("[1:::2]", null), Arguments.of("[12345::]", null),
				Arguments.of("[0:.0]", null), Arguments.of("[0:0:]", null), Arguments.of("[::127.0.0.1.]", null),
				Arguments.of("[::1.2.3.4x]", null), Arguments.of("[::1.2.3.]", null), Arguments.of("[::1.2.]", null),
				Arguments.of("[::.1.2]", null), Arguments.of("[::1.]", null), Arguments.of("[::.1]", null),
				Arguments.of("[::127.0.0.0.1]", null), Arguments.of("[0:1:2:3:4:5:6:7.0.0.0.1]", null),
				Arguments.of("[1:2:3:4:5:6:7:1.2.3.4]", null), Arguments.of("[0:1.00.0.0.0]", null),
				Arguments.of("[0:1.290.0.0.0]", null), Arguments.of("[0:1.23.23]", null),
				Arguments.of("[::1.2.3]", null), Arguments.of("[::ffff:1.2.3]", null),
				Arguments.of("[::ffff:1.2.3.256]", null), Arguments.of("[::ffff:01.2.3.4]", null),
				Arguments.of("[::ffff:0x7f.0.0.1]", null), Arguments.of("[www.google.com]", null),
				Arguments.of("[google.com]", null), Arguments.of("[::%31]", null),
				Arguments.of("[fe80::1%25eth0]", null), Arguments.of("[ ::1]", null), Arguments.of("[::g]", null));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@MethodSource("ipv6Hosts")
	void canonicalIpv6(String host, String expected) {
		assertThat(IpHosts.canonical(host)).isEqualTo(expected);
		assertThat(IpHosts.isRefused(host)).isEqualTo(expected == null);
		if (expected != null) {
			assertThat(IpHosts.canonical(expected)).isEqualTo(expected);
		}
	}

	static Stream<Arguments> loopbackHosts() {
		return Stream.of(Arguments.of("localhost", true), Arguments.of("app.localhost", true),
				Arguments.of("a.b.localhost", true), Arguments.of("127.0.0.1", true), Arguments.of("127.0.0.53", true),
				Arguments.of("127.255.255.255", true), Arguments.of("[::1]", true), Arguments.of("127.evil.com", false),
				Arguments.of("127.0.0.1.evil.com", false), Arguments.of("127.1", false),
				Arguments.of("127.0.0.1.", false), Arguments.of("0x7f.0.0.1", false), Arguments.of("127.00.0.1", false),
				Arguments.of("2130706433", false), Arguments.of("127.", false), Arguments.of("127.0.0.256", false),
				Arguments.of("126.255.255.255", false), Arguments.of("128.0.0.1", false),
				Arguments.of("0.0.0.0", false), Arguments.of("localhost.", false), Arguments.of("localhost.com", false),
				Arguments.of("evillocalhost", false), Arguments.of(".localhost", false),
				Arguments.of("LOCALHOST", false), Arguments.of("[0:0:0:0:0:0:0:1]", false),
				Arguments.of("[::ffff:7f00:1]", false), Arguments.of("[::]", false), Arguments.of("[::2]", false),
				Arguments.of("example.com", false), Arguments.of("", false));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@MethodSource("loopbackHosts")
	void isLoopback(String host, boolean expected) {
		assertThat(IpHosts.isLoopback(host)).isEqualTo(expected);
	}

}
