package io.github.corsstarter.test;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static io.github.corsstarter.test.CorsAssertions.assertThatCors;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same assertions through {@code MockMvcTester}, a {@code WebTestClient} on WebFlux
 * and a running server: each sends what the browser sends and reaches the same verdicts.
 */
class OtherEntryPointsTests {

	private static final String CLIENT = NotesController.CLIENT;

	private static final String STRANGER = "http://localhost:3000";

	@Nested
	class WithMockMvcTester {

		private final MockMvcTester mvc = MockMvcTester.create(MockMvcCorsAssertionsTests.mockMvc());

		@Test
		void putWithAuthorizationIsAllowed() {
			assertThatCors(this.mvc).from(CLIENT)
				.withCredentials()
				.put("/api/notes/1")
				.header("Authorization", "Bearer x")
				.isAllowed()
				.canRead("X-Total-Count");
		}

		@Test
		void isAllowedFailsForAStranger() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER).delete("/api/notes/1").isAllowed())
				.withMessageContaining("Response to preflight request doesn't pass access control check: "
						+ "No 'Access-Control-Allow-Origin' header is present on the requested resource.");
		}

	}

	@Nested
	class WithWebTestClient {

		private final WebTestClient client = WebTestClient.bindToController(new NotesController())
			.corsMappings((registry) -> registry.addMapping("/api/**")
				.allowedOrigins(CLIENT)
				.allowedMethods("GET", "PUT", "DELETE")
				.allowedHeaders("Authorization", "Content-Type")
				.exposedHeaders("X-Total-Count")
				.allowCredentials(true))
			.build();

		@Test
		void putWithAuthorizationIsAllowedAndReadsTheExposedHeaderOnly() {
			assertThatCors(this.client).from(CLIENT)
				.withCredentials()
				.put("/api/notes/1")
				.header("Authorization", "Bearer x")
				.contentType("application/json")
				.body("{}")
				.isPreflighted()
				.isAllowed()
				.canRead("X-Total-Count")
				.cannotRead("X-Hidden");
		}

		@Test
		void patchIsBlockedAtThePreflight() {
			assertThatCors(this.client).from(CLIENT)
				.patch("/api/notes/1")
				.isBlocked()
				.atPreflight()
				.because("No 'Access-Control-Allow-Origin' header is present");
		}

		@Test
		void isBlockedFailsForAnAllowedCall() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatCors(this.client).from(CLIENT).get("/api/notes/1").isBlocked())
				.withMessageContaining("but the page reads the response (status 200)");
		}

		@Test
		void canReadFailsForAHiddenHeader() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatCors(this.client).from(CLIENT).get("/api/notes/1").canRead("X-Hidden"))
				.withMessageContaining("it is not exposed: list X-Hidden in Access-Control-Expose-Headers");
		}

	}

	@Nested
	@SpringBootTest(classes = ServerApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
	class WithARunningServer {

		@LocalServerPort
		private int port;

		@Test
		void putWithAuthorizationIsAllowedOverRealHttp() {
			assertThatCors("http://localhost:" + this.port).from(CLIENT)
				.withCredentials()
				.put("/api/notes/1")
				.header("Authorization", "Bearer x")
				.isAllowed()
				.canRead("X-Total-Count");
		}

		@Test
		void strangerIsBlockedOverRealHttp() {
			assertThatCors("http://localhost:" + this.port + "/").from(STRANGER)
				.put("/api/notes/1")
				.isBlocked()
				.atPreflight()
				.because("No 'Access-Control-Allow-Origin' header is present");
		}

		@Test
		void isAllowedFailsOverRealHttp() {
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertThatCors("http://localhost:" + this.port).from(CLIENT)
					.put("/internal/settings")
					.isAllowed())
				// Tomcat answers an OPTIONS no CORS configuration covers itself: 200, no
				// CORS headers.
				.withMessageContaining("Preflight answered:\n  200");
		}

	}

	/** Spring Boot on Tomcat with Spring MVC's own CORS. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(NotesController.class)
	static class ServerApplication implements WebMvcConfigurer {

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			registry.addMapping("/api/**").combine(NotesController.apiPolicy());
		}

	}

}
