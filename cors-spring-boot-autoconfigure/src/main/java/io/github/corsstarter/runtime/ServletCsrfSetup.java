package io.github.corsstarter.runtime;

import java.util.Optional;

import io.github.corsstarter.runtime.CsrfHeaderCheck.CsrfSetup;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Spring Security's CSRF setup on a servlet stack, as far as its public API shows it: the
 * {@code SecurityFilterChain} beans that hold a {@code CsrfFilter}. The filter keeps its
 * token repository to itself, so the repository is known only when the application
 * declares it as its only {@code CsrfTokenRepository} bean.
 */
public final class ServletCsrfSetup {

	private ServletCsrfSetup() {
	}

	/** The CSRF setup, empty when no security filter chain holds a {@code CsrfFilter}. */
	public static Optional<CsrfSetup> of(ListableBeanFactory beanFactory) {
		return CsrfSetup.find("CsrfFilter in SecurityFilterChain",
				beanFactory.getBeansOfType(SecurityFilterChain.class, false, false),
				(chain) -> chain.getFilters().stream().anyMatch(CsrfFilter.class::isInstance),
				beanFactory.getBeansOfType(CsrfTokenRepository.class, false, false).values(),
				CookieCsrfTokenRepository.class);
	}

}
