package com.example.notes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile {@code cookie-session-cross-site}: both the CSRF token cookie and the
 * session cookie are {@code SameSite=None; Secure; Partitioned}, without which a browser
 * that blocks third-party cookies never sends them back to an API on another site (the
 * browser tests show it in Chromium, {@code e2e/cookie-session.spec.js}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "cors.policies.api.allowed-origins=" + CrossSiteCookieTests.CLIENT)
@ActiveProfiles("cookie-session-cross-site")
class CrossSiteCookieTests {

	static final String CLIENT = "http://app.localhost:5173";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void theTokenAndTheSessionCookieArePartitioned() throws IOException, InterruptedException {
		HttpResponse<String> csrf = send(request("/api/auth/csrf").GET());
		String tokenCookie = csrf.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(tokenCookie).startsWith("XSRF-TOKEN=").contains("; Secure", "; SameSite=none", "; Partitioned");
		String token = csrf.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

		HttpResponse<String> signIn = send(request("/api/auth/session").header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token)
			.header("Cookie", tokenCookie.substring(0, tokenCookie.indexOf(';')))
			.POST(BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo-password\"}")));
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=None",
					"; Partitioned"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Origin", CLIENT);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

}
