package io.github.corsstarter.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.github.corsstarter.runtime.PublicSuffixList.Rule;
import io.github.corsstarter.runtime.PublicSuffixList.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicSuffixListTests {

	private static final String SMALL_LIST = """
			// This Source Code Form is subject to the terms of the Mozilla Public
			// License, v. 2.0.

			// VERSION: 2026-01-02_03-04-05_UTC
			// COMMIT: 0123456789abcdef0123456789abcdef01234567

			// ===BEGIN ICANN DOMAINS===

			// uk
			uk
			co.uk
			org.uk
			ac.uk
			*.sch.uk

			// ck
			*.ck
			!www.ck

			// cn
			cn
			公司.cn

			// ===END ICANN DOMAINS===
			// ===BEGIN PRIVATE DOMAINS===

			// GitHub
			github.io
			blogspot.co.uk trailing text is ignored
			apps.example.io
			Mixed.Case.uk

			// ===END PRIVATE DOMAINS===
			""";

	private static PublicSuffixList bundled;

	@BeforeAll
	static void readBundledList() {
		bundled = PublicSuffixList.bundled();
	}

	static Stream<Arguments> bundledRules() {
		return Stream.of(
				// ICANN top-level and second-level suffixes
				Arguments.of("com", "com", Section.ICANN), Arguments.of("uk", "uk", Section.ICANN),
				Arguments.of("co.uk", "co.uk", Section.ICANN), Arguments.of("app", "app", Section.ICANN),
				Arguments.of("example.co.uk", null, null), Arguments.of("example.com", null, null),
				// PRIVATE suffixes: sites under them belong to unrelated customers
				Arguments.of("github.io", "github.io", Section.PRIVATE), Arguments.of("myapp.github.io", null, null),
				Arguments.of("vercel.app", "vercel.app", Section.PRIVATE), Arguments.of("myapp.vercel.app", null, null),
				Arguments.of("herokuapp.com", "herokuapp.com", Section.PRIVATE),
				Arguments.of("s3.amazonaws.com", "s3.amazonaws.com", Section.PRIVATE),
				Arguments.of("amazonaws.com", null, null),
				Arguments.of("eu-west-1.compute.amazonaws.com", "*.compute.amazonaws.com", Section.PRIVATE),
				Arguments.of("compute.amazonaws.com", null, null),
				// unlisted names: the default rule "*" makes any single label a public
				// suffix
				Arguments.of("corp", "*", Section.DEFAULT), Arguments.of("internal", "*", Section.DEFAULT),
				Arguments.of("localhost", "*", Section.DEFAULT), Arguments.of("example", "*", Section.DEFAULT),
				Arguments.of("app.corp", null, null), Arguments.of("app.localhost", null, null),
				// a wildcard rule and its exception; "ck" itself is not listed, only
				// "*.ck"
				Arguments.of("ck", "*", Section.DEFAULT), Arguments.of("foo.ck", "*.ck", Section.ICANN),
				Arguments.of("www.ck", null, null), Arguments.of("a.foo.ck", null, null),
				Arguments.of("a.www.ck", null, null),
				// "kobe.jp" is not listed but "*.kobe.jp" is, except "city.kobe.jp"
				Arguments.of("kobe.jp", null, null), Arguments.of("example.kobe.jp", "*.kobe.jp", Section.ICANN),
				Arguments.of("city.kobe.jp", null, null),
				// internationalized rules are matched in punycode and reported as listed
				Arguments.of("xn--55qx5d.cn", "公司.cn", Section.ICANN), Arguments.of("xn--fiqs8s", "中国", Section.ICANN),
				Arguments.of("xn--85x722f.xn--55qx5d.cn", null, null));
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@MethodSource("bundledRules")
	void tellsWhichRuleMakesADomainAPublicSuffix(String domain, String rule, Section section) {
		assertThat(bundled.publicSuffixRule(domain))
			.isEqualTo((rule != null) ? java.util.Optional.of(new Rule(rule, section)) : java.util.Optional.empty());
	}

	/**
	 * The ASCII cases of the list's own tests (tests/test_psl.txt of publicsuffix/list,
	 * dedicated to the public domain), as (domain, registrable domain): the public suffix
	 * is the registrable domain less its leftmost label, or the domain itself when there
	 * is no registrable domain.
	 */
	static Stream<Arguments> officialTests() {
		return Stream.of(Arguments.of("example", null), Arguments.of("example.example", "example.example"),
				Arguments.of("b.example.example", "example.example"),
				Arguments.of("a.b.example.example", "example.example"), Arguments.of("biz", null),
				Arguments.of("domain.biz", "domain.biz"), Arguments.of("b.domain.biz", "domain.biz"),
				Arguments.of("a.b.domain.biz", "domain.biz"), Arguments.of("com", null),
				Arguments.of("example.com", "example.com"), Arguments.of("b.example.com", "example.com"),
				Arguments.of("a.b.example.com", "example.com"), Arguments.of("uk.com", null),
				Arguments.of("example.uk.com", "example.uk.com"), Arguments.of("b.example.uk.com", "example.uk.com"),
				Arguments.of("a.b.example.uk.com", "example.uk.com"), Arguments.of("test.ac", "test.ac"),
				Arguments.of("mm", null), Arguments.of("c.mm", null), Arguments.of("b.c.mm", "b.c.mm"),
				Arguments.of("a.b.c.mm", "b.c.mm"), Arguments.of("jp", null), Arguments.of("test.jp", "test.jp"),
				Arguments.of("www.test.jp", "test.jp"), Arguments.of("ac.jp", null),
				Arguments.of("test.ac.jp", "test.ac.jp"), Arguments.of("www.test.ac.jp", "test.ac.jp"),
				Arguments.of("kyoto.jp", null), Arguments.of("test.kyoto.jp", "test.kyoto.jp"),
				Arguments.of("ide.kyoto.jp", null), Arguments.of("b.ide.kyoto.jp", "b.ide.kyoto.jp"),
				Arguments.of("a.b.ide.kyoto.jp", "b.ide.kyoto.jp"), Arguments.of("c.kobe.jp", null),
				Arguments.of("b.c.kobe.jp", "b.c.kobe.jp"), Arguments.of("a.b.c.kobe.jp", "b.c.kobe.jp"),
				Arguments.of("city.kobe.jp", "city.kobe.jp"), Arguments.of("www.city.kobe.jp", "city.kobe.jp"),
				Arguments.of("ck", null), Arguments.of("test.ck", null), Arguments.of("b.test.ck", "b.test.ck"),
				Arguments.of("a.b.test.ck", "b.test.ck"), Arguments.of("www.ck", "www.ck"),
				Arguments.of("www.www.ck", "www.ck"), Arguments.of("us", null), Arguments.of("test.us", "test.us"),
				Arguments.of("www.test.us", "test.us"), Arguments.of("ak.us", null),
				Arguments.of("test.ak.us", "test.ak.us"), Arguments.of("www.test.ak.us", "test.ak.us"),
				Arguments.of("k12.ak.us", null), Arguments.of("test.k12.ak.us", "test.k12.ak.us"),
				Arguments.of("www.test.k12.ak.us", "test.k12.ak.us"),
				Arguments.of("xn--85x722f.com.cn", "xn--85x722f.com.cn"),
				Arguments.of("xn--85x722f.xn--55qx5d.cn", "xn--85x722f.xn--55qx5d.cn"),
				Arguments.of("www.xn--85x722f.xn--55qx5d.cn", "xn--85x722f.xn--55qx5d.cn"),
				Arguments.of("shishi.xn--55qx5d.cn", "shishi.xn--55qx5d.cn"), Arguments.of("xn--55qx5d.cn", null),
				Arguments.of("xn--85x722f.xn--fiqs8s", "xn--85x722f.xn--fiqs8s"),
				Arguments.of("www.xn--85x722f.xn--fiqs8s", "xn--85x722f.xn--fiqs8s"),
				Arguments.of("shishi.xn--fiqs8s", "shishi.xn--fiqs8s"), Arguments.of("xn--fiqs8s", null));
	}

	@ParameterizedTest(name = "{0} -> registrable {1}")
	@MethodSource("officialTests")
	void passesTheListsOwnTests(String domain, String registrable) {
		String publicSuffix = (registrable != null) ? registrable.substring(registrable.indexOf('.') + 1) : domain;
		assertThat(bundled.publicSuffix(domain)).isEqualTo(publicSuffix);
		assertThat(bundled.publicSuffixRule(domain).isPresent()).isEqualTo(registrable == null);
		if (registrable != null) {
			// (the public suffix need not be one by itself: that of city.kobe.jp is
			// kobe.jp, by the exception rule
			// !city.kobe.jp, while that of kobe.jp is jp)
			assertThat(bundled.publicSuffixRule(registrable)).isEmpty();
		}
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "COM", "Example.com", ".com", "com.", "a..com", "bücher.de", "*.ck", "!www.ck",
			"a com", "a/b.com" })
	void refusesDomainsBrowsersNeverSend(String domain) {
		assertThatIllegalArgumentException().isThrownBy(() -> bundled.publicSuffixRule(domain))
			.withMessageContaining("'" + domain + "'");
		assertThatIllegalArgumentException().isThrownBy(() -> bundled.publicSuffixRuleBelow(domain));
	}

	static Stream<Arguments> rulesBelow() {
		return Stream.of(Arguments.of("kobe.jp", "*.kobe.jp", Section.ICANN),
				Arguments.of("herokuapp.com", "*.compute.herokuapp.com", Section.PRIVATE),
				Arguments.of("compute.herokuapp.com", "*.compute.herokuapp.com", Section.PRIVATE),
				Arguments.of("example.com", null, null), Arguments.of("github.io", null, null),
				Arguments.of("myapp.github.io", null, null), Arguments.of("corp", null, null),
				Arguments.of("www.ck", null, null), Arguments.of("foo.ck", null, null));
	}

	@ParameterizedTest(name = "below {0}: {1}")
	@MethodSource("rulesBelow")
	void findsAPublicSuffixBelowADomain(String domain, String rule, Section section) {
		assertThat(bundled.publicSuffixRuleBelow(domain))
			.isEqualTo((rule != null) ? java.util.Optional.of(new Rule(rule, section)) : java.util.Optional.empty());
	}

	@ParameterizedTest(name = "below {0}")
	@ValueSource(strings = { "amazonaws.com", "com", "co.uk", "jp" })
	void findsTheShortestPublicSuffixBelowADomain(String domain) {
		Rule rule = bundled.publicSuffixRuleBelow(domain).orElseThrow();
		assertThat(rule.text()).endsWith("." + domain).doesNotStartWith("!");
		assertThat(rule.text().split("\\.")).hasSize(domain.split("\\.").length + 1);
		assertThat(bundled.publicSuffixRule(rule.text().replace("*", "example"))).isPresent();
	}

	static Stream<Arguments> exampleDomains() {
		return Stream.of(Arguments.of("co.uk", "example.co.uk"), Arguments.of("github.io", "example.github.io"),
				Arguments.of("corp", "example.corp"), Arguments.of("ck", "example.example.ck"),
				Arguments.of("foo.ck", "example.foo.ck"), Arguments.of("kobe.jp", "example.example.kobe.jp"),
				Arguments.of("amazonaws.com", "example.amazonaws.com"),
				Arguments.of("herokuapp.com", "example.herokuapp.com"),
				Arguments.of("compute.herokuapp.com", "example.example.compute.herokuapp.com"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("exampleDomains")
	void suggestsADomainUnderASuffixThatAWildcardCanStandOver(String suffix, String example) {
		assertThat(bundled.exampleRegistrableDomain(suffix)).isEqualTo(example);
	}

	/**
	 * Every name a rule makes a public suffix (or, for an exception, keeps from being
	 * one) gets a suggestion that is neither a public suffix nor has one below it.
	 */
	@Test
	void suggestsASafeDomainForEveryRuleOfTheList() throws IOException {
		List<String> failures = new ArrayList<>();
		for (String rule : bundledAsciiRules()) {
			String domain = rule.startsWith("*.") ? "x" + rule.substring(1)
					: rule.startsWith("!") ? rule.substring(1) : rule;
			String example = bundled.exampleRegistrableDomain(domain);
			if (!example.endsWith("." + domain) || bundled.publicSuffixRule(example).isPresent()
					|| bundled.publicSuffixRuleBelow(example).isPresent()) {
				failures.add(rule + " -> " + example);
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * Every rule of the bundled file, read here independently of the class: a normal or
	 * wildcard rule makes its name a public suffix, an exception rule keeps its name from
	 * being one, which holds only if each rule was read and converted to the ASCII form
	 * hosts are sent in.
	 */
	@Test
	void readsEveryRuleInTheAsciiFormHostsAreSentIn() throws IOException {
		List<String> rules = bundledAsciiRules();
		assertThat(rules).hasSizeGreaterThan(5000).contains("xn--55qx5d.cn", "*.ck", "!www.ck", "github.io");
		assertThat(rules).allSatisfy((rule) -> {
			String domain = rule.startsWith("*.") ? "x" + rule.substring(1) : rule.replace("!", "");
			assertThat(bundled.publicSuffixRule(domain).isPresent()).as(rule).isEqualTo(!rule.startsWith("!"));
		});
	}

	/**
	 * The bundled file's rules (ASCII, prefixed), by the format's definition of a rule.
	 */
	private static List<String> bundledAsciiRules() throws IOException {
		List<String> rules = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(
				PublicSuffixList.class.getResourceAsStream("public_suffix_list.dat.gz"))) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String rule = line.strip().split("\\s+")[0];
				if (!rule.isEmpty() && !rule.startsWith("//")) {
					String prefix = rule.startsWith("!") ? "!" : (rule.startsWith("*.") ? "*." : "");
					rules.add(prefix + IDN.toASCII(rule.substring(prefix.length()), IDN.ALLOW_UNASSIGNED)
						.toLowerCase(Locale.ROOT));
				}
			}
		}
		return rules;
	}

	@Test
	void bundledSnapshotMatchesItsProvenanceNote() throws IOException {
		String note;
		try (InputStream in = PublicSuffixList.class.getResourceAsStream("public_suffix_list.dat.gz.txt")) {
			note = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher version = Pattern.compile("VERSION: +(\\S+)\n").matcher(note);
		Matcher rules = Pattern.compile("Rules: +(\\d+) \\(").matcher(note);
		assertThat(version.find() && rules.find()).isTrue();
		assertThat(bundled).hasToString("Public Suffix List " + version.group(1) + " (" + rules.group(1)
				+ " rules, classpath:io/github/corsstarter/runtime/public_suffix_list.dat.gz)");
	}

	@Test
	void readsEachCallAfresh() {
		assertThat(PublicSuffixList.bundled()).isNotSameAs(PublicSuffixList.bundled());
	}

	@Test
	void readsAPlainList() throws IOException {
		PublicSuffixList list = read(SMALL_LIST.getBytes(StandardCharsets.UTF_8), "small.dat");
		assertSmallList(list, "small.dat");
	}

	@Test
	void readsAGzippedList() throws IOException {
		PublicSuffixList list = read(gzip(SMALL_LIST.getBytes(StandardCharsets.UTF_8)), "small.dat.gz");
		assertSmallList(list, "small.dat.gz");
	}

	@Test
	void readsAPlainCopyOfTheBundledListFromAFile(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("public_suffix_list.dat");
		try (InputStream in = new GZIPInputStream(
				PublicSuffixList.class.getResourceAsStream("public_suffix_list.dat.gz"))) {
			Files.write(file, in.readAllBytes());
		}
		PublicSuffixList list;
		try (InputStream in = Files.newInputStream(file)) {
			list = PublicSuffixList.read(in, file.toString());
		}
		assertThat(list).hasToString(bundled.toString()
			.replace("classpath:io/github/corsstarter/runtime/public_suffix_list.dat.gz", file.toString()));
		assertThat(list.publicSuffixRule("github.io")).isEqualTo(bundled.publicSuffixRule("github.io"));
	}

	private static void assertSmallList(PublicSuffixList list, String description) {
		assertThat(list).hasToString("Public Suffix List 2026-01-02_03-04-05_UTC (13 rules, " + description + ")");
		assertThat(list.publicSuffixRule("co.uk")).hasValue(new Rule("co.uk", Section.ICANN));
		assertThat(list.publicSuffixRule("foo.sch.uk")).hasValue(new Rule("*.sch.uk", Section.ICANN));
		assertThat(list.publicSuffixRule("foo.ck")).hasValue(new Rule("*.ck", Section.ICANN));
		assertThat(list.publicSuffixRule("www.ck")).isEmpty();
		assertThat(list.publicSuffixRule("xn--55qx5d.cn")).hasValue(new Rule("公司.cn", Section.ICANN));
		assertThat(list.publicSuffixRule("github.io")).hasValue(new Rule("github.io", Section.PRIVATE));
		assertThat(list.publicSuffixRule("blogspot.co.uk")).hasValue(new Rule("blogspot.co.uk", Section.PRIVATE));
		assertThat(list.publicSuffixRule("io")).hasValue(new Rule("*", Section.DEFAULT));
		assertThat(list.publicSuffixRule("example.co.uk")).isEmpty();
		assertThat(list.publicSuffixRuleBelow("uk")).hasValue(new Rule("ac.uk", Section.ICANN));
		assertThat(list.publicSuffixRuleBelow("co.uk")).hasValue(new Rule("blogspot.co.uk", Section.PRIVATE));
		assertThat(list.publicSuffixRuleBelow("sch.uk")).hasValue(new Rule("*.sch.uk", Section.ICANN));
		assertThat(list.publicSuffixRule("mixed.case.uk")).hasValue(new Rule("Mixed.Case.uk", Section.PRIVATE));
		assertThat(list.publicSuffixRuleBelow("example.io")).hasValue(new Rule("apps.example.io", Section.PRIVATE));
		assertThat(list.exampleRegistrableDomain("uk")).isEqualTo("example.uk");
		assertThat(list.exampleRegistrableDomain("io")).isEqualTo("example.example.io");
		assertThat(list.exampleRegistrableDomain("sch.uk")).isEqualTo("example.example.sch.uk");
	}

	@Test
	void readsAListWithoutVersionLine() throws IOException {
		PublicSuffixList list = read(
				SMALL_LIST.replace("// VERSION:", "// NO VERSION:").getBytes(StandardCharsets.UTF_8), "old.dat");
		assertThat(list).hasToString("Public Suffix List (no VERSION line) (13 rules, old.dat)");
	}

	@Test
	void readsCrLfLinesAndAByteOrderMark() throws IOException {
		PublicSuffixList list = read(("\uFEFF" + SMALL_LIST.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8),
				"windows.dat");
		assertThat(list).hasToString("Public Suffix List 2026-01-02_03-04-05_UTC (13 rules, windows.dat)");
		assertThat(list.publicSuffixRule("co.uk")).hasValue(new Rule("co.uk", Section.ICANN));
	}

	static Stream<Arguments> notLists() {
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		random[0] = 'x';
		byte[] badGzip = new byte[64];
		badGzip[0] = 0x1f;
		badGzip[1] = (byte) 0x8b;
		String end = "// ===END PRIVATE DOMAINS===\n";
		return Stream.of(
				Arguments.of("empty", new byte[0], "is not a Public Suffix List: it has no '// ===BEGIN ICANN"),
				Arguments.of("binary", random, "garbage is not a Public Suffix List: it is not UTF-8 text"),
				Arguments.of("corrupt gzip", badGzip, "garbage: cannot be read as gzip: "),
				Arguments.of("gzipped binary", gzip(random), "is not a Public Suffix List: it is not UTF-8 text"),
				Arguments.of("HTML page", utf8("<!DOCTYPE html>\n<html><body>Not Found</body></html>\n"),
						"garbage is not a Public Suffix List: line 1 ('<!DOCTYPE html>') comes before any "
								+ "'// ===BEGIN ICANN DOMAINS===' line"),
				Arguments.of("no sections", utf8("// a list\n"),
						"is not a Public Suffix List: it has no '// ===BEGIN ICANN DOMAINS===' line"),
				Arguments.of("no PRIVATE section",
						utf8(SMALL_LIST.substring(0, SMALL_LIST.indexOf("// ===BEGIN PRIVATE"))),
						"is not a Public Suffix List: it has no '// ===BEGIN PRIVATE DOMAINS===' line"),
				Arguments.of("truncated", utf8(SMALL_LIST.replace(end, "")),
						"garbage is incomplete: its PRIVATE section is not ended by '// ===END PRIVATE DOMAINS==='"),
				Arguments.of("no rules",
						utf8("// ===BEGIN ICANN DOMAINS===\n// ===END ICANN DOMAINS===\n"
								+ "// ===BEGIN PRIVATE DOMAINS===\n" + end),
						"is not a Public Suffix List: it has no rules"),
				Arguments.of("rule between sections",
						utf8(SMALL_LIST.replace("// ===BEGIN PRIVATE", "io\n// ===BEGIN PRIVATE")),
						"garbage, line 25: the rule 'io' stands outside the ICANN and PRIVATE sections"),
				Arguments.of("section twice", utf8(SMALL_LIST + "// ===BEGIN ICANN DOMAINS===\n"),
						"garbage, line 34: '===BEGIN ICANN DOMAINS===' where it cannot begin a section"),
				Arguments.of("nested section", utf8(SMALL_LIST.replace("// ===END ICANN DOMAINS===\n", "")),
						"garbage, line 24: '===BEGIN PRIVATE DOMAINS===' where it cannot begin a section"),
				Arguments.of("end without begin", utf8(end + SMALL_LIST),
						"garbage, line 1: '===END PRIVATE DOMAINS===' ends a section that was not begun"),
				Arguments.of("wildcard exception", utf8(SMALL_LIST.replace("!www.ck", "!*.ck")),
						"garbage, line 18: the exception rule '!*.ck' has a wildcard"),
				Arguments.of("inner wildcard", utf8(SMALL_LIST.replace("*.sch.uk", "a.*.uk")),
						"garbage, line 14: the rule 'a.*.uk' has a '*' other than as its whole leftmost label"),
				Arguments.of("empty label", utf8(SMALL_LIST.replace("co.uk\n", "co..uk\n")),
						"garbage, line 11: the rule 'co..uk' has an empty label"),
				Arguments.of("single-label exception", utf8(SMALL_LIST.replace("!www.ck", "!ck")),
						"garbage, line 18: the exception rule '!ck' has a single label"),
				// no host could match it, and it would fail later while a pattern is
				// checked
				Arguments.of("rule that is not a domain name", utf8(SMALL_LIST.replace("github.io", "git/hub.io")),
						"garbage, line 28: the rule 'git/hub.io' is not a domain name"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notLists")
	void refusesInputThatIsNotAPublicSuffixList(String name, byte[] content, String message) {
		assertThatIOException().isThrownBy(() -> read(content, "garbage")).withMessageContaining(message);
	}

	private static PublicSuffixList read(byte[] content, String description) throws IOException {
		return PublicSuffixList.read(new ByteArrayInputStream(content), description);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
