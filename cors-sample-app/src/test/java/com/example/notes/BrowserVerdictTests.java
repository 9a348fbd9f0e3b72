package com.example.notes;

import io.github.corsstarter.test.CorsPage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.corsstarter.test.CorsAssertions.assertThatCors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the React client's browser does with the API's answers, judged by
 * cors-spring-boot-test: each call sends the preflight a browser would send, then the
 * request, over real HTTP to the running application.
 */
class BrowserVerdictTests extends ApiIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void putWithATokenFromTheClientIsPreflightedAndAllowed() {
		String note = createNote("to be changed");

		client().put(note)
			.header("Authorization", "Bearer " + demoUserToken())
			.contentType("application/json")
			.body(jsonNote("changed"))
			.isPreflighted()
			.isAllowed()
			.canRead("Content-Type");
	}

	@Test
	void createdNotesLocationIsReadableByTheClient() {
		client().post("/api/notes")
			.contentType("application/json")
			.body(jsonNote("where am I"))
			.isAllowed()
			.canRead("Location");
	}

	@Test
	void the401OfAPutWithoutATokenReachesThePage() {
		String note = createNote("guarded");

		var put = client().put(note).contentType("application/json").body(jsonNote("unauthorized")).isAllowed();

		assertThat(put.verdict().response()).isNotNull();
		assertThat(put.verdict().response().status()).isEqualTo(401);
	}

	@Test
	void anOriginThatIsNotConfiguredIsBlockedAtThePreflight() {
		assertThatCors(baseUrl()).from("http://localhost:3000")
			.put("/api/notes/1")
			.header("Authorization", "Bearer x")
			.isBlocked()
			.atPreflight()
			.because("Response to preflight request doesn't pass access control check: "
					+ "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
	}

	@Test
	void aMethodThatIsNotConfiguredIsBlockedAtThePreflight() {
		client().patch("/api/notes/1").isBlocked().atPreflight();
	}

	@Test
	void aReadFromAnOriginThatIsNotConfiguredIsSentButItsAnswerWithheld() {
		assertThatCors(baseUrl()).from("http://localhost:3000")
			.get("/api/notes")
			.isNotPreflighted()
			.isBlocked()
			.atResponse()
			.because("No 'Access-Control-Allow-Origin' header is present on the requested resource.");
	}

	private CorsPage client() {
		return assertThatCors(baseUrl()).from(CLIENT_ORIGIN);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
