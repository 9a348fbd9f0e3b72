package io.github.corsstarter.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.OriginResolverStatus;
import io.github.corsstarter.runtime.OriginSourceStatus;
import io.github.corsstarter.runtime.ReloadResult;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The meters of what changes at runtime: {@code cors.reloads} by outcome; per origin
 * source {@code cors.origin.source.origins} and {@code cors.origin.source.failures}; per
 * policy's origin resolver {@code cors.origin.resolver.cached}, {@code .hits},
 * {@code .lookups}, {@code .timeouts}, {@code .failures} and {@code .refused}. They read
 * the manager's counts when scraped; sources and resolvers that a reload adds are
 * registered, once, when the engine installs the new configuration.
 */
public final class CorsDynamicMetrics {

	private final MeterRegistry registry;

	private final CorsConfigurationManager manager;

	/**
	 * The sources and resolvers whose meters are registered: a gauge registered again
	 * makes Micrometer log a WARN.
	 */
	private final Set<String> registered = ConcurrentHashMap.newKeySet();

	public CorsDynamicMetrics(MeterRegistry registry, CorsConfigurationManager manager) {
		this.registry = registry;
		this.manager = manager;
		for (ReloadResult.Outcome outcome : ReloadResult.Outcome.values()) {
			FunctionCounter.builder("cors.reloads", manager, (current) -> current.reloads(outcome))
				.description("Reloads of the cors.* configuration")
				.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
				.register(registry);
		}
	}

	/**
	 * Registers the meters of the sources and resolvers in use now; those already
	 * registered are kept.
	 */
	public void registerSourcesAndResolvers() {
		for (OriginSourceStatus source : this.manager.originSources()) {
			String name = source.name();
			if (!this.registered.add("source " + name)) {
				continue;
			}
			Gauge.builder("cors.origin.source.origins", this.manager, (current) -> source(current, name).origins())
				.description("Origins an origin source lists now")
				.tag("source", name)
				.register(this.registry);
			FunctionCounter
				.builder("cors.origin.source.failures", this.manager, (current) -> source(current, name).failures())
				.description("Reads of an origin source that failed")
				.tag("source", name)
				.register(this.registry);
		}
		for (OriginResolverStatus resolver : this.manager.originResolvers()) {
			if (!this.registered.add("resolver " + resolver.policy() + " " + resolver.name())) {
				continue;
			}
			resolverGauge("cors.origin.resolver.cached", "Answers an origin resolver's cache holds", resolver,
					OriginResolverStatus::cached);
			resolverCounter("hits", "Requests answered from an origin resolver's cache", resolver,
					OriginResolverStatus::hits);
			resolverCounter("lookups", "Lookups an origin resolver started", resolver, OriginResolverStatus::lookups);
			resolverCounter("timeouts", "Origin resolver lookups slower than the timeout", resolver,
					OriginResolverStatus::timeouts);
			resolverCounter("failures", "Origin resolver lookups that failed", resolver,
					OriginResolverStatus::failures);
			resolverCounter("refused", "Lookups not started, over the limits", resolver, OriginResolverStatus::refused);
		}
	}

	private void resolverGauge(String name, String description, OriginResolverStatus resolver,
			ToDoubleFunction<OriginResolverStatus> value) {
		String policy = resolver.policy();
		Gauge.builder(name, this.manager, (current) -> value.applyAsDouble(resolver(current, policy)))
			.description(description)
			.tag("policy", policy)
			.tag("resolver", resolver.name())
			.register(this.registry);
	}

	private void resolverCounter(String suffix, String description, OriginResolverStatus resolver,
			ToDoubleFunction<OriginResolverStatus> value) {
		String policy = resolver.policy();
		FunctionCounter
			.builder("cors.origin.resolver." + suffix, this.manager,
					(current) -> value.applyAsDouble(resolver(current, policy)))
			.description(description)
			.tag("policy", policy)
			.tag("resolver", resolver.name())
			.register(this.registry);
	}

	private static OriginSourceStatus source(CorsConfigurationManager manager, String name) {
		return manager.originSources()
			.stream()
			.filter((status) -> status.name().equals(name))
			.findFirst()
			.orElse(new OriginSourceStatus(name, 0, java.util.List.of(), null, null, null, 0));
	}

	private static OriginResolverStatus resolver(CorsConfigurationManager manager, String policy) {
		return manager.originResolvers()
			.stream()
			.filter((status) -> status.policy().equals(policy))
			.findFirst()
			.orElse(new OriginResolverStatus(policy, "", 0, 0, 0, 0, 0, 0));
	}

}
