package io.github.corsstarter.engine;

import java.util.Map;

/**
 * Routes keyed by a path's first segment, looked up straight from the request path
 * without cutting the segment out of it, so finding a path's candidate routes allocates
 * nothing (open addressing over a power-of-two table).
 */
final class SegmentIndex {

	private static final PolicyRoute[] NONE = {};

	private final String[] keys;

	private final PolicyRoute[][] routes;

	private final int mask;

	SegmentIndex(Map<String, PolicyRoute[]> routesBySegment) {
		int capacity = Integer.highestOneBit(Math.max(4, routesBySegment.size() * 4) - 1) << 1;
		this.keys = new String[capacity];
		this.routes = new PolicyRoute[capacity][];
		this.mask = capacity - 1;
		routesBySegment.forEach((segment, segmentRoutes) -> {
			int slot = hash(segment, 0, segment.length()) & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = segment;
			this.routes[slot] = segmentRoutes;
		});
	}

	/**
	 * The routes whose pattern starts with the path's first segment.
	 * @param path a path starting with {@code /}
	 */
	PolicyRoute[] routesFor(String path) {
		int end = path.indexOf('/', 1);
		if (end < 0) {
			end = path.length();
		}
		int length = end - 1;
		int slot = hash(path, 1, end) & this.mask;
		String key;
		while ((key = this.keys[slot]) != null) {
			if (key.length() == length && key.regionMatches(0, path, 1, length)) {
				return this.routes[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return NONE;
	}

	private static int hash(String source, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + source.charAt(i);
		}
		return hash ^ (hash >>> 16);
	}

}
