package com.example.notes.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in with a session cookie ({@code POST /api/auth/session}), the profile
 * {@code cookie-session}. A browser adds a cookie to every request it sends to the API,
 * whichever page sent it, so writes need two more guards: Spring Security's CSRF
 * protection for single-page apps ({@code csrf.spa()}: the client echoes a token in
 * {@code X-XSRF-TOKEN}, which only a page the API answers can read) and the starter's
 * {@code cross-origin-protection}, which refuses unsafe requests from origins the CORS
 * policy does not allow before this chain runs (see {@code application.yml}).
 * <p>
 * The token cookie gets the session cookie's {@code SameSite} and {@code Secure}
 * ({@code server.servlet.session.cookie.*}): {@code Lax} serves a client on the same site
 * (another port of {@code localhost}); a client on another site (the profile
 * {@code cookie-session-cross-site}) needs {@code None}, which browsers accept only with
 * {@code Secure}, and {@code Partitioned} ({@link PartitionedCookies}).
 */
@Component
@Profile(SessionSignIn.PROFILE)
class SessionSignIn implements SignIn {

	static final String PROFILE = "cookie-session";

	private final String sameSite;

	private final boolean secure;

	SessionSignIn(@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		this.sameSite = sameSite;
		this.secure = secure;
	}

	@Override
	public void configure(HttpSecurity http) {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite(this.sameSite).secure(this.secure));
		http.csrf((csrf) -> csrf.spa().csrfTokenRepository(tokens))
			// No WWW-Authenticate challenge: a browser would show its own login dialog.
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.logout((logout) -> logout.logoutUrl("/api/auth/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
	}

}
