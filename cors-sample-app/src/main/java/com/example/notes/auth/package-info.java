/**
 * Bearer tokens: the demo user, the token endpoint that signs JWTs with a shared HMAC
 * key, and the Spring Security rules that require a token for writes.
 */
package com.example.notes.auth;
