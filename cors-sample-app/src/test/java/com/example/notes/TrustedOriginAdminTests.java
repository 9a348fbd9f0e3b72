package com.example.notes;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API of {@code /api/admin/trusted-origins} and what it changes for browsers,
 * without a restart: an origin added there is allowed by the very next preflight, a
 * removed one refused by the next. The tests share the application (and its
 * {@code trusted_origins} table) with the others, so each uses origins no other test uses
 * and removes what it added.
 */
class TrustedOriginAdminTests extends ApiIntegrationTest {

	private static final String ADMIN = "/api/admin/trusted-origins";

	/** Neither in application.yml nor used by another test. */
	private static final String NEW_ORIGIN = "http://localhost:5174";

	private final Set<String> added = new LinkedHashSet<>();

	@AfterEach
	void removeWhatTheTestAdded() {
		String token = adminToken();
		this.added.forEach((origin) -> assertThat(remove(origin, token).statusCode()).isEqualTo(200));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/admin/trusted-origins                              |
			POST   | /api/admin/trusted-origins                              | {"origin":"http://localhost:5174"}
			DELETE | /api/admin/trusted-origins?origin=http://localhost:5174 |
			""")
	void everyCallNeedsAToken(String method, String path, String body) {
		ApiClient.Call call = this.api.call(method, path);
		if (body != null) {
			call.json(body);
		}

		HttpResponse<String> response = call.send();

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains("needs an 'Authorization: Bearer <token>' header");
		assertThat(storedOrigins(adminToken())).doesNotContain(NEW_ORIGIN);
	}

	@Test
	void anAddedOriginIsAllowedByTheNextPreflightAndARemovedOneRefusedAgain() {
		String token = adminToken();
		assertThat(preflightForAnEdit(NEW_ORIGIN).statusCode()).isEqualTo(403);

		HttpResponse<String> added = add(NEW_ORIGIN, token);

		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(json(added).get("changed").asBoolean()).isTrue();
		assertThat(json(added).at("/inForce/name").asString()).isEqualTo("trustedOrigins");
		assertThat(json(added).at("/inForce/origins").asInt()).isEqualTo(1);
		// No restart and no waiting: the answer came once the starter had read the table
		// again.
		HttpResponse<String> allowed = preflightForAnEdit(NEW_ORIGIN);
		assertThat(allowed.statusCode()).isEqualTo(204);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(NEW_ORIGIN);
		assertThat(storedOrigins(token)).containsExactly(NEW_ORIGIN);

		HttpResponse<String> removed = remove(NEW_ORIGIN, token);

		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(json(removed).get("changed").asBoolean()).isTrue();
		assertThat(json(removed).at("/inForce/origins").asInt()).isZero();
		HttpResponse<String> refused = preflightForAnEdit(NEW_ORIGIN);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(storedOrigins(token)).isEmpty();
	}

	@Test
	void addingAndRemovingAreIdempotent() {
		String token = adminToken();

		assertThat(add(NEW_ORIGIN, token).statusCode()).isEqualTo(201);
		HttpResponse<String> again = add(NEW_ORIGIN, token);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json(again).get("changed").asBoolean()).isFalse();
		assertThat(storedOrigins(token)).containsExactly(NEW_ORIGIN);
		assertThat(remove(NEW_ORIGIN, token).statusCode()).isEqualTo(200);
		HttpResponse<String> removedAgain = remove(NEW_ORIGIN, token);
		assertThat(removedAgain.statusCode()).isEqualTo(200);
		assertThat(json(removedAgain).get("changed").asBoolean()).isFalse();
	}

	/** Bodies use {@code '} for JSON's double quotes, as in {@code BadInputTests}. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{'origin':'https://App.example.com/'}        | origin: must be an origin as browsers send it
			{'origin':'http://localhost:5174/'}          | origin: must be an origin as browsers send it
			{'origin':'http://localhost:5174/notes'}     | origin: must be an origin as browsers send it
			{'origin':'localhost:5174'}                  | origin: must be an origin as browsers send it
			{'origin':'ftp://files.example.com'}         | origin: must be an origin as browsers send it
			{'origin':'*'}                               | origin: must be an origin as browsers send it
			{'origin':'   '}                             | origin: must not be blank
			{}                                           | origin: must not be blank
			{'origin':                                   | not valid JSON
			""")
	void somethingThatIsObviouslyNoOriginIsRefusedWith400AndNotStored(String body, String detail) {
		String token = adminToken();

		HttpResponse<String> response = this.api.call("POST", ADMIN).bearer(token).json(body.replace('\'', '"')).send();

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains(detail);
		assertThat(storedOrigins(token)).isEmpty();
	}

	/**
	 * The API's check is coarse on purpose; the starter's is complete. An entry that
	 * passes the first but no browser sends is stored, skipped by the starter, and the
	 * answer says why and what to store instead.
	 */
	@Test
	void anEntryTheStarterDoesNotAcceptIsStoredButSkippedAndTheAnswerSaysWhy() {
		String token = adminToken();

		HttpResponse<String> response = add("http://localhost:80", token);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response).at("/inForce/origins").asInt()).isZero();
		JsonNode skipped = json(response).at("/inForce/skipped/0");
		assertThat(skipped.get("value").asString()).isEqualTo("http://localhost:80");
		assertThat(skipped.get("reason").asString()).contains("the default port 80");
		assertThat(skipped.get("fix").asString()).isEqualTo("write 'http://localhost'");
		assertThat(json(this.api.call("GET", ADMIN).bearer(token).send()).at("/inForce/skipped/0/value").asString())
			.isEqualTo("http://localhost:80");
	}

	@Test
	void removingNeedsTheOriginParameter() {
		HttpResponse<String> response = this.api.call("DELETE", ADMIN).bearer(adminToken()).send();

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains("'origin'");
	}

	private HttpResponse<String> add(String origin, String token) {
		this.added.add(origin);
		return this.api.call("POST", ADMIN).bearer(token).json("{\"origin\":\"" + origin + "\"}").send();
	}

	private HttpResponse<String> remove(String origin, String token) {
		return this.api.call("DELETE", ADMIN + "?origin=" + URLEncoder.encode(origin, StandardCharsets.UTF_8))
			.bearer(token)
			.send();
	}

	private List<String> storedOrigins(String token) {
		HttpResponse<String> list = this.api.call("GET", ADMIN).bearer(token).send();
		assertThat(list.statusCode()).isEqualTo(200);
		return json(list).get("stored").findValuesAsString("origin");
	}

	private HttpResponse<String> preflightForAnEdit(String origin) {
		return preflight("/api/notes/1", origin, "PUT", "authorization, content-type");
	}

}
