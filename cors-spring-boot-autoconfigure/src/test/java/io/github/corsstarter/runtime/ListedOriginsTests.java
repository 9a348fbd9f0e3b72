package io.github.corsstarter.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.ListedOrigins.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an origin source lists is checked entry by entry: each origin browsers send is
 * kept, each other entry is rejected with the complete reason and fix an operator reads.
 */
class ListedOriginsTests {

	private static final String MALFORMED = "not an origin as browsers send it (scheme://host[:port]): ";

	private static final String GENERIC_FIX = "write an origin as scheme://host[:port], for example "
			+ "'https://app.example.com'";

	static Stream<Arguments> rejectedEntries() {
		return Stream.of(
				rejected("http://127.1",
						"browsers send this IP address as '127.0.0.1', so the value as written never matches",
						"write 'http://127.0.0.1'"),
				rejected("http://0x7f.0.0.1",
						"'0x7f.0.0.1' is not an IP address in the form browsers send (four decimal numbers 0-255 "
								+ "without leading zeros, or a compressed lower-case IPv6 address), so the value as "
								+ "written never matches",
						"write the address as browsers send it, for example 'http://127.0.0.1'"),
				rejected("*.example.com", "allowed-origins takes exact origins; wildcards belong in origin patterns",
						"move it to allowed-origin-patterns"),
				rejected("https://*.example.com",
						"allowed-origins takes exact origins; wildcards belong in origin patterns",
						"move it to allowed-origin-patterns"),
				rejected("://a.com", MALFORMED + "no scheme", GENERIC_FIX),
				rejected("a.com", MALFORMED + "no scheme", "write 'https://a.com'"),
				rejected("https://@a.com", MALFORMED + "userinfo", "write 'https://a.com'"),
				rejected("https://me@a.com", MALFORMED + "userinfo", "write 'https://a.com'"),
				rejected("http://[::1]/", MALFORMED + "a trailing slash", "write 'http://[::1]'"),
				rejected("http://[::1]:8080/", MALFORMED + "a trailing slash", "write 'http://[::1]:8080'"),
				rejected("http://a.com:8080/x", MALFORMED + "a path", "write 'http://a.com:8080'"),
				rejected("HTTPS://A.com:443",
						MALFORMED + "upper-case letters, the default port 443, which browsers " + "never send",
						"write 'https://a.com'"),
				rejected(" https://a.com", MALFORMED + "surrounding whitespace", "write 'https://a.com'"),
				rejected("https://:443", MALFORMED + "the default port 443, which browsers never send", GENERIC_FIX),
				rejected("https://:8443", MALFORMED + "malformed", GENERIC_FIX),
				rejected("https://a\u007f.com", MALFORMED + "malformed", GENERIC_FIX),
				rejected("https://a\u0080.com", MALFORMED + "a non-ASCII host (browsers send its punycode form)",
						GENERIC_FIX),
				rejected("https://b\u00fccher.example",
						MALFORMED + "a non-ASCII host (browsers send its punycode form)",
						"write 'https://xn--bcher-kva.example'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedEntries")
	void rejectsAnEntryNoBrowserSendsWithTheReasonAndTheFix(String value, Rejected expected) {
		ListedOrigins listed = OriginDiagnosis.checkListed("tenants", List.of("https://kept.example", value));
		assertThat(listed.origins()).containsExactly("https://kept.example");
		assertThat(listed.rejected()).containsExactly(expected);
	}

	@Test
	void keepsEveryOriginBrowsersSendAndRejectsEmptyEntries() {
		ListedOrigins listed = OriginDiagnosis.checkListed("tenants", Arrays.asList("https://a.example", null,
				"http://127.0.0.1:8080", " ", "http://[::1]:3000", "https://a.example"));
		assertThat(listed.origins())
			.isEqualTo(Set.of("https://a.example", "http://127.0.0.1:8080", "http://[::1]:3000"));
		assertThat(listed.size()).isEqualTo(3);
		assertThat(listed.contains("http://127.0.0.1:8080")).isTrue();
		assertThat(listed.contains("http://127.0.0.1")).isFalse();
		assertThat(listed.rejected()).containsExactly(new Rejected("null", "an empty entry", "remove it"),
				new Rejected(" ", "an empty entry", "remove it"));
		assertThat(listed.source()).isEqualTo("tenants");
		assertThat(listed).hasToString("origin source 'tenants' (3 now)");
	}

	private static Arguments rejected(String value, String reason, String fix) {
		return Arguments.of(value, new Rejected(value, reason, fix));
	}

}
