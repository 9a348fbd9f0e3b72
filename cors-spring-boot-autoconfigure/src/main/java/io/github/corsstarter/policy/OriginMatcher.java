package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.github.corsstarter.policy.ConfigurationProblem.Kind;
import io.github.corsstarter.policy.ConfigurationProblems.PolicyProblems;
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

	private OriginMatcher(boolean anyOrigin, List<String> exactOrigins, @Nullable ListedOrigins listed,
			List<OriginPattern> patterns, String description) {
		this.anyOrigin = anyOrigin;
		this.exactInOrder = List.copyOf(new LinkedHashSet<>(exactOrigins));
		this.exactOrigins = new HashSet<>(this.exactInOrder);
		this.listed = listed;
		this.patterns = patterns.toArray(OriginPattern[]::new);
		this.description = description;
	}

	boolean matches(String origin) {
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

	/**
	 * Warns of plain-http origins off loopback, which anyone on the network path can
	 * impersonate: worth saying when credentials are allowed.
	 * @param origins the allowed origins as configured, the patterns' positions as well
	 */
	public void warnOfPlainHttp(List<String> origins, PolicyProblems problems) {
		for (int i = 0; i < origins.size(); i++) {
			Origin origin = Origin.parse(origins.get(i));
			if (origin != null && origin.scheme().equals("http") && !origin.isLoopback()) {
				problems.warn(Kind.PLAIN_HTTP_WITH_CREDENTIALS, PolicySetting.ALLOWED_ORIGINS, i, origins.get(i),
						"credentials are allowed for a plain-http origin, which anyone on the network path can "
								+ "impersonate",
						"serve that client over https");
			}
		}
		for (OriginPattern pattern : this.patterns) {
			if (pattern.matchesPlainHttpOffLoopback()) {
				problems.warn(Kind.PLAIN_HTTP_WITH_CREDENTIALS, PolicySetting.ALLOWED_ORIGIN_PATTERNS, pattern.index(),
						pattern, "credentials are allowed for plain-http origins, which anyone on the network path "
								+ "can impersonate",
						"serve those clients over https");
			}
		}
	}

	/**
	 * Compiles the allowed origins and origin patterns, reporting every invalid one.
	 * @param listed what the policy's origin source lists now, or {@code null}
	 */
	public static OriginMatcher compile(List<String> origins, List<String> patterns, @Nullable ListedOrigins listed,
			Rules rules, PolicyProblems problems) {
		boolean anyOrigin = false;
		List<String> exact = new ArrayList<>();
		for (int i = 0; i < origins.size(); i++) {
			String value = origins.get(i);
			if (value.isBlank()) {
				continue;
			}
			if (value.equals("*")) {
				anyOrigin = true;
			}
			else if (OriginDiagnosis.checkExactOrigin(value, i, problems)) {
				exact.add(value);
			}
		}
		List<OriginPattern> compiledPatterns = new ArrayList<>();
		for (int i = 0; i < patterns.size(); i++) {
			String value = patterns.get(i);
			if (value.isBlank()) {
				continue;
			}
			if (value.equals("*")) {
				anyOrigin = true;
				continue;
			}
			OriginPattern pattern = OriginPattern.compile(value, i, rules, problems);
			if (pattern != null) {
				compiledPatterns.add(pattern);
			}
		}
		return new OriginMatcher(anyOrigin, exact, listed, compiledPatterns,
				describe(anyOrigin, origins, patterns, listed));
	}

	private static String describe(boolean anyOrigin, List<String> origins, List<String> patterns,
			@Nullable ListedOrigins listed) {
		if (anyOrigin) {
			return "*";
		}
		List<String> all = new ArrayList<>(origins);
		all.addAll(patterns);
		String sourced = (listed != null) ? listed.toString() : null;
		if (all.isEmpty()) {
			return (sourced != null) ? sourced : "none";
		}
		int shown = Math.min(all.size(), 5);
		return String.join(", ", all.subList(0, shown))
				+ ((all.size() > shown) ? " and " + (all.size() - shown) + " more" : "")
				+ ((sourced != null) ? " + " + sourced : "");
	}

	/**
	 * What origin patterns are checked against.
	 *
	 * @param publicSuffixList the Public Suffix List, read only if a pattern needs it
	 * @param tolerateSubdomainsOfPublicSuffixes whether a wildcard over a public suffix
	 * is only warned about
	 */
	public record Rules(Supplier<PublicSuffixList> publicSuffixList, boolean tolerateSubdomainsOfPublicSuffixes) {
	}

}
