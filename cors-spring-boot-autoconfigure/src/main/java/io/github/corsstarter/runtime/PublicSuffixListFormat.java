package io.github.corsstarter.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.github.corsstarter.runtime.PublicSuffixList.Rule;
import io.github.corsstarter.runtime.PublicSuffixList.Section;

/**
 * Reads the <a href="https://github.com/publicsuffix/list/wiki/Format">Public Suffix List
 * file format</a> strictly, so that a truncated download, an HTML error page or a binary
 * file given as {@code cors.public-suffix-list} is reported as such, with the line at
 * fault, instead of checking patterns against a wrong list.
 */
final class PublicSuffixListFormat {

	private static final String VERSION_PREFIX = "// VERSION:";

	private static final Pattern MARKER = Pattern.compile("===(BEGIN|END) (ICANN|PRIVATE) DOMAINS===");

	private PublicSuffixListFormat() {
	}

	/** See {@link PublicSuffixList#read(InputStream, String)}. */
	static PublicSuffixList read(InputStream in, String description) throws IOException {
		String text = text(in, description);
		Map<String, Rule> rules = new HashMap<>();
		Set<Section> begun = EnumSet.noneOf(Section.class);
		Section section = null;
		String version = null;
		Iterator<String> lines = text.lines().iterator();
		for (int number = 1; lines.hasNext(); number++) {
			String line = lines.next().strip();
			if (line.startsWith("//")) {
				String comment = line.substring(2).strip();
				Matcher marker = MARKER.matcher(comment);
				if (marker.matches()) {
					Section marked = Section.valueOf(marker.group(2));
					boolean begin = marker.group(1).equals("BEGIN");
					if (begin ? (section != null || !begun.add(marked)) : (section != marked)) {
						throw new IOException(at(description, number) + "'" + comment + "' "
								+ (begin ? "where it cannot begin a section" : "ends a section that was not begun"));
					}
					section = begin ? marked : null;
				}
				else if (version == null && section == null && line.startsWith(VERSION_PREFIX)) {
					version = line.substring(VERSION_PREFIX.length()).strip();
				}
			}
			else if (!line.isEmpty()) {
				int end = 0;
				while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
					end++;
				}
				String listed = line.substring(0, end);
				if (section == null && begun.isEmpty()) {
					throw new IOException(description + " is not a Public Suffix List: line " + number + " ('"
							+ ((line.length() <= 40) ? line : line.substring(0, 40) + "...")
							+ "') comes before any '// ===BEGIN ICANN DOMAINS===' line");
				}
				if (section == null) {
					throw new IOException(at(description, number) + "the rule '" + listed
							+ "' stands outside the ICANN and PRIVATE sections");
				}
				String ascii = toAscii(listed);
				if (ascii == null) {
					throw new IOException(at(description, number) + problem(listed));
				}
				rules.putIfAbsent(ascii, new Rule(listed, section));
			}
		}
		for (Section expected : EnumSet.of(Section.ICANN, Section.PRIVATE)) {
			if (!begun.contains(expected)) {
				throw new IOException(description + " is not a Public Suffix List: it has no '// ===BEGIN " + expected
						+ " DOMAINS===' line");
			}
		}
		if (section != null) {
			throw new IOException(description + " is incomplete: its " + section
					+ " section is not ended by '// ===END " + section + " DOMAINS===' (truncated?)");
		}
		if (rules.isEmpty()) {
			throw new IOException(description + " is not a Public Suffix List: it has no rules");
		}
		return new PublicSuffixList(rules, version, description);
	}

	/**
	 * A rule in the form hosts are compared in: lower case, punycode (the list writes
	 * Unicode, browsers send punycode), with its {@code *.} or {@code !} prefix.
	 * @return the form, or {@code null} if the rule breaks the format
	 */
	private static String toAscii(String listed) {
		String prefix = listed.startsWith("!") ? "!" : (listed.startsWith("*.") ? "*." : "");
		String name = listed.substring(prefix.length());
		try {
			name = (PublicSuffixList.isDomain(name) ? name : IDN.toASCII(name, IDN.ALLOW_UNASSIGNED))
				.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		boolean valid = PublicSuffixList.isDomain(name) && (!prefix.equals("!") || name.indexOf('.') > 0);
		return listed.equals("*") ? listed : (valid ? prefix + name : null);
	}

	/** Why {@link #toAscii(String)} refused a rule. */
	private static String problem(String listed) {
		String name = listed.substring(listed.startsWith("*.") ? 2 : (listed.startsWith("!") ? 1 : 0));
		if (listed.startsWith("!*")) {
			return "the exception rule '" + listed + "' has a wildcard";
		}
		if (name.contains("*") || name.contains("!")) {
			return "the rule '" + listed + "' has a '*' other than as its whole leftmost label, "
					+ "or a '!' other than as its first character";
		}
		if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
			return "the rule '" + listed + "' has an empty label";
		}
		return listed.startsWith("!") && name.indexOf('.') < 0
				? "the exception rule '" + listed + "' has a single label"
				: "the rule '" + listed + "' is not a domain name in ASCII or Unicode";
	}

	private static String at(String description, int number) {
		return description + ", line " + number + ": ";
	}

	/**
	 * The list's text: gunzipped if it starts with the gzip magic bytes, decoded as
	 * strict UTF-8 so that a binary file is refused as such rather than read as odd
	 * rules.
	 */
	private static String text(InputStream in, String description) throws IOException {
		byte[] bytes = in.readAllBytes();
		if (bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
			try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
				bytes = gzip.readAllBytes();
			}
			catch (IOException ex) {
				throw new IOException(description + ": cannot be read as gzip: " + ex.getMessage(), ex);
			}
		}
		// A valid list never holds U+FFFD, which decoding puts in place of invalid bytes.
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') >= 0) {
			throw new IOException(description + " is not a Public Suffix List: it is not UTF-8 text");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
