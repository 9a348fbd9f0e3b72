package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The origins an origin source listed, each checked like a configured origin: an
 * immutable snapshot, replaced as a whole when the source is read again.
 */
public final class ListedOrigins {

	private final String source;

	private final Set<String> origins;

	private final List<Rejected> rejected;

	private ListedOrigins(String source, Set<String> origins, List<Rejected> rejected) {
		this.source = source;
		this.origins = Set.copyOf(origins);
		this.rejected = List.copyOf(rejected);
	}

	/** A source that has listed nothing yet. */
	public static ListedOrigins none(String source) {
		return new ListedOrigins(source, Set.of(), List.of());
	}

	/**
	 * Checks what a source listed: the origins browsers send are kept; everything else (a
	 * typo, a trailing slash, a wildcard, {@code null}) is rejected with the reason, so
	 * one customer's mistake never takes the rest down.
	 */
	public static ListedOrigins check(String source, Collection<String> values) {
		Set<String> origins = new HashSet<>();
		List<Rejected> rejected = new ArrayList<>();
		ConfigurationProblems problems = new ConfigurationProblems();
		ConfigurationProblems.PolicyProblems check = problems.of(source);
		int index = 0;
		for (String value : values) {
			if (value == null || value.isBlank()) {
				rejected.add(new Rejected(String.valueOf(value), "an empty entry", "remove it"));
			}
			else if (OriginDiagnosis.checkExactOrigin(value, index, check)) {
				origins.add(value);
			}
			else {
				ConfigurationProblem problem = problems.lastError();
				rejected.add(new Rejected(value, problem.reason(), problem.fix()));
			}
			index++;
		}
		return new ListedOrigins(source, origins, rejected);
	}

	/** The name of the source, as the policy names it. */
	public String source() {
		return this.source;
	}

	public boolean contains(String origin) {
		return this.origins.contains(origin);
	}

	public int size() {
		return this.origins.size();
	}

	/** The accepted origins. */
	public Set<String> origins() {
		return this.origins;
	}

	/** What the source listed that no browser sends, with the reason. */
	public List<Rejected> rejected() {
		return this.rejected;
	}

	@Override
	public String toString() {
		return "origin source '" + this.source + "' (" + this.origins.size() + " now)";
	}

	/**
	 * An entry of a source that is no origin browsers send.
	 *
	 * @param value the entry as listed
	 * @param reason why it is not
	 * @param fix what to list instead
	 */
	public record Rejected(String value, String reason, String fix) {
	}

}
