package com.example.notes;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trusting origins and re-reading the configuration are the administrator's: the demo
 * user, signed in and free to write notes, is refused both with 403, while the
 * administrator's token does both.
 */
class AdminRoleTests extends ApiIntegrationTest {

	private static final String ADMIN = "/api/admin/trusted-origins";

	/** Neither in application.yml nor used by another test. */
	private static final String ORIGIN = "http://localhost:5179";

	@Test
	void aUserWhoIsNoAdministratorCannotTrustAnOriginButCanStillWriteNotes() {
		String token = demoUserToken();

		HttpResponse<String> trust = this.api.call("POST", ADMIN).bearer(token).json(origin()).send();

		assertThat(trust.statusCode()).isEqualTo(403);
		assertThat(this.api.call("GET", ADMIN).bearer(token).send().statusCode()).isEqualTo(403);
		assertThat(this.api.call("DELETE", ADMIN + "?origin=" + ORIGIN).bearer(token).send().statusCode())
			.isEqualTo(403);
		assertThat(preflight("/api/notes/1", ORIGIN, "PUT", "authorization").statusCode()).isEqualTo(403);
		String note = createNote("written by the demo user");
		assertThat(this.api.call("PUT", note).bearer(token).json(jsonNote("edited")).send().statusCode())
			.isEqualTo(200);
	}

	@Test
	void aUserWhoIsNoAdministratorCannotRefreshTheConfiguration() {
		HttpResponse<String> refresh = this.api.call("POST", "/actuator/refresh").bearer(demoUserToken()).send();

		assertThat(refresh.statusCode()).isEqualTo(403);
	}

	@Test
	void theAdministratorTrustsAnOriginAndRefreshesTheConfiguration() {
		String token = adminToken();

		HttpResponse<String> trust = this.api.call("POST", ADMIN).bearer(token).json(origin()).send();
		try {
			assertThat(trust.statusCode()).isEqualTo(201);
			assertThat(preflight("/api/notes/1", ORIGIN, "PUT", "authorization").statusCode()).isEqualTo(204);
			assertThat(this.api.call("POST", "/actuator/refresh").bearer(token).send().statusCode()).isEqualTo(200);
		}
		finally {
			assertThat(this.api.call("DELETE", ADMIN + "?origin=" + ORIGIN).bearer(token).send().statusCode())
				.isEqualTo(200);
		}
	}

	private static String origin() {
		return "{\"origin\":\"" + ORIGIN + "\"}";
	}

}
