package com.example.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP against the running server with the JDK's client, which, unlike a browser,
 * lets a test set {@code Origin} and the {@code Access-Control-Request-*} headers itself.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI base;

	ApiClient(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	Call call(String method, String path) {
		return new Call(method, this.base.resolve(path));
	}

	HttpResponse<String> get(String pathOrUri) {
		return call("GET", pathOrUri).send();
	}

	/**
	 * The preflight a browser on {@code origin} sends before a {@code method} with
	 * {@code requestHeaders} to {@code path}.
	 */
	HttpResponse<String> preflight(String path, String origin, String method, String requestHeaders) {
		return call("OPTIONS", path).header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", requestHeaders)
			.send();
	}

	/** A token from the token endpoint. */
	String token(String username, String password) {
		HttpResponse<String> response = call("POST", "/api/auth/token").json(credentials(username, password)).send();
		assertThat(response.statusCode()).isEqualTo(200);
		return json(response).get("access_token").asString();
	}

	static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** One request being put together; {@link #send()} sends it. */
	final class Call {

		private final HttpRequest.Builder request;

		private final String method;

		private BodyPublisher body = BodyPublishers.noBody();

		private Call(String method, URI uri) {
			this.method = method;
			this.request = HttpRequest.newBuilder(uri);
		}

		Call header(String name, String value) {
			this.request.header(name, value);
			return this;
		}

		Call bearer(String token) {
			return header("Authorization", "Bearer " + token);
		}

		Call json(String json) {
			return body("application/json", json);
		}

		Call body(String contentType, String content) {
			this.body = BodyPublishers.ofString(content);
			return header("Content-Type", contentType);
		}

		HttpResponse<String> send() {
			try {
				return ApiClient.this.http.send(this.request.method(this.method, this.body).build(),
						BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
