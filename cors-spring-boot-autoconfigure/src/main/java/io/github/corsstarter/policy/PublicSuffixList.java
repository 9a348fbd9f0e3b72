package io.github.corsstarter.policy;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The <a href="https://publicsuffix.org/">Public Suffix List</a>: the names under which
 * anyone can register a site of their own, such as {@code com}, {@code co.uk} (ICANN
 * section) or {@code github.io} and {@code vercel.app} (PRIVATE section). An origin
 * pattern {@code https://*.github.io} would allow every GitHub Pages site of every user,
 * so a wildcard directly over a public suffix must be refused; this class tells which
 * domains are public suffixes.
 * <p>
 * The list is only needed while a configuration is compiled (at startup or on a reload),
 * so it is not kept in memory: each {@link #bundled()} or {@link #read} call parses a
 * list afresh and the caller drops it when done. The starter bundles a gzipped snapshot
 * (see {@code public_suffix_list.dat.gz.txt} beside it for its provenance, and
 * {@code scripts/update-public-suffix-list.sh} to refresh it); a newer copy can be read
 * from a file without a new release.
 * <p>
 * Lookups implement the list's algorithm exactly
 * (<a href="https://github.com/publicsuffix/list/wiki/Format#algorithm">Format,
 * "Algorithm"</a>): normal rules, wildcard rules ({@code *.ck}), exception rules
 * ({@code !www.ck}), which take priority over any other matching rule, and the implicit
 * default rule {@code *}, under which any unlisted top-level name ({@code corp},
 * {@code internal}, {@code localhost}) is a public suffix. Domains are given as browsers
 * send them in the {@code Origin} header: lower-case ASCII, internationalized labels in
 * punycode. Rules are converted to that form as they are read.
 */
public final class PublicSuffixList {

	private static final String BUNDLED_RESOURCE = "public_suffix_list.dat.gz";

	private static final String VERSION_PREFIX = "// VERSION:";

	private static final Rule DEFAULT_RULE = new Rule("*", Section.DEFAULT);

	/**
	 * Every rule in the ASCII form hosts are compared in (punycode, lower-case), with its
	 * {@code *.} or {@code !} prefix, to the section it is listed in. One map of short
	 * strings keeps the parsed list lean.
	 */
	private final Map<String, Section> rules;

	/**
	 * The text as listed of the rules whose ASCII form differs (internationalized rules),
	 * by their ASCII form.
	 */
	private final Map<String, String> listedText;

	private final String version;

	private final String description;

	private PublicSuffixList(Map<String, Section> rules, Map<String, String> listedText, String version,
			String description) {
		this.rules = rules;
		this.listedText = listedText;
		this.version = version;
		this.description = description;
	}

	/**
	 * Reads the snapshot of the list bundled with the starter. Each call reads it afresh
	 * (about 90 kB gzipped), since it is only needed while a configuration is compiled.
	 * @return the bundled list
	 * @throws IllegalStateException if the snapshot is missing from the classpath or
	 * unreadable, which means the starter's jar is broken
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
	 * Reads a list from a file, for example a copy of
	 * https://publicsuffix.org/list/public_suffix_list.dat newer than the bundled
	 * snapshot.
	 * @param file the list, plain or gzipped
	 * @return the list
	 * @throws IOException if the file cannot be read or is not a Public Suffix List
	 * @see #read(InputStream, String)
	 */
	public static PublicSuffixList read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	/**
	 * Reads a list in the Public Suffix List format
	 * (<a href="https://github.com/publicsuffix/list/wiki/Format">Format</a>), plain or
	 * gzipped (told apart by the gzip magic bytes). Besides its rules the input must have
	 * the {@code ===BEGIN ICANN DOMAINS===} and {@code ===BEGIN PRIVATE DOMAINS===}
	 * sections, each ended, which every published copy has and a truncated download
	 * lacks. The stream is read to its end but not closed.
	 * @param in the list
	 * @param description what the input is, for example a file path, used in
	 * {@link #toString()} and errors
	 * @return the list
	 * @throws IOException if the input cannot be read or is not a Public Suffix List (not
	 * UTF-8 text, no sections, no rules, a rule outside the sections, a rule that breaks
	 * the format)
	 */
	public static PublicSuffixList read(InputStream in, String description) throws IOException {
		String text = decode(readAllBytes(in, description), description);
		Parser parser = new Parser(description);
		int lineNumber = 0;
		Iterator<String> lines = text.lines().iterator();
		while (lines.hasNext()) {
			parser.line(lines.next(), ++lineNumber);
		}
		return parser.finish();
	}

	/**
	 * Tells whether a domain is itself a public suffix, and which rule makes it one. By
	 * the list's algorithm a domain is a public suffix when the prevailing rule among
	 * those matching it (an exception rule if any matches, else the one with the most
	 * labels, else the default rule {@code *}) covers all of its labels. So
	 * {@code github.io} is one (rule {@code github.io}, PRIVATE), {@code myapp.github.io}
	 * is not, {@code foo.ck} is one through {@code *.ck}, {@code www.ck} is not
	 * (exception {@code !www.ck}), and {@code corp} is one through the default rule.
	 * @param domain a lower-case ASCII domain (punycode for internationalized names),
	 * without a trailing dot
	 * @return the rule that makes the domain a public suffix, or empty if it is not one
	 * @throws IllegalArgumentException if the domain has empty labels or characters other
	 * than lower-case ASCII letters, digits, {@code '-'}, {@code '_'} and dots
	 */
	public Optional<Rule> publicSuffixRule(String domain) {
		Match match = prevailingRule(domain);
		return (match.publicSuffix().equals(domain)) ? Optional.of(match.rule()) : Optional.empty();
	}

	/**
	 * Returns the public suffix of a domain: its labels covered by the prevailing rule
	 * (for an exception rule, all of the rule's labels but its leftmost).
	 * @param domain a lower-case ASCII domain, see {@link #publicSuffixRule(String)}
	 * @return the public suffix, the domain itself or a suffix of it
	 */
	String publicSuffix(String domain) {
		return prevailingRule(domain).publicSuffix();
	}

	/**
	 * Tells whether a public suffix lies strictly below a domain, and which rule puts it
	 * there. A wildcard pattern {@code https://*.amazonaws.com} is as broad as
	 * {@code https://*.s3.amazonaws.com} although {@code amazonaws.com} is no public
	 * suffix: it matches every bucket's site under the public suffix
	 * {@code s3.amazonaws.com}. Likewise {@code kobe.jp} is not a public suffix but
	 * {@code *.kobe.jp} makes every name directly under it one. Of the rules that put a
	 * public suffix below the domain, returns the one with the fewest labels, then the
	 * first in alphabetical order, so that a message naming it does not change from run
	 * to run. Scans the whole list: meant for the few patterns of a configuration.
	 * @param domain a lower-case ASCII domain, see {@link #publicSuffixRule(String)}
	 * @return a normal rule that is a public suffix strictly below the domain, or a
	 * wildcard rule {@code *.<name>} whose name is the domain or below it; empty if no
	 * public suffix lies below the domain
	 */
	public Optional<Rule> publicSuffixRuleBelow(String domain) {
		checkDomain(domain);
		String dottedDomain = "." + domain;
		String found = null;
		for (String rule : this.rules.keySet()) {
			if (rule.endsWith(dottedDomain) && !rule.startsWith("!") && (found == null || isBefore(rule, found))
					&& (rule.startsWith("*.") || publicSuffixRule(rule).isPresent())) {
				found = rule;
			}
		}
		return (found != null) ? Optional.of(rule(found, this.rules.get(found))) : Optional.empty();
	}

	/**
	 * Returns a domain under the given one that a wildcard can safely stand over, for an
	 * error message to suggest in place of a wildcard over a public suffix
	 * ({@code https://*.example.co.uk} for {@code https://*.co.uk}): the result is
	 * neither a public suffix nor has one below it
	 * ({@link #publicSuffixRuleBelow(String)}). Tries {@code example.<domain>}, then
	 * {@code example.example.<domain>} and so on, since wildcard rules such as
	 * {@code *.kobe.jp} make {@code example.kobe.jp} a public suffix too. The search ends
	 * because each extra label that still fails needs a rule of its own with more labels.
	 * @param domain a lower-case ASCII domain, see {@link #publicSuffixRule(String)}
	 * @return a domain one or more {@code example.} labels under {@code domain}
	 */
	public String exampleRegistrableDomain(String domain) {
		String candidate = "example." + domain;
		while (publicSuffixRule(candidate).isPresent() || publicSuffixRuleBelow(candidate).isPresent()) {
			candidate = "example." + candidate;
		}
		return candidate;
	}

	/**
	 * Returns the list's version, from its {@code // VERSION:} header line (such as
	 * {@code 2026-10-06_16-13-12_UTC}, which publicsuffix.org adds to the copies it
	 * serves).
	 * @return the version, or empty if the list has no such line
	 */
	public Optional<String> version() {
		return Optional.ofNullable(this.version);
	}

	/** The number of rules read, the default rule not counted. */
	int size() {
		return this.rules.size();
	}

	/**
	 * Every rule in the form it is matched in: ASCII, with its {@code *.} or {@code !}
	 * prefix.
	 */
	Set<String> asciiRules() {
		return Collections.unmodifiableSet(this.rules.keySet());
	}

	/**
	 * Describes the list for a log line, for example
	 * {@code Public Suffix List 2026-10-06_16-13-12_UTC (10361 rules, classpath:.../public_suffix_list.dat.gz)}.
	 */
	@Override
	public String toString() {
		return "Public Suffix List " + ((this.version != null) ? this.version : "(no VERSION line)") + " ("
				+ this.rules.size() + " rules, " + this.description + ")";
	}

	/**
	 * Runs the list's algorithm over the suffixes of the domain, longest first.
	 */
	private Match prevailingRule(String domain) {
		checkDomain(domain);
		// An exception rule takes priority over any other matching rule; its public
		// suffix drops its leftmost label.
		for (int start = 0; start >= 0; start = nextLabel(domain, start)) {
			String suffix = domain.substring(start);
			String exception = "!" + suffix;
			Section section = this.rules.get(exception);
			if (section != null) {
				return new Match(rule(exception, section), suffix.substring(suffix.indexOf('.') + 1));
			}
		}
		// Otherwise the matching rule with the most labels: scanning the longest suffix
		// first, the first match.
		for (int start = 0; start >= 0; start = nextLabel(domain, start)) {
			String suffix = domain.substring(start);
			Section section = this.rules.get(suffix);
			if (section != null) {
				return new Match(rule(suffix, section), suffix);
			}
			int next = nextLabel(domain, start);
			String wildcard = (next >= 0) ? "*." + domain.substring(next) : "*";
			section = this.rules.get(wildcard);
			if (section != null) {
				return new Match(rule(wildcard, section), suffix);
			}
		}
		// No rule matches: the default rule "*", under which the last label is the public
		// suffix.
		return new Match(DEFAULT_RULE, domain.substring(domain.lastIndexOf('.') + 1));
	}

	/** Orders rules by their number of labels, then alphabetically. */
	private static boolean isBefore(String rule, String other) {
		int labels = labelCount(rule);
		int otherLabels = labelCount(other);
		return (labels != otherLabels) ? labels < otherLabels : rule.compareTo(other) < 0;
	}

	private static int labelCount(String rule) {
		int count = 1;
		for (int i = 0; i < rule.length(); i++) {
			if (rule.charAt(i) == '.') {
				count++;
			}
		}
		return count;
	}

	private Rule rule(String asciiRule, Section section) {
		return new Rule(this.listedText.getOrDefault(asciiRule, asciiRule), section);
	}

	/**
	 * The index of the label after the one starting at {@code start}, or -1 if it is the
	 * last one.
	 */
	private static int nextLabel(String domain, int start) {
		int dot = domain.indexOf('.', start);
		return (dot >= 0) ? dot + 1 : -1;
	}

	/**
	 * Refuses what browsers never send as a host, so that a caller passing an
	 * unnormalized name (upper case, Unicode, a trailing dot) learns it instead of
	 * getting an answer for a different name.
	 */
	private static void checkDomain(String domain) {
		boolean labelStart = true;
		for (int i = 0; i < domain.length(); i++) {
			char c = domain.charAt(i);
			if (c == '.') {
				if (labelStart) {
					break;
				}
				labelStart = true;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
				labelStart = false;
			}
			else {
				throw new IllegalArgumentException(
						"'" + domain + "' is not a lower-case ASCII domain (punycode for internationalized names)");
			}
		}
		if (labelStart) {
			throw new IllegalArgumentException("'" + domain + "' has an empty label");
		}
	}

	private static byte[] readAllBytes(InputStream in, String description) throws IOException {
		InputStream buffered = new BufferedInputStream(in);
		buffered.mark(2);
		boolean gzipped = buffered.read() == 0x1f && buffered.read() == 0x8b;
		buffered.reset();
		if (!gzipped) {
			return buffered.readAllBytes();
		}
		// Closing the GZIPInputStream frees its native inflater at once; the caller's
		// stream stays open.
		InputStream unclosed = new FilterInputStream(buffered) {

			@Override
			public void close() {
			}

		};
		try (InputStream gzip = new GZIPInputStream(unclosed)) {
			return gzip.readAllBytes();
		}
		catch (IOException ex) {
			throw new IOException(description + ": cannot be read as gzip: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Decodes UTF-8 strictly, so that a binary file is refused as such rather than as a
	 * list of odd rules.
	 */
	private static String decode(byte[] bytes, String description) throws IOException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new IOException(description + " is not a Public Suffix List: it is not UTF-8 text", ex);
		}
	}

	/**
	 * A rule of the list, as it prevailed for a domain.
	 *
	 * @param text the rule as listed, for example {@code github.io}, {@code *.ck},
	 * {@code 公司.cn} (internationalized rules are matched in punycode but reported as
	 * listed), or {@code *} for the default rule
	 * @param section the section of the list the rule is in, {@link Section#DEFAULT} for
	 * the implicit {@code *}
	 */
	public record Rule(String text, Section section) {

	}

	/**
	 * Where a rule comes from. The list keeps apart the suffixes that registries operate
	 * (ICANN) from those that companies ask for over the names they let customers publish
	 * under (PRIVATE); both are public suffixes for the purpose of origin patterns, since
	 * sites under either belong to unrelated parties.
	 */
	public enum Section {

		/**
		 * The {@code ===BEGIN ICANN DOMAINS===} section: names delegated by ICANN and
		 * their registries' rules.
		 */
		ICANN,

		/**
		 * The {@code ===BEGIN PRIVATE DOMAINS===} section: names submitted by their
		 * owners, such as github.io.
		 */
		PRIVATE,

		/** The implicit default rule {@code *}: an unlisted top-level name. */
		DEFAULT

	}

	private record Match(Rule rule, String publicSuffix) {

	}

	/**
	 * Reads the list line by line: a rule is the text up to the first whitespace of a
	 * line that is neither blank nor a {@code //} comment; the section markers are
	 * comments.
	 */
	private static final class Parser {

		private final String description;

		private final Map<String, Section> rules = new HashMap<>();

		private final Map<String, String> listedText = new HashMap<>();

		private final boolean[] begun = new boolean[2];

		private Section section;

		private String version;

		Parser(String description) {
			this.description = description;
		}

		void line(String line, int lineNumber) throws IOException {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				return;
			}
			if (trimmed.startsWith("//")) {
				comment(trimmed, lineNumber);
				return;
			}
			int end = 0;
			while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
				end++;
			}
			String listed = trimmed.substring(0, end);
			if (this.section == null) {
				if (!this.begun[Section.ICANN.ordinal()] && !this.begun[Section.PRIVATE.ordinal()]) {
					throw new IOException(this.description + " is not a Public Suffix List: line " + lineNumber + " ('"
							+ abbreviate(trimmed) + "') comes before any '// ===BEGIN ICANN DOMAINS===' line");
				}
				throw error(lineNumber, "the rule '" + listed + "' stands outside the ICANN and PRIVATE sections");
			}
			String ascii = toAscii(listed, lineNumber);
			if (this.rules.putIfAbsent(ascii, this.section) == null && !ascii.equals(listed)) {
				this.listedText.put(ascii, listed);
			}
		}

		private void comment(String comment, int lineNumber) throws IOException {
			String text = comment.substring(2).strip();
			if (text.startsWith("===") && text.endsWith("===")) {
				marker(text, lineNumber);
			}
			else if (this.version == null && this.section == null && comment.startsWith(VERSION_PREFIX)) {
				this.version = comment.substring(VERSION_PREFIX.length()).strip();
			}
		}

		private void marker(String marker, int lineNumber) throws IOException {
			for (Section candidate : new Section[] { Section.ICANN, Section.PRIVATE }) {
				int i = candidate.ordinal();
				if (marker.equals("===BEGIN " + candidate + " DOMAINS===")) {
					if (this.section != null || this.begun[i]) {
						throw error(lineNumber, "'" + marker + "' where it cannot begin a section");
					}
					this.begun[i] = true;
					this.section = candidate;
				}
				else if (marker.equals("===END " + candidate + " DOMAINS===")) {
					if (this.section != candidate) {
						throw error(lineNumber, "'" + marker + "' ends a section that was not begun");
					}
					this.section = null;
				}
			}
		}

		/**
		 * Checks a rule against the format and converts it to the form hosts are compared
		 * in: punycode for internationalized labels (the list uses Unicode, browsers send
		 * punycode), lower case.
		 */
		private String toAscii(String listed, int lineNumber) throws IOException {
			boolean exception = listed.startsWith("!");
			String name = exception ? listed.substring(1) : listed;
			String prefix = exception ? "!" : "";
			if (name.equals("*") || name.startsWith("*.")) {
				if (exception) {
					throw error(lineNumber, "the exception rule '" + listed + "' has a wildcard");
				}
				prefix = "*.";
				name = name.substring(Math.min(2, name.length()));
				if (name.isEmpty()) {
					return "*";
				}
			}
			if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
				throw error(lineNumber, "the rule '" + listed + "' has an empty label");
			}
			if (name.indexOf('*') >= 0 || name.indexOf('!') >= 0) {
				throw error(lineNumber, "the rule '" + listed + "' has a '*' other than as its whole leftmost label, "
						+ "or a '!' other than as its first character");
			}
			if (exception && name.indexOf('.') < 0) {
				throw error(lineNumber, "the exception rule '" + listed + "' has a single label");
			}
			if (!isAscii(name)) {
				try {
					name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
				}
				catch (IllegalArgumentException ex) {
					throw error(lineNumber, "the rule '" + listed + "' has no punycode form: " + ex.getMessage());
				}
			}
			return prefix + name.toLowerCase(Locale.ROOT);
		}

		PublicSuffixList finish() throws IOException {
			for (Section candidate : new Section[] { Section.ICANN, Section.PRIVATE }) {
				if (!this.begun[candidate.ordinal()]) {
					throw new IOException(this.description + " is not a Public Suffix List: it has no '// ===BEGIN "
							+ candidate + " DOMAINS===' line");
				}
			}
			if (this.section != null) {
				throw new IOException(this.description + " is incomplete: its " + this.section
						+ " section is not ended by '// ===END " + this.section + " DOMAINS===' (truncated?)");
			}
			if (this.rules.isEmpty()) {
				throw new IOException(this.description + " is not a Public Suffix List: it has no rules");
			}
			return new PublicSuffixList(this.rules, this.listedText, this.version, this.description);
		}

		private static boolean isAscii(String name) {
			for (int i = 0; i < name.length(); i++) {
				if (name.charAt(i) >= 0x80) {
					return false;
				}
			}
			return true;
		}

		private static String abbreviate(String line) {
			return (line.length() <= 40) ? line : line.substring(0, 40) + "...";
		}

		private IOException error(int lineNumber, String reason) {
			return new IOException(this.description + ", line " + lineNumber + ": " + reason);
		}

	}

}
