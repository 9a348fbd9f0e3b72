package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a request's {@code Origin} is allowed: exact origins by one hash
 * lookup, so ten thousand cost what one does; patterns by structural comparison, only
 * after the exact lookup missed.
 */
public final class OriginMatcher {

	private final boolean anyOrigin;

	/**
	 * The exact origins, for the lookup every request pays: a plain {@code HashSet}, kept
	 * apart from the ordered list, whose smaller nodes stay faster to reach among 10,000
	 * origins (ConfigurationSizeBenchmark's ORIGINS_10000 rows watch it).
	 */
	private final Set<String> exactOrigins;

	/** The exact origins in declaration order, for the read-back of the settings. */
	private final List<String> exactInOrder;

	/** What the policy's origin source lists, or {@code null} if it names none. */
	private final @Nullable ListedOrigins listed;

	private final OriginPattern[] patterns;

	private final String description;

	/**
	 * Allowed origins the runtime has checked.
	 * @param anyOrigin whether {@code *} was configured
	 * @param exactOrigins the exact origins in declaration order, repeats included
	 * @param listed what the policy's origin source lists now, or {@code null}
	 */
	public OriginMatcher(boolean anyOrigin, List<String> exactOrigins, List<OriginPattern> patterns,
			@Nullable ListedOrigins listed) {
		this.anyOrigin = anyOrigin;
		this.exactInOrder = List.copyOf(new LinkedHashSet<>(exactOrigins));
		this.exactOrigins = new HashSet<>(this.exactInOrder);
		this.listed = listed;
		this.patterns = patterns.toArray(OriginPattern[]::new);
		this.description = describe(anyOrigin, exactOrigins, patterns, listed);
	}

	public boolean matches(String origin) {
		if (this.anyOrigin || this.exactOrigins.contains(origin)) {
			return true;
		}
		ListedOrigins listed = this.listed;
		if (listed != null && listed.contains(origin)) {
			return true;
		}
		if (this.patterns.length == 0) {
			return false;
		}
		Origin parsed = Origin.parse(origin);
		if (parsed == null) {
			return false;
		}
		for (OriginPattern pattern : this.patterns) {
			if (pattern.matches(parsed)) {
				return true;
			}
		}
		return false;
	}

	List<String> exactOrigins() {
		return this.exactInOrder;
	}

	List<String> patternTexts() {
		return Arrays.stream(this.patterns).map(OriginPattern::toString).toList();
	}

	boolean allowsAnyOrigin() {
		return this.anyOrigin;
	}

	/** Whether nothing but an origin resolver could allow an origin. */
	public boolean allowsNoOrigin() {
		return !this.anyOrigin && this.exactOrigins.isEmpty() && this.listed == null && this.patterns.length == 0;
	}

	@Nullable ListedOrigins listed() {
		return this.listed;
	}

	/**
	 * The allowed origins as configured, for log lines; ten thousand origins are
	 * summarised, not listed.
	 */
	@Override
	public String toString() {
		return this.description;
	}

	private static String describe(boolean anyOrigin, List<String> origins, List<OriginPattern> patterns,
			@Nullable ListedOrigins listed) {
		if (anyOrigin) {
			return "*";
		}
		List<String> all = new ArrayList<>(origins);
		patterns.forEach((pattern) -> all.add(pattern.toString()));
		String sourced = (listed != null) ? listed.toString() : null;
		if (all.isEmpty()) {
			return (sourced != null) ? sourced : "none";
		}
		int shown = Math.min(all.size(), 5);
		return String.join(", ", all.subList(0, shown))
				+ ((all.size() > shown) ? " and " + (all.size() - shown) + " more" : "")
				+ ((sourced != null) ? " + " + sourced : "");
	}

}
