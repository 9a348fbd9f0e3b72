package com.example.notes;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTests extends ApiIntegrationTest {

	@Test
	void demoUserGetsABearerTokenInOAuthResponseShape() {
		HttpResponse<String> response = this.api.call("POST", "/api/auth/token")
			.json(credentials("demo", "demo-password"))
			.send();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("token_type").asString()).isEqualTo("Bearer");
		assertThat(json(response).get("expires_in").asLong()).isEqualTo(3600);
		// header.claims.signature, each part base64url
		assertThat(json(response).get("access_token").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
	}

	@Test
	void issuedTokenIsAcceptedForAWrite() {
		String note = createNote("to be edited");

		HttpResponse<String> response = this.api.call("PUT", note)
			.bearer(demoUserToken())
			.json(jsonNote("edited"))
			.send();

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "wrong password,    demo,     not-the-password", "unknown user,      mallory,  demo-password",
			"password in other case, demo,    DEMO-PASSWORD", })
	void wrongCredentialsGetA401ProblemAndNoToken(String situation, String username, String password) {
		HttpResponse<String> response = this.api.call("POST", "/api/auth/token")
			.json(credentials(username, password))
			.send();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("detail").asString()).isEqualTo("Bad credentials");
		assertThat(response.body()).doesNotContain("access_token");
	}

}
