/**
 * Signing in: bearer tokens by default (the demo user, the token endpoint that signs JWTs
 * with a shared HMAC key, and the Spring Security rules that require a token for writes),
 * or a session cookie with Spring Security's CSRF protection under the profiles
 * {@code cookie-session} and {@code cookie-session-cross-site}.
 */
package com.example.notes.auth;
