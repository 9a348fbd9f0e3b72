package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.OriginLookup;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The application's origin resolvers, each behind a {@link CachingOriginLookup} per
 * policy. A reload that keeps a policy's resolver settings keeps its cache; lookups no
 * installed configuration uses any more are closed. Resolvers need Caffeine; without it
 * no policy can name one, which startup reports.
 */
final class OriginResolvers implements AutoCloseable {

	private static final String CAFFEINE = "com.github.benmanes.caffeine.cache.Caffeine";

	private final ListableBeanFactory beanFactory;

	private final boolean caffeinePresent;

	/** Every lookup created and not closed yet, by policy. */
	private final Map<String, List<CachingOriginLookup>> lookups = new HashMap<>();

	private final Executor executor;

	OriginResolvers(ListableBeanFactory beanFactory, Executor executor) {
		this.beanFactory = beanFactory;
		this.executor = executor;
		ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : null;
		this.caffeinePresent = ClassUtils.isPresent(CAFFEINE,
				(classLoader != null) ? classLoader : OriginResolvers.class.getClassLoader());
	}

	/**
	 * The lookup of each policy that names an origin resolver the application has, by
	 * policy: what a compilation is given.
	 */
	synchronized Map<String, OriginLookup> lookups(Map<String, CorsPolicySpec> policies) {
		Map<String, OriginLookup> lookups = new HashMap<>();
		policies.forEach((policy, spec) -> lookup(policy, spec.getOriginResolver())
			.ifPresent((lookup) -> lookups.put(policy, lookup)));
		return lookups;
	}

	/**
	 * The lookup for a policy's resolver settings: the one in use when the settings are
	 * unchanged, else a new one. Empty if Caffeine is missing or there is no resolver
	 * bean of that name.
	 */
	private Optional<OriginLookup> lookup(String policy, OriginResolverSpec resolver) {
		String bean = resolver.getBean();
		if (!this.caffeinePresent || bean == null || !this.beanFactory.containsBean(bean)
				|| !this.beanFactory.isTypeMatch(bean, AllowedOriginResolver.class)) {
			return Optional.empty();
		}
		CachingOriginLookup.ResolverSettings settings = new CachingOriginLookup.ResolverSettings(bean,
				resolver.getTimeout(), resolver.getAllowedTtl(), resolver.getDeniedTtl(), resolver.getCacheSize(),
				resolver.getMaxConcurrentLookups(), resolver.getMaxLookupsPerSecond());
		List<CachingOriginLookup> existing = this.lookups.computeIfAbsent(policy, (name) -> new ArrayList<>());
		for (CachingOriginLookup lookup : existing) {
			if (lookup.settings().equals(settings)) {
				return Optional.of(lookup);
			}
		}
		CachingOriginLookup created = new CachingOriginLookup(settings,
				() -> this.beanFactory.getBean(bean, AllowedOriginResolver.class), this.executor);
		existing.add(created);
		return Optional.of(created);
	}

	/**
	 * Closes every lookup the installed configuration does not use, among them those a
	 * rejected compilation created.
	 */
	synchronized void retainUsedBy(CompiledCorsConfiguration configuration) {
		Set<OriginLookup> used = Collections.newSetFromMap(new IdentityHashMap<>());
		for (CorsPolicy policy : configuration.policies()) {
			if (policy.originResolver() != null) {
				used.add(policy.originResolver());
			}
		}
		this.lookups.values().forEach((list) -> list.removeIf((lookup) -> {
			boolean unused = !used.contains(lookup);
			if (unused) {
				lookup.close();
			}
			return unused;
		}));
	}

	@Override
	public synchronized void close() {
		this.lookups.values().forEach((list) -> list.forEach(CachingOriginLookup::close));
		this.lookups.clear();
	}

}
