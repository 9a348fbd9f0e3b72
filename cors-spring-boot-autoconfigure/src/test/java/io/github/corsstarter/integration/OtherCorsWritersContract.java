package io.github.corsstarter.integration;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's handler-level CORS and a handler's own CORS headers on a covered path, through
 * Spring MVC on Tomcat and WebFlux on Netty: the policy stays the only writer, and the
 * startup log names the handler.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class OtherCorsWritersContract extends RunningAppContract {

	static final String CROSS_ORIGIN = "https://crossorigin.example";

	static final String[] POLICY = { "cors.policies.pub.path-patterns=/api/**",
			"cors.policies.pub.allowed-origins=" + APP };

	OtherCorsWritersContract() {
		super(POLICY);
	}

	@Test
	void crossOriginDoesNotGrantAnOriginThePolicyRefuses() throws Exception {
		HttpResponse<String> response = app().send("GET", "/api/xo", "Origin", CROSS_ORIGIN);
		assertThat(response.headers().map().keySet()).noneMatch((name) -> name.startsWith("access-control-"));
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Origin"));
	}

	@Test
	void anAllowedOriginGetsOneAllowOriginAndAVaryMergedWithTheHandlers() throws Exception {
		HttpResponse<String> response = app().send("GET", "/api/xo", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(String.join(", ", response.headers().allValues("Vary"))).contains("Origin")
			.contains("Accept-Encoding");
	}

	@Test
	void aHandlersOwnWildcardNeverReachesAnOriginThePolicyRefuses() throws Exception {
		HttpResponse<String> response = app().send("GET", "/api/star", "Origin", "https://evil.example");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().map().keySet()).noneMatch((name) -> name.startsWith("access-control-"));
	}

	@Test
	void aHandlersOwnWildcardIsReplacedByThePolicysAnswer() throws Exception {
		HttpResponse<String> response = app().send("GET", "/api/star", "Origin", APP);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.headers().allValues("Access-Control-Allow-Credentials")).isEmpty();
	}

	/**
	 * The output is captured from before the application started.
	 */
	@Test
	void startupLogNamesEachHandlerWithHandlerLevelCorsOnACoveredPath(CapturedOutput output) {
		assertThat(output).contains("@CrossOrigin on GET /api/xo is covered by policy 'pub': its origins are not "
				+ "used; move them into the policy");
		assertThat(output).doesNotContain("/api/star is covered");
	}

	/**
	 * Handlers that write CORS headers of their own: Spring's {@code @CrossOrigin}, and a
	 * handler that sets them itself (or relays a service that does).
	 */
	@RestController
	static class OtherCorsWriters {

		@CrossOrigin(CROSS_ORIGIN)
		@GetMapping("/api/xo")
		ResponseEntity<String> crossOrigin() {
			return ResponseEntity.ok().header("Vary", "Accept-Encoding").body("xo");
		}

		@GetMapping("/api/star")
		ResponseEntity<String> star() {
			return ResponseEntity.ok()
				.header("Access-Control-Allow-Origin", "*")
				.header("Access-Control-Allow-Credentials", "true")
				.body("star");
		}

	}

}
