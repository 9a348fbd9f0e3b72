package com.example.notes.auth;

import java.time.Instant;

import jakarta.validation.Valid;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/token}: exchanges a demo user's name and password for a signed
 * JWT that carries the user's roles. Wrong credentials throw an
 * {@code AuthenticationException}, which {@code ApiExceptionHandler} turns into a 401.
 */
@RestController
class TokenController {

	private final AuthenticationManager authenticationManager;

	private final JwtEncoder encoder;

	private final NotesAuthProperties properties;

	TokenController(AuthenticationManager authenticationManager, JwtEncoder encoder, NotesAuthProperties properties) {
		this.authenticationManager = authenticationManager;
		this.encoder = encoder;
		this.properties = properties;
	}

	@PostMapping("/api/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest credentials) {
		Authentication user = this.authenticationManager.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(JwtConfiguration.ISSUER)
			.subject(user.getName())
			.claim(JwtConfiguration.ROLES_CLAIM, JwtConfiguration.roles(user))
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.tokenLifetime()))
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new TokenResponse(token, "Bearer", this.properties.tokenLifetime().toSeconds());
	}

}
