package io.github.corsstarter.policy;

import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of reading {@code Access-Control-Request-Headers}: the length limit, empty
 * items at either end, and names that are no tokens even where any header is allowed.
 */
class RequestHeaderListEdgeTests {

	private final CorsPolicy policy = PolicySpecs.named("api")
		.allowedOrigins("https://app.example")
		.allowedMethods("PUT")
		.allowedHeaders("Authorization", "X-Request-Id")
		.compilePolicy();

	private final CorsPolicy anyHeader = PolicySpecs.named("any")
		.allowedOrigins("https://app.example")
		.allowedHeaders("*")
		.compilePolicy();

	@Test
	void readsAListOfExactlyTheLimitAndRefusesOneCharacterMore() {
		String atTheLimit = "authorization" + " ".repeat(CorsPolicy.MAX_REQUEST_HEADERS_LENGTH - 13);
		assertThat(atTheLimit).hasSize(4096);
		assertThat(this.policy.checkPreflightRequest("PUT", atTheLimit)).isEqualTo(Reason.NONE);
		assertThat(this.policy.checkPreflightRequest("PUT", atTheLimit + " ")).isEqualTo(Reason.HEADERS_TOO_LONG);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { ",authorization|-", ",x-custom|x-custom", " ,x-custom|x-custom", "authorization,|-",
					"authorization, ,x-request-id|-", "x-request-id,\tx-custom\t|x-custom", "''|-", ",|-",
					"x-custom,authorization|x-custom" })
	void findsTheFirstHeaderNotAllowed(String list, String disallowed) {
		assertThat(this.policy.firstDisallowedHeader(list)).isEqualTo(disallowed);
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "x-anything|-", "x-anything, x\u00e9|x\u00e9", "x y|x y",
			"x-a,x:b|x:b", "x-a,(x)|(x)", "x-a,x\u0080|x\u0080", "x-a,x\u007f|x\u007f" })
	void refusesNamesThatAreNoTokensEvenWhenAnyHeaderIsAllowed(String list, String disallowed) {
		assertThat(this.anyHeader.firstDisallowedHeader(list)).isEqualTo(disallowed);
		assertThat(this.anyHeader.checkPreflightRequest("GET", list))
			.isEqualTo((disallowed != null) ? Reason.HEADERS : Reason.NONE);
	}

}
