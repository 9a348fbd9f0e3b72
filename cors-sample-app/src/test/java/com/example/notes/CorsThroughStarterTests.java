package com.example.notes;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser needs from the API, as configured by the {@code cors.*} properties in
 * {@code application.yml}; the sample has no CORS code, so each of these proves the
 * starter at work together with an ordinary Spring Security setup.
 */
class CorsThroughStarterTests extends ApiIntegrationTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://localhost:5173", "http://127.0.0.1:5173" })
	void preflightForAPutWithAuthorizationIsAnsweredWithoutAToken(String origin) {
		HttpResponse<String> preflight = preflight(origin, "PUT", "authorization, content-type");

		assertThat(preflight.statusCode()).isEqualTo(204);
		HttpHeaders headers = preflight.headers();
		assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		assertThat(listValue(headers, "Access-Control-Allow-Methods")).contains("PUT");
		assertThat(listValue(headers, "Access-Control-Allow-Headers").stream().map(String::toLowerCase))
			.contains("authorization", "content-type");
		assertThat(headers.firstValue("Access-Control-Max-Age")).hasValue("3600");
		assertThat(preflight.body()).isEmpty();
	}

	@Test
	void preflightFromAnOriginThatIsNotConfiguredIsRefusedWithoutCorsHeaders() {
		HttpResponse<String> preflight = preflight("http://localhost:3000", "PUT", "authorization");

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void preflightForAMethodThatIsNotConfiguredIsRefused() {
		HttpResponse<String> preflight = preflight(CLIENT_ORIGIN, "PATCH", "authorization");

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void unauthorizedPutCarriesTheAllowOriginHeaderSoTheBrowserShowsThe401() {
		String note = createNote("guarded");

		HttpResponse<String> response = this.api.call("PUT", note)
			.header("Origin", CLIENT_ORIGIN)
			.json(jsonNote("unauthorized change"))
			.send();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CLIENT_ORIGIN);
		assertThat(json(response).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void notFoundProblemCarriesTheAllowOriginHeader() {
		HttpResponse<String> response = this.api.call("GET", "/api/notes/999999")
			.header("Origin", CLIENT_ORIGIN)
			.send();

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CLIENT_ORIGIN);
	}

	@Test
	void createdNoteExposesItsLocationToTheClient() {
		HttpResponse<String> response = this.api.call("POST", "/api/notes")
			.header("Origin", CLIENT_ORIGIN)
			.json(jsonNote("where am I"))
			.send();

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CLIENT_ORIGIN);
		assertThat(listValue(response.headers(), "Access-Control-Expose-Headers").stream().map(String::toLowerCase))
			.contains("location");
	}

	@Test
	void readFromAnOriginThatIsNotConfiguredGetsItsDataButNoAllowOrigin() {
		// The server cannot stop the request; the missing header is what makes the
		// browser withhold the body.
		HttpResponse<String> response = this.api.call("GET", "/api/notes")
			.header("Origin", "http://localhost:3000")
			.send();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin, String method, String requestHeaders) {
		return preflight("/api/notes/1", origin, method, requestHeaders);
	}

	/**
	 * A comma-separated header value as its items, whether sent as one header line or
	 * several.
	 */
	private static List<String> listValue(HttpHeaders headers, String name) {
		return headers.allValues(name)
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.toList();
	}

}
