package io.github.corsstarter.slices.flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a user's WebFlux application looks like to {@code @WebFluxTest}: a configuration
 * and one controller.
 */
@SpringBootConfiguration
class SliceApplication {

	@RestController
	static class NotesController {

		@GetMapping("/api/notes")
		String notes() {
			return "[]";
		}

	}

}
