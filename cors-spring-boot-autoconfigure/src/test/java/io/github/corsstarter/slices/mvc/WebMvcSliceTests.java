package io.github.corsstarter.slices.mvc;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first CORS test a user writes, in a {@code @WebMvcTest} slice: the starter is part
 * of the slice, so MockMvc sees the preflight answered (and, with Spring Security in the
 * slice, the 401 carrying the CORS headers).
 */
@WebMvcTest(SliceApplication.NotesController.class)
@TestPropertySource(properties = { "cors.policies.api.path-patterns=/api/**",
		"cors.policies.api.allowed-origins=http://localhost:5173", "cors.policies.api.allowed-methods=GET,PUT" })
class WebMvcSliceTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aPreflightIsAnsweredByTheStarterInAWebMvcTest() throws Exception {
		this.mvc
			.perform(options("/api/notes").header("Origin", "http://localhost:5173")
				.header("Access-Control-Request-Method", "PUT"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"))
			.andExpect(header().string("Access-Control-Allow-Methods", "GET, PUT"));
	}

	@Test
	void anActualRequestGetsItsHeadersWhateverItsStatus() throws Exception {
		this.mvc.perform(get("/api/notes").header("Origin", "http://localhost:5173"))
			.andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"));
		this.mvc.perform(get("/api/notes").header("Origin", "http://localhost:3000"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

}
