package io.github.corsstarter.slices.flux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The first CORS test a user writes, in a {@code @WebFluxTest} slice: the starter's web
 * filter is part of the slice, so {@code WebTestClient} sees the preflight answered.
 */
@WebFluxTest(SliceApplication.NotesController.class)
@TestPropertySource(properties = { "cors.policies.api.path-patterns=/api/**",
		"cors.policies.api.allowed-origins=http://localhost:5173", "cors.policies.api.allowed-methods=GET,PUT" })
class WebFluxSliceTests {

	@Autowired
	private WebTestClient client;

	@Test
	void aPreflightIsAnsweredByTheStarterInAWebFluxTest() {
		this.client.method(HttpMethod.OPTIONS)
			.uri("/api/notes")
			.header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "PUT")
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:5173")
			.expectHeader()
			.valueEquals("Access-Control-Allow-Methods", "GET, PUT");
	}

}
