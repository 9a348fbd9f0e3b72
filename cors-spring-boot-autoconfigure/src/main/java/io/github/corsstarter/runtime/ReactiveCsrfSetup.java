package io.github.corsstarter.runtime;

import java.util.Optional;

import io.github.corsstarter.runtime.CsrfHeaderCheck.CsrfSetup;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;

/**
 * Spring Security's CSRF setup on WebFlux, as far as its public API shows it: the
 * {@code SecurityWebFilterChain} beans that hold a {@code CsrfWebFilter}. The filter
 * keeps its token repository to itself, so the repository is known only when the
 * application declares it as its only {@code ServerCsrfTokenRepository} bean.
 */
public final class ReactiveCsrfSetup {

	private ReactiveCsrfSetup() {
	}

	/**
	 * The CSRF setup, empty when no security web filter chain holds a
	 * {@code CsrfWebFilter}.
	 */
	public static Optional<CsrfSetup> of(ListableBeanFactory beanFactory) {
		// The chains list fixed filters (MatcherSecurityWebFilterChain): collecting them
		// at
		// startup waits for nothing.
		return CsrfSetup.find("CsrfWebFilter in SecurityWebFilterChain",
				beanFactory.getBeansOfType(SecurityWebFilterChain.class, false, false),
				(chain) -> Boolean.TRUE.equals(chain.getWebFilters().any(CsrfWebFilter.class::isInstance).block()),
				beanFactory.getBeansOfType(ServerCsrfTokenRepository.class, false, false).values(),
				CookieServerCsrfTokenRepository.class);
	}

}
