package io.github.corsstarter.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.corsstarter.engine.PolicyRoute.RequestPath;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.pattern.PathPattern;

/**
 * Which compiled policy covers a request path. When several policies' patterns match, the
 * most specific pattern wins ({@link PathPattern#SPECIFICITY_COMPARATOR}), never
 * declaration order, so adding a broad policy can never silently override a narrow one
 * (the flaw behind CVE-2024-6839 in flask-cors).
 * <p>
 * Routes are indexed by their first literal path segment, so a hundred policies cost
 * about what one does.
 */
final class PolicyRoutes {

	/**
	 * Most specific first; equally specific patterns by their text, so the order never
	 * depends on declaration.
	 */
	static final Comparator<PolicyRoute> MOST_SPECIFIC_FIRST = Comparator
		.comparing(PolicyRoute::pattern, PathPattern.SPECIFICITY_COMPARATOR)
		.thenComparing((route) -> route.pattern().getPatternString());

	private static final PolicyRoute[] NONE = {};

	private final SegmentIndex routesByFirstSegment;

	private final PolicyRoute[] otherRoutes;

	private final PolicyRoute[] allRoutes;

	PolicyRoutes(List<PolicyRoute> routes) {
		List<PolicyRoute> sorted = new ArrayList<>(routes);
		sorted.sort(MOST_SPECIFIC_FIRST);
		Map<String, List<PolicyRoute>> indexed = new HashMap<>();
		List<PolicyRoute> others = new ArrayList<>();
		for (PolicyRoute route : sorted) {
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
		this.allRoutes = sorted.toArray(NONE);
	}

	/**
	 * Finds the policy covering a path.
	 * @param pathWithinApplication the request path without context path, not decoded
	 * @return the policy of the most specific matching pattern, or {@code null} if none
	 * covers the path
	 */
	@Nullable PolicyDecisions policyFor(String pathWithinApplication) {
		RequestPath path = new RequestPath(pathWithinApplication);
		PolicyRoute route = path.isPlain()
				? mostSpecific(firstMatch(indexedRoutes(path.value()), path), firstMatch(this.otherRoutes, path))
				: firstMatch(this.allRoutes, path);
		return (route != null) ? route.policy() : null;
	}

	private PolicyRoute[] indexedRoutes(String path) {
		return path.startsWith("/") ? this.routesByFirstSegment.routesFor(path) : NONE;
	}

	private static @Nullable PolicyRoute firstMatch(PolicyRoute[] routes, RequestPath path) {
		for (PolicyRoute route : routes) {
			if (route.matches(path)) {
				return route;
			}
		}
		return null;
	}

	private static @Nullable PolicyRoute mostSpecific(@Nullable PolicyRoute a, @Nullable PolicyRoute b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return (MOST_SPECIFIC_FIRST.compare(a, b) <= 0) ? a : b;
	}

}
