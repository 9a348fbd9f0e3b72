package io.github.corsstarter.policy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTests {

	static Stream<Arguments> serializedOrigins() {
		return Stream.of(Arguments.of("https://app.example.com", "https", "app.example.com", -1),
				Arguments.of("http://localhost:5173", "http", "localhost", 5173),
				Arguments.of("http://127.0.0.1:8080", "http", "127.0.0.1", 8080),
				Arguments.of("http://[::1]:3000", "http", "[::1]", 3000),
				Arguments.of("https://xn--bcher-kva.example", "https", "xn--bcher-kva.example", -1),
				Arguments.of("chrome-extension://abcdefghijklmnop", "chrome-extension", "abcdefghijklmnop", -1),
				Arguments.of("https://a.com:65535", "https", "a.com", 65535));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("serializedOrigins")
	void parsesSerializedOriginsIntoSchemeHostAndPort(String value, String scheme, String host, int port) {
		assertThat(Origin.parse(value)).isEqualTo(new Origin(scheme, host, port));
		assertThat(Origin.parse(value)).hasToString(value);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "null", "https://", "https://a.com/", "https://a.com/path", "https://a.com?q",
			"https://a.com#f", "https://user@a.com", "HTTPS://a.com", "https://A.com", "https://a.com:443",
			"http://a.com:80", "https://a.com:0", "https://a.com:08080", "https://a.com:65536", "https://a.com:",
			"a.com", "//a.com", "https://a..com", "https://.a.com", "https://a.com.", "https://bücher.example",
			"https://a.com:8080:1", "https://a com", "https://a.com\u0000", "https://[::g]", "https://[]",
			"https://a.com, https://b.com", "1https://a.com", "https:/a.com" })
	void refusesValuesBrowsersNeverSendAsOrigin(String value) {
		assertThat(Origin.parse(value)).isNull();
	}

}
