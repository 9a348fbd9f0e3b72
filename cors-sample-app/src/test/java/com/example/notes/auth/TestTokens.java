package com.example.notes.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints tokens the token endpoint would never hand out, to prove the API refuses them.
 */
@TestComponent
public class TestTokens {

	private final JwtEncoder applicationEncoder;

	TestTokens(JwtEncoder applicationEncoder) {
		this.applicationEncoder = applicationEncoder;
	}

	/**
	 * Correctly signed, but expired an hour ago: well beyond the decoder's 60 seconds of
	 * clock skew.
	 */
	public String expired() {
		Instant now = Instant.now();
		return sign(this.applicationEncoder, JwtConfiguration.ISSUER, now.minus(Duration.ofHours(2)),
				now.minus(Duration.ofHours(1)));
	}

	/** Valid in time and issuer, but signed with a key the API does not know. */
	public String signedWithAnotherKey() {
		var otherKey = new SecretKeySpec("another-key-that-is-32-bytes-long!!".getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		Instant now = Instant.now();
		return sign(NimbusJwtEncoder.withSecretKey(otherKey).algorithm(MacAlgorithm.HS256).build(),
				JwtConfiguration.ISSUER, now, now.plus(Duration.ofHours(1)));
	}

	/** Signed with the API's key and valid in time, but issued by someone else. */
	public String fromAnotherIssuer() {
		Instant now = Instant.now();
		return sign(this.applicationEncoder, "someone-else", now, now.plus(Duration.ofHours(1)));
	}

	private static String sign(JwtEncoder encoder, String issuer, Instant issuedAt, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject("demo")
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
