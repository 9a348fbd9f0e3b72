package io.github.corsstarter.policy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the serialized-origin grammar: the first and last character of each range
 * a scheme, an IPv6 literal and a port may hold, and the shortest values of each.
 */
class OriginSyntaxTests {

	static Stream<Arguments> originsAtTheEdges() {
		return Stream.of(Arguments.of("a://x.com", "a", "x.com", -1), Arguments.of("z://x.com", "z", "x.com", -1),
				Arguments.of("a0://x.com", "a0", "x.com", -1), Arguments.of("a9://x.com", "a9", "x.com", -1),
				Arguments.of("a+://x.com", "a+", "x.com", -1), Arguments.of("a-://x.com", "a-", "x.com", -1),
				Arguments.of("a.://x.com", "a.", "x.com", -1), Arguments.of("az09+-.://x.com", "az09+-.", "x.com", -1),
				Arguments.of("http://[::]", "http", "[::]", -1), Arguments.of("http://[0::9]", "http", "[0::9]", -1),
				Arguments.of("http://[a::f]:8080", "http", "[a::f]", 8080),
				Arguments.of("http://[::ffff:1.2.3.4]", "http", "[::ffff:1.2.3.4]", -1),
				Arguments.of("http://a.com:1", "http", "a.com", 1), Arguments.of("http://a.com:9", "http", "a.com", 9),
				Arguments.of("http://a.com:10", "http", "a.com", 10),
				Arguments.of("http://a.com:19", "http", "a.com", 19),
				Arguments.of("http://a.com:10000", "http", "a.com", 10000),
				Arguments.of("http://a-b_c.d0:65535", "http", "a-b_c.d0", 65535));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("originsAtTheEdges")
	void parsesOriginsAtTheEdgesOfTheGrammar(String value, String scheme, String host, int port) {
		assertThat(Origin.parse(value)).isEqualTo(new Origin(scheme, host, port));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "://a.com", "`://a.com", "{://a.com", "0a://a.com", "+a://a.com", "a/b://a.com",
			"a:b://a.com", "a*b://a.com", "aB://a.com", "http://[:]", "http://[::/]", "http://[::`]", "http://[::g]",
			"http://[::G]", "http://[::1", "http://a.com:65536", "http://a.com:100000", "http://a.com:1/",
			"http://a.com:1a", "http://a.com:a1", "http://a.com:-1", "http://a.com:+1", "http://a.com:01",
			"http://a..b", "http://a.", "http://.", "http://a.b.", "http://A" })
	void refusesValuesJustOutsideTheGrammar(String value) {
		assertThat(Origin.parse(value)).isNull();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "1, 1", "9, 9", "10, 10", "99, 99", "65535, 65535", "65536, -1", "99999, -1", "123456, -1", "0, -1",
			"'', -1", "08, -1", "1:, -1", "/1, -1", ":1, -1" })
	void parsesPortsAsBrowsersSerializeThem(String text, int port) {
		assertThat(Origin.parsePort(text, 0, text.length())).isEqualTo(port);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "http, 80", "ws, 80", "https, 443", "wss, 443", "ftp, -1", "chrome-extension, -1" })
	void knowsTheDefaultPortOfEachSpecialScheme(String scheme, int port) {
		assertThat(Origin.defaultPort(scheme)).isEqualTo(port);
	}

}
