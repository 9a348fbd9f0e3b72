package io.github.corsstarter.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The <a href="https://publicsuffix.org/">Public Suffix List</a>: the names under which
 * anyone can register a site ({@code com}, {@code co.uk}; {@code github.io} in the
 * PRIVATE section). A wildcard origin pattern over one would allow every such site, so
 * {@link OriginCompiler} asks this list. Both sections count. Needed only while a
 * configuration is compiled, so each {@link #bundled()} or {@link #read} call parses a
 * list afresh and the caller drops it; {@code scripts/update-public-suffix-list.sh}
 * refreshes the bundled snapshot, {@code cors.public-suffix-list} names a newer copy.
 * <p>
 * Lookups follow the list's
 * <a href="https://github.com/publicsuffix/list/wiki/Format#algorithm">algorithm</a>:
 * normal rules, wildcard rules ({@code *.ck}), exception rules ({@code !www.ck}, which
 * prevail over any other), and the default rule {@code *} (any unlisted top-level name is
 * a public suffix). Domains are given as browsers send them in {@code Origin}: lower
 * case, punycode; rules are converted to that form as they are read.
 */
final class PublicSuffixList {

	private static final String BUNDLED_RESOURCE = "public_suffix_list.dat.gz";

	private static final Rule DEFAULT_RULE = new Rule("*", Section.DEFAULT);

	/** Every rule by its ASCII form, with its {@code *.} or {@code !} prefix. */
	private final Map<String, Rule> rules;

	private final String version;

	private final String description;

	PublicSuffixList(Map<String, Rule> rules, String version, String description) {
		this.rules = rules;
		this.version = version;
		this.description = description;
	}

	/**
	 * Reads the snapshot bundled with the starter (about 90 kB gzipped), afresh.
	 * @throws IllegalStateException if it is missing or unreadable: the jar is broken
	 */
	public static PublicSuffixList bundled() {
		String description = "classpath:" + PublicSuffixList.class.getPackageName().replace('.', '/') + "/"
				+ BUNDLED_RESOURCE;
		try (InputStream in = PublicSuffixList.class.getResourceAsStream(BUNDLED_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(
						"The Public Suffix List snapshot " + description + " is missing from the classpath");
			}
			return read(in, description);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The bundled Public Suffix List could not be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads a list in the
	 * <a href="https://github.com/publicsuffix/list/wiki/Format">Public Suffix List
	 * format</a>, plain or gzipped (told by the gzip magic bytes). A rule is the text up
	 * to the first whitespace of a line that is neither blank nor a {@code //} comment.
	 * The {@code ===BEGIN/END ICANN DOMAINS===} and
	 * {@code ===BEGIN/END PRIVATE DOMAINS===} markers, which every published copy has and
	 * a truncated download lacks, must be there. The stream is read but not closed.
	 * @param description what the input is (a file path), for {@link #toString()} and
	 * errors
	 * @throws IOException if the input cannot be read or is not such a list
	 */
	public static PublicSuffixList read(InputStream in, String description) throws IOException {
		return PublicSuffixListFormat.read(in, description);
	}

	/**
	 * The rule that makes a domain a public suffix, if it is one: when the prevailing
	 * rule covers all of its labels ({@code github.io}, {@code foo.ck} by {@code *.ck},
	 * {@code corp} by {@code *}; not {@code www.ck}, by {@code !www.ck}).
	 * @param domain lower-case ASCII, punycode, no trailing dot
	 * @throws IllegalArgumentException for any other form, or an empty label
	 */
	public Optional<Rule> publicSuffixRule(String domain) {
		checkDomain(domain);
		Map.Entry<Rule, String> prevailing = prevailingRule(domain);
		return prevailing.getValue().equals(domain) ? Optional.of(prevailing.getKey()) : Optional.empty();
	}

	/** The public suffix of a domain: what the list's own tests state. */
	String publicSuffix(String domain) {
		checkDomain(domain);
		return prevailingRule(domain).getValue();
	}

	/**
	 * A rule that puts a public suffix strictly below a domain: {@code *.amazonaws.com}
	 * is as broad as {@code *.s3.amazonaws.com}, and {@code *.kobe.jp} makes every name
	 * under {@code kobe.jp} one. Of those rules, the one with the fewest labels, then the
	 * first alphabetically, so a message naming it is stable. Scans the list: meant for
	 * the few patterns of a configuration.
	 * @param domain as for {@link #publicSuffixRule(String)}
	 */
	public Optional<Rule> publicSuffixRuleBelow(String domain) {
		checkDomain(domain);
		String dottedDomain = "." + domain;
		String found = null;
		for (String rule : this.rules.keySet()) {
			if (rule.endsWith(dottedDomain) && !rule.startsWith("!") && (found == null || isBefore(rule, found))
					&& (rule.startsWith("*.") || prevailingRule(rule).getValue().equals(rule))) {
				found = rule;
			}
		}
		return Optional.ofNullable(this.rules.get(found));
	}

	/**
	 * A domain under the given one that a wildcard can stand over, for a fix to suggest:
	 * {@code example.<domain>}, with more {@code example.} labels while that is still a
	 * public suffix or has one below it (as under {@code *.kobe.jp}). Each extra label
	 * needs a longer rule to fail again, so the search ends.
	 */
	public String exampleRegistrableDomain(String domain) {
		String candidate = "example." + domain;
		while (publicSuffixRule(candidate).isPresent() || publicSuffixRuleBelow(candidate).isPresent()) {
			candidate = "example." + candidate;
		}
		return candidate;
	}

	/** For the log: {@code Public Suffix List <VERSION> (<n> rules, <where from>)}. */
	@Override
	public String toString() {
		return "Public Suffix List " + ((this.version != null) ? this.version : "(no VERSION line)") + " ("
				+ this.rules.size() + " rules, " + this.description + ")";
	}

	/**
	 * The algorithm: an exception rule matching a suffix of the domain prevails (its
	 * public suffix drops its leftmost label); else the matching rule with the most
	 * labels (scanning the longest suffix first, a normal rule before a wildcard of as
	 * many labels); else {@code *}, whose public suffix is the last label.
	 * @return the prevailing rule and the public suffix it gives
	 */
	private Map.Entry<Rule, String> prevailingRule(String domain) {
		for (int start = 0; start >= 0; start = nextLabel(domain, start)) {
			Rule exception = this.rules.get("!" + domain.substring(start));
			if (exception != null) {
				return Map.entry(exception, domain.substring(nextLabel(domain, start)));
			}
		}
		for (int start = 0; start >= 0; start = nextLabel(domain, start)) {
			int next = nextLabel(domain, start);
			Rule rule = this.rules.get(domain.substring(start));
			rule = (rule != null) ? rule : this.rules.get((next >= 0) ? "*." + domain.substring(next) : "*");
			if (rule != null) {
				return Map.entry(rule, domain.substring(start));
			}
		}
		return Map.entry(DEFAULT_RULE, domain.substring(domain.lastIndexOf('.') + 1));
	}

	/** Fewer labels first, then alphabetical. */
	private static boolean isBefore(String rule, String other) {
		long labels = rule.chars().filter((c) -> c == '.').count();
		long otherLabels = other.chars().filter((c) -> c == '.').count();
		return (labels != otherLabels) ? labels < otherLabels : rule.compareTo(other) < 0;
	}

	/** Where the label after the one at {@code start} begins, or -1 after the last. */
	private static int nextLabel(String domain, int start) {
		int dot = domain.indexOf('.', start);
		return (dot >= 0) ? dot + 1 : -1;
	}

	/** Refuses what browsers never send, rather than answer for another name. */
	private static void checkDomain(String domain) {
		if (!isDomain(domain)) {
			throw new IllegalArgumentException("'" + domain
					+ "' is not a lower-case ASCII domain (punycode for internationalized names) without empty labels");
		}
	}

	/**
	 * Whether a name is what browsers send as a domain: lower-case ASCII, no empty label.
	 */
	static boolean isDomain(String name) {
		boolean labelStart = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '.' ? labelStart : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
				return false;
			}
			labelStart = c == '.';
		}
		return !labelStart;
	}

	/**
	 * A rule: its text as listed ({@code *.ck}, {@code 公司.cn}; {@code *} for the default)
	 * and its section.
	 */
	public record Rule(String text, Section section) {

	}

	/**
	 * Where a rule comes from: suffixes that registries operate (ICANN), those companies
	 * ask for over the names they let customers publish under (PRIVATE, such as
	 * {@code github.io}), or the implicit {@code *} (DEFAULT). All count for origin
	 * patterns: sites under any of them belong to unrelated parties.
	 */
	public enum Section {

		ICANN, PRIVATE, DEFAULT

	}

}
