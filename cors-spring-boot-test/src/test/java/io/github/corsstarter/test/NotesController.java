package io.github.corsstarter.test;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The test application's endpoints, the same for Spring MVC and WebFlux. CORS comes from
 * Spring's own support: {@link #apiPolicy()} for {@code /api/**}, {@code @CrossOrigin} on
 * {@code /public/info}, nothing on {@code /internal/**}; {@code /legacy/**} is left to
 * {@link LegacyCorsFilter} on Spring MVC.
 */
@RestController
class NotesController {

	static final String CLIENT = "http://localhost:5173";

	@GetMapping("/api/notes/{id}")
	ResponseEntity<String> get(@PathVariable String id) {
		return note(id);
	}

	@PutMapping("/api/notes/{id}")
	ResponseEntity<String> put(@PathVariable String id) {
		return note(id);
	}

	@PatchMapping("/api/notes/{id}")
	ResponseEntity<String> patch(@PathVariable String id) {
		return note(id);
	}

	@DeleteMapping("/api/notes/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		return ResponseEntity.noContent().build();
	}

	@CrossOrigin(origins = "*")
	@GetMapping("/public/info")
	ResponseEntity<String> info() {
		return ResponseEntity.ok().header("X-Total-Count", "1").body("info");
	}

	@RequestMapping("/legacy/notes/{id}")
	ResponseEntity<String> legacy(@PathVariable String id) {
		return note(id);
	}

	@PutMapping("/internal/settings")
	ResponseEntity<String> settings() {
		return ResponseEntity.ok("set");
	}

	private static ResponseEntity<String> note(String id) {
		return ResponseEntity.ok()
			.header("X-Total-Count", "3")
			.header("X-Hidden", "h")
			.header("Content-Type", "text/plain")
			.body("note " + id);
	}

	/** The {@code /api/**} policy, for either stack's registry. */
	static CorsConfiguration apiPolicy() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin(CLIENT);
		cors.addAllowedMethod("GET");
		cors.addAllowedMethod("PUT");
		cors.addAllowedMethod("DELETE");
		cors.addAllowedHeader("Authorization");
		cors.addAllowedHeader("Content-Type");
		cors.addExposedHeader("X-Total-Count");
		cors.setAllowCredentials(true);
		return cors;
	}

}
