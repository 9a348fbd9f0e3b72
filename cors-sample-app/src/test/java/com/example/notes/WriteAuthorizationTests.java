package com.example.notes;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Function;

import com.example.notes.auth.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WriteAuthorizationTests extends ApiIntegrationTest {

	@ParameterizedTest(name = "{0} with {1} token")
	@CsvSource({ "PUT,    MISSING,        needs an 'Authorization: Bearer <token>' header",
			"DELETE, MISSING,        needs an 'Authorization: Bearer <token>' header",
			"PUT,    MALFORMED,      Malformed token", "DELETE, MALFORMED,      Malformed token",
			"PUT,    EXPIRED,        Jwt expired at", "DELETE, EXPIRED,        Jwt expired at",
			"PUT,    FOREIGN_KEY,    Signed JWT rejected", "PUT,    FOREIGN_ISSUER, iss claim is not valid", })
	void writeWithoutAValidTokenIsA401ProblemAndChangesNothing(String method, BadToken token, String reason) {
		String note = createNote("must survive");
		ApiClient.Call write = this.api.call(method, note).json(jsonNote("overwritten"));
		token.value(this.tokens).ifPresent(write::bearer);

		HttpResponse<String> response = write.send();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
		assertThat(json(response).get("detail").asString()).contains(reason);
		assertThat(json(this.api.get(note)).get("text").asString()).isEqualTo("must survive");
	}

	/** The ways a client can get a write's token wrong. */
	enum BadToken {

		MISSING((tokens) -> null), MALFORMED((tokens) -> "not-a-jwt"), EXPIRED(TestTokens::expired),
		FOREIGN_KEY(TestTokens::signedWithAnotherKey), FOREIGN_ISSUER(TestTokens::fromAnotherIssuer);

		private final Function<TestTokens, String> mint;

		BadToken(Function<TestTokens, String> mint) {
			this.mint = mint;
		}

		Optional<String> value(TestTokens tokens) {
			return Optional.ofNullable(this.mint.apply(tokens));
		}

	}

}
