package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Warns once at startup, per policy, when Spring Security's CSRF protection is on and a
 * policy that allows credentials and an unsafe method does not allow the header the CSRF
 * token travels in: the browser then refuses the preflight of every write that carries
 * the token, and the single-page app cannot write at all. Each web stack finds its CSRF
 * setup its own way ({@link ServletCsrfSetup}, {@link ReactiveCsrfSetup}); what is
 * checked and how it is said is decided here, once.
 */
public final class CsrfHeaderCheck implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CsrfHeaderCheck.class);

	/** The header {@code CookieCsrfTokenRepository} reads by default. */
	static final String COOKIE_HEADER = "X-XSRF-TOKEN";

	/**
	 * The header the session repositories (Spring Security's default) read by default.
	 */
	static final String SESSION_HEADER = "X-CSRF-TOKEN";

	/** Methods whose requests Spring Security's CSRF protection checks, and {@code *}. */
	private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE", "*");

	private final CorsEngine engine;

	private final ListableBeanFactory beanFactory;

	private final Function<ListableBeanFactory, Optional<CsrfSetup>> setup;

	/**
	 * @param setup finds the application's CSRF setup among its beans, empty when CSRF
	 * protection is off
	 */
	public CsrfHeaderCheck(CorsEngine engine, ListableBeanFactory beanFactory,
			Function<ListableBeanFactory, Optional<CsrfSetup>> setup) {
		this.engine = engine;
		this.beanFactory = beanFactory;
		this.setup = setup;
	}

	@Override
	public void afterSingletonsInstantiated() {
		lines().forEach(logger::warn);
	}

	/** The lines said: one per policy that misses the token's header. */
	List<String> lines() {
		Optional<CsrfSetup> found = this.setup.apply(this.beanFactory);
		if (found.isEmpty()) {
			return List.of();
		}
		CsrfSetup setup = found.get();
		List<String> lines = new ArrayList<>();
		for (CorsPolicy policy : this.engine.configuration().policies()) {
			if (policy.allowCredentials() && allowsUnsafeMethod(policy) && !allowsAny(policy, setup.headers())) {
				lines.add(warning(policy, setup));
			}
		}
		return lines;
	}

	private static boolean allowsUnsafeMethod(CorsPolicy policy) {
		return list(policy, PolicySetting.ALLOWED_METHODS).stream().anyMatch(UNSAFE_METHODS::contains);
	}

	private static boolean allowsAny(CorsPolicy policy, List<String> headers) {
		return headers.stream()
			.anyMatch((header) -> policy.firstDisallowedHeader(header.toLowerCase(Locale.ROOT)) == null);
	}

	private static String warning(CorsPolicy policy, CsrfSetup setup) {
		String key = "cors.policies." + policy.name() + ".";
		String header = setup.headers().get(0);
		List<String> allowed = new ArrayList<>(list(policy, PolicySetting.ALLOWED_HEADERS));
		allowed.add(header);
		String reads = (setup.repository() != null)
				? setup.repository() + " reads the token from " + header
						+ " (its default header; if you renamed it with setHeaderName, allow that name instead)"
				: "The token repository is not a bean, so the starter cannot see which header it reads: "
						+ COOKIE_HEADER + " with a cookie repository (csrf.spa()), " + SESSION_HEADER
						+ " with a session one (Spring Security's default)";
		return "CORS policy '" + policy.name() + "' allows credentials and unsafe methods, and Spring Security's CSRF "
				+ "protection is on (" + setup.where() + "), but " + key + PolicySetting.ALLOWED_HEADERS.key()
				+ " allows no header the CSRF token can travel in: browsers refuse the preflight of every write that "
				+ "sends it. " + reads + ". Add it: " + key + PolicySetting.ALLOWED_HEADERS.key() + ": "
				+ String.join(", ", allowed) + "; and if the application sends the token to the client in that "
				+ "response header (a client on another site cannot read the token's cookie), also list it in " + key
				+ PolicySetting.EXPOSED_HEADERS.key() + ".";
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(CorsPolicy policy, PolicySetting setting) {
		return (List<String>) policy.settings().getOrDefault(setting, List.of());
	}

	/**
	 * Spring Security's CSRF protection as the starter sees it.
	 *
	 * @param where what shows it is on, such as
	 * {@code CsrfFilter in SecurityFilterChain 'apiSecurity'}
	 * @param repository the simple name of the token repository's class, or {@code null}
	 * when the starter cannot see the repository
	 * @param headers the header the repository reads the token from; the candidates, most
	 * likely first, when the repository is unknown
	 */
	public record CsrfSetup(String where, @Nullable String repository, List<String> headers) {

		/**
		 * The setup of a stack's CSRF filter, if any chain holds one.
		 * @param filterInChain the filter and chain types, such as
		 * {@code CsrfFilter in SecurityFilterChain}
		 * @param chains the chain beans by name
		 * @param holdsFilter whether a chain holds the CSRF filter
		 * @param repositories the token repository beans: the one in use if there is
		 * exactly one, else the starter cannot tell
		 * @param cookieRepository the type of the stack's cookie repository
		 */
		static <C> Optional<CsrfSetup> find(String filterInChain, Map<String, C> chains, Predicate<C> holdsFilter,
				Collection<?> repositories, Class<?> cookieRepository) {
			List<String> names = chains.entrySet()
				.stream()
				.filter((chain) -> holdsFilter.test(chain.getValue()))
				.map((chain) -> "'" + chain.getKey() + "'")
				.toList();
			if (names.isEmpty()) {
				return Optional.empty();
			}
			String where = filterInChain + " " + String.join(", ", names);
			if (repositories.size() != 1) {
				return Optional.of(new CsrfSetup(where, null, List.of(COOKIE_HEADER, SESSION_HEADER)));
			}
			Object repository = repositories.iterator().next();
			return Optional.of(new CsrfSetup(where, repository.getClass().getSimpleName(),
					List.of(cookieRepository.isInstance(repository) ? COOKIE_HEADER : SESSION_HEADER)));
		}

	}

}
