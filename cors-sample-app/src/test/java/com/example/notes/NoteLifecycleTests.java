package com.example.notes;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteLifecycleTests extends ApiIntegrationTest {

	@Test
	void seedRowsAreListedOnAFreshDatabase() {
		HttpResponse<String> list = this.api.get("/api/notes");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(json(list).findValuesAsString("text")).contains("Reading is public: GET /api/notes needs no token.");
	}

	@Test
	void createdNoteIsReadableAtItsAbsoluteLocation() {
		HttpResponse<String> created = this.api.call("POST", "/api/notes").json(jsonNote("buy milk")).send();

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("http://localhost:\\d+/api/notes/\\d+");
		HttpResponse<String> read = this.api.get(location);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json(read).get("text").asString()).isEqualTo("buy milk");
		assertThat(json(read).get("id").asLong()).isEqualTo(json(created).get("id").asLong());
	}

	@Test
	void tokenHolderCanReplaceANotesText() {
		String note = createNote("draft");

		HttpResponse<String> updated = this.api.call("PUT", note)
			.bearer(demoUserToken())
			.json(jsonNote("final"))
			.send();

		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(json(this.api.get(note)).get("text").asString()).isEqualTo("final");
	}

	@Test
	void tokenHolderCanDeleteANoteAndItIsGoneAfterwards() {
		String note = createNote("short-lived");

		HttpResponse<String> deleted = this.api.call("DELETE", note).bearer(demoUserToken()).send();

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(this.api.get(note).statusCode()).isEqualTo(404);
	}

}
