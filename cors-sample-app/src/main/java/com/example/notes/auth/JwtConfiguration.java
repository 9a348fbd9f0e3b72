package com.example.notes.auth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Signs and verifies tokens with one shared HMAC key. The API is its own issuer, so there
 * is no authorization server and no JWK set: Boot's resource server properties only cover
 * public keys, hence these two beans.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	/**
	 * The {@code iss} claim of every token; the decoder rejects tokens from anyone else.
	 */
	static final String ISSUER = "notes-sample";

	/**
	 * The claim that carries the user's roles ({@code ["USER", "ADMIN"]}), read back as
	 * Spring Security's {@code ROLE_} authorities so that {@code hasRole} rules apply to
	 * tokens and sessions alike.
	 */
	static final String ROLES_CLAIM = "roles";

	private static final String ROLE_PREFIX = "ROLE_";

	@Bean
	JwtEncoder jwtEncoder(NotesAuthProperties properties) {
		return NimbusJwtEncoder.withSecretKey(secretKey(properties)).algorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	JwtDecoder jwtDecoder(NotesAuthProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(secretKey(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		// The default validators check exp/nbf (with 60 s of clock skew); add the issuer.
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder;
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(ROLES_CLAIM);
		roles.setAuthorityPrefix(ROLE_PREFIX);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

	/** A signed-in user's roles, as the token carries them. */
	static List<String> roles(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.toList();
	}

	private static SecretKey secretKey(NotesAuthProperties properties) {
		return new SecretKeySpec(properties.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

}
