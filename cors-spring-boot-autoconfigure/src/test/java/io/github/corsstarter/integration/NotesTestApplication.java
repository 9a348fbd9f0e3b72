package io.github.corsstarter.integration;

import java.util.Map;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small secured API as users write them: public reads, authenticated writes, ordinary
 * Spring Security, and no CORS code of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ NotesTestApplication.NotesController.class, NotesTestApplication.Users.class,
		NotesTestApplication.Security.class })
class NotesTestApplication {

	static final String USER = "user";

	static final String PASSWORD = "secret";

	/** A user with the role the endpoint's tests require to be shown values. */
	static final String OPERATOR = "ops";

	@RestController
	static class NotesController {

		@GetMapping("/api/notes")
		ResponseEntity<Map<String, String>> list() {
			return ResponseEntity.ok().header("X-Total-Count", "1").body(Map.of("text", "hello"));
		}

		@PutMapping("/api/notes/{id}")
		Map<String, String> update(@PathVariable String id) {
			return Map.of("id", id);
		}

		@GetMapping("/api/fail")
		Map<String, String> fail() {
			throw new IllegalStateException("boom");
		}

		@GetMapping("/api/teapot")
		ResponseEntity<Void> teapot() {
			return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Security {

		@Bean
		SecurityFilterChain api(HttpSecurity http) throws Exception {
			return rules(http);
		}

		/** Public reads, authenticated writes, HTTP Basic, stateless. */
		static SecurityFilterChain rules(HttpSecurity http) throws Exception {
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
					.permitAll()
					.requestMatchers("/error", "/actuator/**")
					.permitAll()
					.anyRequest()
					.authenticated())
				.httpBasic(Customizer.withDefaults())
				.csrf(AbstractHttpConfigurer::disable)
				.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Users {

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(
					User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build(),
					User.withUsername(OPERATOR).password("{noop}" + PASSWORD).roles("OPS").build());
		}

	}

}
