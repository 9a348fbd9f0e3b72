package io.github.corsstarter.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A last label in hex ({@code 0x...}) makes a host end in a number, as the URL Standard
 * reads it: each end of each digit range, and the characters just outside them.
 */
class HexHostTests {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource({ "foo.0x0, true", "foo.0x9, true", "foo.0xa, true", "foo.0xf, true", "foo.0xA, true", "foo.0xF, true",
			"foo.0x09afAF, true", "foo.0x/, false", "foo.0x:, false", "foo.0x`, false", "foo.0xg, false",
			"foo.0x@, false", "foo.0xG, false" })
	void readsEveryHexDigitAndNothingElse(String host, boolean endsInANumber) {
		assertThat(IpHosts.endsInANumber(host)).isEqualTo(endsInANumber);
	}

}
