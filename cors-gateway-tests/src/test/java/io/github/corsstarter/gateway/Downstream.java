package io.github.corsstarter.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service behind the gateway in the gateway tests of both variants: it answers CORS
 * itself, as the ones behind gateways often do, with a wildcard, credentials and headers
 * no policy exposes. The servlet gateway's tests, which cannot share this module's class
 * path, use it through this module's test jar.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(Downstream.Api.class)
public class Downstream {

	/**
	 * Starts the service on a free port, without the starter, on the stack of the gateway
	 * in front of it.
	 * @param properties further properties, such as the gateway switched off
	 */
	public static ConfigurableApplicationContext start(WebApplicationType stack, String... properties) {
		return new SpringApplicationBuilder(Downstream.class).web(stack)
			.properties("server.port=0", "spring.main.banner-mode=off", "cors.enabled=false")
			.properties(properties)
			.run();
	}

	@RestController
	static class Api {

		@GetMapping("/api/notes")
		ResponseEntity<String> notes() {
			return ResponseEntity.ok()
				.header("Access-Control-Allow-Origin", "*")
				.header("Access-Control-Allow-Credentials", "true")
				.header("Access-Control-Expose-Headers", "X-Secret")
				.header("Timing-Allow-Origin", "*")
				.header("Vary", "Accept-Encoding")
				.body("notes");
		}

		@GetMapping("/api/secret")
		ResponseEntity<String> secret() {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header("Access-Control-Allow-Origin", "*")
				.header("Access-Control-Allow-Credentials", "true")
				.header("WWW-Authenticate", "Bearer")
				.build();
		}

	}

}
