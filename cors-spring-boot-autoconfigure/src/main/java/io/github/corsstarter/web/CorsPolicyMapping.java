package io.github.corsstarter.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.corsstarter.policy.ConfigurationProblems;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.CorsPolicySpec;
import io.github.corsstarter.web.PolicyRoute.RequestPath;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Which compiled policy covers a request path. When several policies' patterns match, the most specific pattern
 * wins ({@link PathPattern#SPECIFICITY_COMPARATOR}), never declaration order, so adding a broad policy can never
 * silently override a narrow one (the flaw behind CVE-2024-6839 in flask-cors).
 * <p>
 * Routes are indexed by their first literal path segment, so a hundred policies cost about what one does.
 */
public final class CorsPolicyMapping {

	/** Most specific first; equally specific patterns by their text, so the order never depends on declaration. */
	private static final Comparator<PolicyRoute> MOST_SPECIFIC_FIRST = Comparator
		.comparing(PolicyRoute::pattern, PathPattern.SPECIFICITY_COMPARATOR)
		.thenComparing((route) -> route.pattern().getPatternString());

	private static final PolicyRoute[] NONE = {};

	private final SegmentIndex routesByFirstSegment;

	private final PolicyRoute[] otherRoutes;

	private final PolicyRoute[] allRoutes;

	private final List<CorsPolicy> policies;

	private CorsPolicyMapping(List<PolicyRoute> routes, List<CorsPolicy> policies) {
		routes.sort(MOST_SPECIFIC_FIRST);
		Map<String, List<PolicyRoute>> indexed = new HashMap<>();
		List<PolicyRoute> others = new ArrayList<>();
		for (PolicyRoute route : routes) {
			String segment = route.firstLiteralSegment();
			if (segment != null) {
				indexed.computeIfAbsent(segment, (key) -> new ArrayList<>()).add(route);
			}
			else {
				others.add(route);
			}
		}
		Map<String, PolicyRoute[]> routesBySegment = new HashMap<>();
		indexed.forEach((segment, list) -> routesBySegment.put(segment, list.toArray(NONE)));
		this.routesByFirstSegment = new SegmentIndex(routesBySegment);
		this.otherRoutes = others.toArray(NONE);
		this.allRoutes = routes.toArray(NONE);
		this.policies = List.copyOf(policies);
	}

	/**
	 * Compiles policies and their path patterns, collecting every problem of every policy before failing.
	 * @param specs the policies, in declaration order
	 * @param problems where errors and warnings are collected
	 * @return the mapping; {@code null} if there were errors (they are in {@code problems})
	 */
	public static CorsPolicyMapping compile(List<CorsPolicySpec> specs, ConfigurationProblems problems) {
		PathPatternParser parser = new PathPatternParser();
		Map<String, String> ownerByPattern = new LinkedHashMap<>();
		List<PolicyRoute> routes = new ArrayList<>();
		List<CorsPolicy> policies = new ArrayList<>();
		int errorsBefore = problems.errors().size();
		for (CorsPolicySpec spec : specs) {
			CorsPolicy policy = spec.compile(problems);
			List<String> pathPatterns = spec.pathPatterns();
			String key = CorsPolicySpec.POLICIES_PREFIX + spec.name() + ".path-patterns";
			for (int i = 0; i < pathPatterns.size(); i++) {
				String text = pathPatterns.get(i);
				PathPattern pattern = parse(parser, text, key + "[" + i + "]", problems);
				String owner = ownerByPattern.putIfAbsent((pattern != null) ? pattern.getPatternString() : text,
						spec.name());
				if (owner != null) {
					problems.error(key + "[" + i + "]", text, "policy '" + owner + "' already covers this path pattern",
							"keep the pattern in one policy, or make one of them more specific");
				}
				else if (pattern != null && policy != null) {
					routes.add(new PolicyRoute(pattern, policy));
				}
			}
			if (policy != null) {
				policies.add(policy);
			}
		}
		return (problems.errors().size() > errorsBefore) ? null : new CorsPolicyMapping(routes, policies);
	}

	private static PathPattern parse(PathPatternParser parser, String text, String key,
			ConfigurationProblems problems) {
		try {
			if (!text.startsWith("/")) {
				problems.error(key, text, "a path pattern starts with '/'", "write '/" + text + "'");
				return null;
			}
			return parser.parse(text);
		}
		catch (PatternParseException ex) {
			problems.error(key, text, "not a valid path pattern: " + ex.getMessage(),
					"use Spring PathPattern syntax, for example '/api/**'");
			return null;
		}
	}

	/** The compiled policies, in declaration order. */
	public List<CorsPolicy> policies() {
		return this.policies;
	}

	/**
	 * Finds the policy covering a path.
	 * @param pathWithinApplication the request path without context path, not decoded
	 * @return the policy of the most specific matching pattern, or {@code null} if none covers the path
	 */
	public CorsPolicy policyFor(String pathWithinApplication) {
		RequestPath path = new RequestPath(pathWithinApplication);
		PolicyRoute route = path.isPlain() ? mostSpecific(firstMatch(indexedRoutes(path.value()), path),
				firstMatch(this.otherRoutes, path)) : firstMatch(this.allRoutes, path);
		return (route != null) ? route.policy() : null;
	}

	private PolicyRoute[] indexedRoutes(String path) {
		return path.startsWith("/") ? this.routesByFirstSegment.routesFor(path) : NONE;
	}

	private static PolicyRoute firstMatch(PolicyRoute[] routes, RequestPath path) {
		for (PolicyRoute route : routes) {
			if (route.matches(path)) {
				return route;
			}
		}
		return null;
	}

	private static PolicyRoute mostSpecific(PolicyRoute a, PolicyRoute b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return (MOST_SPECIFIC_FIRST.compare(a, b) <= 0) ? a : b;
	}

}
