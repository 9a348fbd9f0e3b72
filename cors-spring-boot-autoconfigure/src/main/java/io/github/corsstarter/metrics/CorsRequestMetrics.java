package io.github.corsstarter.metrics;

import java.util.IdentityHashMap;
import java.util.Map;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.engine.CorsDecisionObserver;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every CORS decision in {@code cors.requests}, tagged {@code policy},
 * {@code kind} ({@code preflight}, {@code actual}), {@code outcome} ({@code allowed},
 * {@code rejected}) and {@code reason} ({@code none}, {@code origin}, {@code method},
 * {@code headers}, {@code headers-too-long}, {@code several-origins},
 * {@code origin-lookup-failed}, {@code cross-origin-request}). Every tag is on every
 * counter, from closed sets; the {@code Origin} never is one.
 * <p>
 * The counters of a configuration are registered when the engine installs it, never on a
 * request's thread, so counting a request only increments one: nothing is allocated per
 * request.
 */
public final class CorsRequestMetrics implements CorsDecisionObserver {

	static final String REQUESTS = "cors.requests";

	private static final Reason[] REASONS = Reason.values();

	private final MeterRegistry registry;

	private final Runnable onNewConfiguration;

	private volatile Counters counters;

	/**
	 * @param onNewConfiguration run whenever the engine installs a configuration, to
	 * register its other meters
	 */
	public CorsRequestMetrics(MeterRegistry registry, CorsEngine engine, Runnable onNewConfiguration) {
		this.registry = registry;
		this.onNewConfiguration = onNewConfiguration;
		this.counters = register(engine.configuration());
	}

	@Override
	public void onDecision(CorsDecision decision, CorsRequest request) {
		Kind kind = decision.kind();
		CorsPolicy policy = decision.policy();
		if ((kind != Kind.PREFLIGHT && kind != Kind.ACTUAL) || policy == null) {
			return;
		}
		Counter[] policyCounters = this.counters.byPolicy.get(policy);
		if (policyCounters != null) {
			policyCounters[index(kind, decision.reason())].increment();
		}
		else {
			// Decided by a configuration replaced since: found by name, as rarely as a
			// reload races a request.
			counter(policy.name(), kind, decision.reason()).increment();
		}
	}

	/**
	 * Registers the meters of a configuration as the engine installs it, never on a
	 * request's thread.
	 */
	@Override
	public synchronized void onInstall(CompiledCorsConfiguration configuration) {
		this.counters = register(configuration);
	}

	private Counters register(CompiledCorsConfiguration configuration) {
		Map<CorsPolicy, Counter[]> byPolicy = new IdentityHashMap<>();
		for (CorsPolicy policy : configuration.policies()) {
			Counter[] policyCounters = new Counter[2 * REASONS.length];
			for (Reason reason : REASONS) {
				if (!reason.isActualOnly()) {
					policyCounters[index(Kind.PREFLIGHT, reason)] = counter(policy.name(), Kind.PREFLIGHT, reason);
				}
				if (!reason.isPreflightOnly()) {
					policyCounters[index(Kind.ACTUAL, reason)] = counter(policy.name(), Kind.ACTUAL, reason);
				}
			}
			byPolicy.put(policy, policyCounters);
		}
		this.onNewConfiguration.run();
		return new Counters(byPolicy);
	}

	private Counter counter(String policy, Kind kind, Reason reason) {
		return Counter.builder(REQUESTS)
			.description("CORS requests decided by the starter's filter")
			.tag("policy", policy)
			.tag("kind", kind.tag())
			.tag("outcome", (reason == Reason.NONE) ? "allowed" : "rejected")
			.tag("reason", reason.tag())
			.register(this.registry);
	}

	private static int index(Kind kind, Reason reason) {
		return ((kind == Kind.PREFLIGHT) ? 0 : REASONS.length) + reason.ordinal();
	}

	/**
	 * The counters of one configuration, by policy (identity, so the lookup allocates
	 * nothing).
	 */
	private record Counters(Map<CorsPolicy, Counter[]> byPolicy) {
	}

}
