package io.github.corsstarter.runtime;

import java.util.List;
import java.util.Map;
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
		List<String> chains = beanFactory.getBeansOfType(SecurityWebFilterChain.class, false, false)
			.entrySet()
			.stream()
			.filter((chain) -> Boolean.TRUE
				.equals(chain.getValue().getWebFilters().any(CsrfWebFilter.class::isInstance).block()))
			.map((chain) -> "'" + chain.getKey() + "'")
			.toList();
		if (chains.isEmpty()) {
			return Optional.empty();
		}
		String where = "CsrfWebFilter in SecurityWebFilterChain " + String.join(", ", chains);
		Map<String, ServerCsrfTokenRepository> repositories = beanFactory
			.getBeansOfType(ServerCsrfTokenRepository.class, false, false);
		if (repositories.size() != 1) {
			return Optional.of(CsrfSetup.unknownRepository(where));
		}
		ServerCsrfTokenRepository repository = repositories.values().iterator().next();
		return Optional.of(CsrfSetup.of(where, repository, repository instanceof CookieServerCsrfTokenRepository));
	}

}
