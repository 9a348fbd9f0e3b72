package com.example.notes.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cookie session of the profile {@code cookie-session}:
 * <ul>
 * <li>{@code GET /api/auth/csrf}: the CSRF token in the {@code X-XSRF-TOKEN} response
 * header (exposed by the CORS policy), for a client on another site, which cannot read
 * the {@code XSRF-TOKEN} cookie of the API's host;</li>
 * <li>{@code POST /api/auth/session}: signs the demo user in, into a new session.</li>
 * </ul>
 * Signing out is Spring Security's logout, {@code POST /api/auth/logout}.
 */
@RestController
@Profile(SessionSignIn.PROFILE)
class SessionController {

	private final AuthenticationManager authenticationManager;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionController(AuthenticationManager authenticationManager) {
		this.authenticationManager = authenticationManager;
	}

	/**
	 * The token as stored in the {@code XSRF-TOKEN} cookie, the value {@code csrf.spa()}
	 * expects in the header (the request's rendered {@link CsrfToken} is masked for pages
	 * that embed it).
	 */
	@GetMapping("/api/auth/csrf")
	ResponseEntity<Void> csrf(HttpServletRequest request) {
		CsrfToken token = ((DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName())).get();
		return ResponseEntity.noContent().header(token.getHeaderName(), token.getToken()).build();
	}

	@PostMapping("/api/auth/session")
	SessionResponse signIn(@Valid @RequestBody TokenRequest credentials, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication user = this.authenticationManager.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		// A new session id on sign-in, so a session id planted before cannot ride along
		// (session fixation).
		request.getSession();
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
		return new SessionResponse(user.getName());
	}

	/** Who signed in. */
	record SessionResponse(String username) {
	}

}
