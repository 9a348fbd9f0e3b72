package io.github.corsstarter.policy;

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

	/**
	 * What a source listed, as the runtime checked it: the origins browsers send are
	 * kept; everything else (a typo, a trailing slash, a wildcard, {@code null}) is
	 * rejected with the reason, so one customer's mistake never takes the rest down.
	 */
	public ListedOrigins(String source, Set<String> origins, List<Rejected> rejected) {
		this.source = source;
		this.origins = Set.copyOf(origins);
		this.rejected = List.copyOf(rejected);
	}

	/** A source that has listed nothing yet. */
	public static ListedOrigins none(String source) {
		return new ListedOrigins(source, Set.of(), List.of());
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
