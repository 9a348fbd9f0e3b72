package com.example.notes.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token settings of the sample, bound from {@code notes.auth.*}.
 *
 * @param jwtSecret shared HMAC key that signs and verifies tokens; at least 32 bytes
 * because HS256 needs a 256-bit key
 * @param tokenLifetime how long an issued token is accepted
 * @param demoUser a user: may write notes
 * @param adminUser an administrator: may also change the trusted origins
 * ({@code /api/admin/**}) and make the API re-read its configuration
 * ({@code POST /actuator/refresh})
 */
@Validated
@ConfigurationProperties("notes.auth")
public record NotesAuthProperties(@NotNull @Size(min = 32) String jwtSecret, @NotNull Duration tokenLifetime,
		@NotNull @Valid DemoUser demoUser, @NotNull @Valid DemoUser adminUser) {

	/**
	 * A plain-text credential from configuration: good for a demo, never for production.
	 */
	public record DemoUser(@NotBlank String username, @NotBlank String password) {
	}
}
