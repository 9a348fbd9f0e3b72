package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back together list items that Spring Boot split inside brackets or braces. Boot
 * splits a comma-separated value (a YAML scalar, a command-line argument, an environment
 * variable) at every comma, so {@code http://localhost:[3000,5173]} arrives as
 * {@code http://localhost:[3000} and {@code 5173]}, and {@code /files/{name:[a-z]{1,8}}}
 * in two pieces too. Items written in a YAML list arrive whole and are left alone.
 */
final class ListItems {

	private ListItems() {
	}

	/** Rejoins, in place, every list setting of a policy. */
	static void rejoin(CorsPolicySpec spec) {
		spec.setPathPatterns(rejoin(spec.getPathPatterns()));
		spec.setAllowedOrigins(rejoin(spec.getAllowedOrigins()));
		spec.setAllowedOriginPatterns(rejoin(spec.getAllowedOriginPatterns()));
		spec.setAllowedMethods(rejoin(spec.getAllowedMethods()));
		spec.setAllowedHeaders(rejoin(spec.getAllowedHeaders()));
		spec.setExposedHeaders(rejoin(spec.getExposedHeaders()));
		spec.getOriginResolver().setCandidatePatterns(rejoin(spec.getOriginResolver().getCandidatePatterns()));
	}

	/**
	 * Joins each item that opens more brackets or braces than it closes with the items
	 * after it, up to the one that balances them, with the commas the split removed.
	 */
	static List<String> rejoin(List<String> items) {
		List<String> rejoined = new ArrayList<>(items.size());
		StringBuilder open = null;
		int depth = 0;
		for (String item : items) {
			if (open != null) {
				open.append(',').append(item);
			}
			depth += depthChange(item);
			if (depth > 0 && open == null) {
				open = new StringBuilder(item);
			}
			else if (depth <= 0) {
				rejoined.add((open != null) ? open.toString() : item);
				open = null;
				depth = 0;
			}
		}
		if (open != null) {
			rejoined.add(open.toString());
		}
		return rejoined;
	}

	private static int depthChange(String item) {
		int change = 0;
		for (int i = 0; i < item.length(); i++) {
			char c = item.charAt(i);
			if (c == '[' || c == '{') {
				change++;
			}
			else if (c == ']' || c == '}') {
				change--;
			}
		}
		return change;
	}

}
