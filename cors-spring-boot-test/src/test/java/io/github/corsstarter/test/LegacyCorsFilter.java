package io.github.corsstarter.test;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deliberately broken hand-written CORS filter for {@code /legacy/**}, as weaker setups
 * have it: the same fixed headers on every response, and every {@code OPTIONS} answered
 * with 200 whatever it asks for.
 */
class LegacyCorsFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/legacy/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Access-Control-Allow-Origin", NotesController.CLIENT);
		response.setHeader("Access-Control-Allow-Methods", "GET,POST");
		response.addHeader("Access-Control-Allow-Methods", "PUT");
		response.setHeader("Access-Control-Allow-Headers", "*");
		if ("OPTIONS".equals(request.getMethod())) {
			response.setStatus(200);
			return;
		}
		chain.doFilter(request, response);
	}

}
