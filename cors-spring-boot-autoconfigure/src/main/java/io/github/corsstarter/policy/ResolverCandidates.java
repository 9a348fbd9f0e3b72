package io.github.corsstarter.policy;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The origins a policy's origin resolver may be asked about: only origins exactly as
 * browsers send them, and of those, when {@code origin-resolver.candidate-patterns} are
 * configured, only those one of the patterns matches. Everything else is refused without
 * a lookup, so that a flood of junk or of origins that cannot be a tenant's takes none of
 * the lookup budget.
 */
public final class ResolverCandidates {

	private static final PolicySetting SETTING = PolicySetting.ORIGIN_RESOLVER_CANDIDATE_PATTERNS;

	private final OriginPattern[] patterns;

	private final boolean anyOrigin;

	/**
	 * The candidates the runtime has checked; none, or {@code *}, admits every origin as
	 * browsers send it.
	 */
	public ResolverCandidates(List<OriginPattern> patterns, boolean anyOrigin) {
		this.patterns = patterns.toArray(OriginPattern[]::new);
		this.anyOrigin = anyOrigin || patterns.isEmpty();
	}

	/** Whether the resolver may be asked about this {@code Origin} value. */
	boolean admits(String origin) {
		Origin parsed = Origin.parseAsSent(origin);
		if (parsed == null) {
			return false;
		}
		if (this.anyOrigin) {
			return true;
		}
		for (OriginPattern pattern : this.patterns) {
			if (pattern.matches(parsed)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Why the resolver is not asked about an origin, for explanations, or {@code null} if
	 * it is.
	 */
	@Nullable String whyNotAdmitted(String origin) {
		if (Origin.parseAsSent(origin) == null) {
			return "it is not an origin as browsers send it (scheme://host[:port])";
		}
		return admits(origin) ? null : "it matches none of " + SETTING.key() + " " + patternTexts();
	}

	/** The patterns as configured; empty when every origin is a candidate. */
	List<String> patternTexts() {
		return this.anyOrigin ? List.of() : Arrays.stream(this.patterns).map(OriginPattern::toString).toList();
	}

}
