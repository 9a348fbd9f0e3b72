package com.example.notes.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A token in the shape of OAuth 2.0's access token response (RFC 6749, section 5.1). */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {
}
