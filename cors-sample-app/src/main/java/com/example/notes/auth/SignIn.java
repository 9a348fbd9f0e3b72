package com.example.notes.auth;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How callers prove who they are, the part of Spring Security that differs between the
 * sample's two ways of signing in: a bearer token ({@link TokenSignIn}, the default) or a
 * session cookie with CSRF protection for single-page apps ({@link SessionSignIn}, the
 * profile {@code cookie-session}). The rules of who may do what stay in
 * {@code SecurityConfiguration}.
 */
interface SignIn {

	void configure(HttpSecurity http);

}
