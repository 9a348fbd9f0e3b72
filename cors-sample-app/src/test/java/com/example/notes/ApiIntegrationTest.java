package com.example.notes;

import java.net.URI;
import java.net.http.HttpResponse;

import com.example.notes.auth.NotesAuthProperties;
import com.example.notes.auth.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random port, with the starter's filter, Spring Security and
 * H2, driven over real HTTP. All subclasses share one application context; each test
 * creates the notes it changes, so the tests do not depend on each other's order.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestTokens.class)
abstract class ApiIntegrationTest {

	/** The React dev server's origin, allowed by {@code application.yml}. */
	static final String CLIENT_ORIGIN = "http://localhost:5173";

	@LocalServerPort
	private int port;

	@Autowired
	protected TestTokens tokens;

	@Autowired
	private NotesAuthProperties auth;

	protected ApiClient api;

	@BeforeEach
	void connectToTheRunningServer() {
		this.api = new ApiClient(this.port);
	}

	/**
	 * Creates a note through the public endpoint and returns the path of its
	 * {@code Location}.
	 */
	protected String createNote(String text) {
		HttpResponse<String> created = this.api.call("POST", "/api/notes").json(jsonNote(text)).send();
		assertThat(created.statusCode()).isEqualTo(201);
		return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
	}

	/** A token from the token endpoint, for the demo user of {@code application.yml}. */
	protected String demoUserToken() {
		return this.api.token(this.auth.demoUser().username(), this.auth.demoUser().password());
	}

	/**
	 * A token from the token endpoint, for the administrator of {@code application.yml}.
	 */
	protected String adminToken() {
		return this.api.token(this.auth.adminUser().username(), this.auth.adminUser().password());
	}

	/**
	 * The preflight a browser on {@code origin} sends before a {@code method} with
	 * {@code requestHeaders} to {@code path}.
	 */
	protected HttpResponse<String> preflight(String path, String origin, String method, String requestHeaders) {
		return this.api.preflight(path, origin, method, requestHeaders);
	}

	protected static String jsonNote(String text) {
		return "{\"text\":\"" + text + "\"}";
	}

	protected static String credentials(String username, String password) {
		return ApiClient.credentials(username, password);
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return ApiClient.json(response);
	}

}
