package com.example.notes.auth;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers a missing or rejected token with 401, the RFC 6750 {@code WWW-Authenticate}
 * header, and a JSON problem body. Spring Security's own entry point writes no body;
 * handing the exception to Spring MVC's resolvers lets {@code ApiExceptionHandler} write
 * it, so every error of the API has one shape.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final HandlerExceptionResolver mvcExceptionResolver;

	ProblemAuthenticationEntryPoint(HandlerExceptionResolver mvcExceptionResolver) {
		this.mvcExceptionResolver = mvcExceptionResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException, ServletException {
		this.bearer.commence(request, response, exception);
		this.mvcExceptionResolver.resolveException(request, response, null, exception);
	}

}
