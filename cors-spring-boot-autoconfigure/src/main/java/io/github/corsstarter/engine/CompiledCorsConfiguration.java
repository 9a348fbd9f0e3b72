package io.github.corsstarter.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;

import org.springframework.web.util.pattern.PathPattern;

/**
 * A whole CORS configuration, compiled and immutable: every policy and the routes from
 * path patterns to them. The {@link CorsEngine} holds one and answers each request from
 * it alone; a reload compiles a new one and replaces the old in one step.
 */
public final class CompiledCorsConfiguration {

	private final List<CorsPolicy> policies;

	private final Map<String, List<String>> pathPatterns;

	private final PolicyRoutes routes;

	/**
	 * Routes parsed path patterns to compiled policies.
	 * @param policies the policies, in declaration order
	 * @param patterns each policy's path patterns, by policy name; no pattern in two
	 * policies
	 */
	public CompiledCorsConfiguration(List<CorsPolicy> policies, Map<String, List<PathPattern>> patterns) {
		this.policies = List.copyOf(policies);
		Map<String, List<String>> pathPatterns = new LinkedHashMap<>();
		List<PolicyRoute> routes = new ArrayList<>();
		for (CorsPolicy policy : policies) {
			List<PathPattern> policyPatterns = patterns.get(policy.name());
			pathPatterns.put(policy.name(), policyPatterns.stream().map(PathPattern::getPatternString).toList());
			// Decisions per pattern, so that each names the pattern that covered the
			// request.
			policyPatterns.forEach((pattern) -> routes
				.add(new PolicyRoute(pattern, new PolicyDecisions(policy, pattern.getPatternString()))));
		}
		this.pathPatterns = pathPatterns;
		this.routes = new PolicyRoutes(routes);
	}

	/** Decides a request; never throws for any request a client can send. */
	CorsDecision decide(CorsRequest request) {
		PolicyDecisions policy = this.routes.policyFor(request.path());
		return (policy != null) ? policy.decide(request) : CorsDecision.NOT_COVERED;
	}

	/**
	 * The policy covering a path: the one whose most specific path pattern matches it.
	 * @param pathWithinApplication the request path without context path, not decoded
	 */
	public Optional<CorsPolicy> policyFor(String pathWithinApplication) {
		PolicyDecisions policy = this.routes.policyFor(pathWithinApplication);
		return (policy != null) ? Optional.of(policy.policy()) : Optional.empty();
	}

	/** The compiled policies, in declaration order. */
	public List<CorsPolicy> policies() {
		return this.policies;
	}

	/** The policy of that name, if there is one. */
	public Optional<CorsPolicy> policy(String name) {
		return this.policies.stream().filter((policy) -> policy.name().equals(name)).findFirst();
	}

	/**
	 * A policy's path patterns, as Spring's {@code PathPatternParser} normalised them.
	 */
	public List<String> pathPatterns(CorsPolicy policy) {
		return this.pathPatterns.getOrDefault(policy.name(), List.of());
	}

	/**
	 * A policy's effective settings, its path patterns first, in declaration order:
	 * {@link CorsPolicy#settings()} with {@link PolicySetting#PATH_PATTERNS}.
	 */
	public Map<PolicySetting, Object> settings(CorsPolicy policy) {
		Map<PolicySetting, Object> settings = new EnumMap<>(PolicySetting.class);
		settings.put(PolicySetting.PATH_PATTERNS, pathPatterns(policy));
		settings.putAll(policy.settings());
		return settings;
	}

	/** One line with a policy's effective, normalised settings, for the startup log. */
	public String describe(CorsPolicy policy) {
		return "policy '" + policy.name() + "': paths=" + pathPatterns(policy) + ", " + policy.describeSettings();
	}

}
