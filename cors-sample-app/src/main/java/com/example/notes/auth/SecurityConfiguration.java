package com.example.notes.auth;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Ordinary Spring Security for a token API. Note what is absent: no {@code http.cors()},
 * no {@code permitAll()} for {@code OPTIONS}. The starter's filter runs ahead of this
 * chain and answers preflights itself, and it adds the CORS headers to the 401s written
 * here. How a caller signs in is {@link SignIn}'s part.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The role of the administrator, in the token's {@code roles} claim too. */
	static final String ADMIN = "ADMIN";

	static final String USER = "USER";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SignIn signIn,
			@Value("${notes.cors-endpoint-public:false}") boolean corsEndpointPublic) {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(HttpMethod.GET, "/api/notes", "/api/notes/*", "/api/auth/csrf")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/notes", "/api/auth/token", "/api/auth/session")
				.permitAll()
				// Boot forwards errors here; without this a 404 or 400 would turn into a
				// 401.
				.requestMatchers("/error")
				.permitAll()
				// For load balancers and orchestrators: up or down, without details
				// (Boot's default).
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll();
			if (corsEndpointPublic) {
				// Only in the cors-debug profile: the starter's read-only CORS view and
				// dry run, which the client links to from a blocked call. It shows the
				// CORS policies to whoever reaches it, so production keeps it unexposed
				// or behind authentication.
				requests.requestMatchers(HttpMethod.GET, "/actuator/cors", "/actuator/cors/**").permitAll();
			}
			// Changing which origins are trusted (/api/admin/**) and re-reading the
			// configuration, CORS policy included (/actuator/refresh), are an
			// administrator's: a signed-in user who is not one gets 403.
			requests.requestMatchers("/api/admin/**", "/actuator/refresh").hasRole(ADMIN);
			// Everything else takes any signed-in user.
			requests.anyRequest().authenticated();
		});
		// A bearer token (TokenSignIn), or a session cookie with the profile
		// cookie-session (SessionSignIn).
		signIn.configure(http);
		return http.build();
	}

	@Bean
	AuthenticationEntryPoint problemAuthenticationEntryPoint(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver mvcExceptionResolver) {
		return new ProblemAuthenticationEntryPoint(mvcExceptionResolver);
	}

	/**
	 * Checks the credentials of a sign-in against the two demo users from configuration:
	 * a user and an administrator.
	 */
	@Bean
	AuthenticationManager demoUserAuthenticationManager(NotesAuthProperties properties) {
		var users = new InMemoryUserDetailsManager(user(properties.demoUser(), USER),
				user(properties.adminUser(), USER, ADMIN));
		return new ProviderManager(new DaoAuthenticationProvider(users));
	}

	private static UserDetails user(NotesAuthProperties.DemoUser demo, String... roles) {
		// {noop}: the demo password is stored in plain text, which is acceptable only in
		// a sample.
		return User.withUsername(demo.username()).password("{noop}" + demo.password()).roles(roles).build();
	}

}
