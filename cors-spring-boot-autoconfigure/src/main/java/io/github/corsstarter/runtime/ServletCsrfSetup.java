package io.github.corsstarter.runtime;

import java.util.List;
import java.util.Map;
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
		List<String> chains = beanFactory.getBeansOfType(SecurityFilterChain.class, false, false)
			.entrySet()
			.stream()
			.filter((chain) -> chain.getValue().getFilters().stream().anyMatch(CsrfFilter.class::isInstance))
			.map((chain) -> "'" + chain.getKey() + "'")
			.toList();
		if (chains.isEmpty()) {
			return Optional.empty();
		}
		String where = "CsrfFilter in SecurityFilterChain " + String.join(", ", chains);
		Map<String, CsrfTokenRepository> repositories = beanFactory.getBeansOfType(CsrfTokenRepository.class, false,
				false);
		if (repositories.size() != 1) {
			return Optional.of(CsrfSetup.unknownRepository(where));
		}
		CsrfTokenRepository repository = repositories.values().iterator().next();
		return Optional.of(CsrfSetup.of(where, repository, repository instanceof CookieCsrfTokenRepository));
	}

}
