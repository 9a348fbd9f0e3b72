package com.example.notes;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only {@code health} and {@code refresh} are exposed over HTTP, and only {@code health}
 * without a token; {@code refresh} is the administrator's.
 */
class ActuatorEndpointTests extends ApiIntegrationTest {

	@Test
	void healthIsPublic() {
		HttpResponse<String> health = this.api.get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json(health).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void refreshNeedsAToken() {
		HttpResponse<String> refresh = this.api.call("POST", "/actuator/refresh").send();

		assertThat(refresh.statusCode()).isEqualTo(401);
		assertThat(refresh.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void refreshWithTheAdministratorsTokenAnswersTheChangedKeys() {
		HttpResponse<String> refresh = this.api.call("POST", "/actuator/refresh").bearer(adminToken()).send();

		assertThat(refresh.statusCode()).isEqualTo(200);
		// Nothing changed since startup, so nothing was reloaded.
		assertThat(json(refresh).isArray()).isTrue();
		assertThat(json(refresh).size()).isZero();
	}

	/**
	 * The env endpoint lists every property (jwt-secret included, its value masked), and
	 * with Spring Cloud a POST sets them.
	 */
	@Test
	void envIsNotExposedEvenWithAToken() {
		String token = demoUserToken();

		assertThat(this.api.call("GET", "/actuator/env").bearer(token).send().statusCode()).isEqualTo(404);
		assertThat(this.api.call("POST", "/actuator/env")
			.bearer(token)
			.json("{\"name\":\"cors.enabled\",\"value\":\"false\"}")
			.send()
			.statusCode()).isEqualTo(404);
	}

}
