package com.example.notes.auth;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Signing in with a bearer token from {@code POST /api/auth/token}, sent by the client in
 * {@code Authorization} on every write.
 */
@Component
@Profile("!" + SessionSignIn.PROFILE)
class TokenSignIn implements SignIn {

	private final AuthenticationEntryPoint entryPoint;

	private final JwtAuthenticationConverter roles;

	TokenSignIn(AuthenticationEntryPoint entryPoint, JwtAuthenticationConverter roles) {
		this.entryPoint = entryPoint;
		this.roles = roles;
	}

	@Override
	public void configure(HttpSecurity http) {
		http.oauth2ResourceServer(
				(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.roles))
					.authenticationEntryPoint(this.entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.entryPoint))
			// Tokens travel in a header that a browser never adds by itself, and there is
			// no session cookie, so there is nothing for cross-site request forgery to
			// ride on.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
	}

}
