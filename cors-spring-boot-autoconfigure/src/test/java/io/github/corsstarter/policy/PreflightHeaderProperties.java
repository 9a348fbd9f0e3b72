package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of reading a preflight's {@code Access-Control-Request-Method} and
 * {@code Access-Control-Request-Headers}, over generated values (jqwik): a list of
 * allowed names is allowed however it is cased, spaced and padded with empty items
 * (Fetch, "get, decode, and split"); one name more is found and named; a method is
 * allowed exactly when configured or CORS-safelisted; no input throws.
 */
class PreflightHeaderProperties {

	private static final String TCHARS = "abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~";

	private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");

	@Property(tries = 1000)
	void aListOfAllowedNamesIsAllowedHoweverItIsCasedAndSpaced(
			@ForAll @Size(min = 1, max = 6) @UniqueElements List<@From("headerNames") String> allowed,
			@ForAll("randoms") Random random) {
		CorsPolicy policy = policy(Set.of("PUT"), Set.copyOf(allowed));
		String list = browserList(pick(allowed, random), random);
		assertThat(policy.firstDisallowedHeader(list)).as(list).isNull();
		assertThat(policy.checkPreflightRequest("PUT", list)).as(list).isEqualTo(Reason.NONE);
	}

	@Property(tries = 1000)
	void oneNameNotAllowedIsFoundWhereverItStands(
			@ForAll @Size(min = 2, max = 6) @UniqueElements List<@From("headerNames") String> names,
			@ForAll("randoms") Random random) {
		String extra = names.get(0);
		List<String> allowed = names.subList(1, names.size());
		CorsPolicy policy = policy(Set.of("PUT"), Set.copyOf(allowed));
		List<String> requested = pick(allowed, random);
		String sentExtra = randomCase(extra, random);
		requested.add(random.nextInt(requested.size() + 1), sentExtra);
		String list = String.join(",", requested.stream().map((name) -> pad(name, random)).toList());
		assertThat(policy.firstDisallowedHeader(list)).as(list).isEqualTo(sentExtra);
		assertThat(policy.checkPreflightRequest("PUT", list)).as(list).isEqualTo(Reason.HEADERS);
	}

	@Property(tries = 1000)
	void aMethodIsAllowedExactlyWhenConfiguredOrSafelisted(@ForAll("methods") String method,
			@ForAll @Size(max = 3) List<@From("methods") String> configured) {
		Set<String> methods = Set
			.copyOf(configured.stream().filter((m) -> HttpTokens.isToken(m) && !m.equals("*")).toList());
		CorsPolicy policy = policy(methods, Set.of());
		boolean allowed = methods.contains(method) || SAFELISTED.contains(method);
		assertThat(policy.checkPreflightRequest(method, null)).as(method)
			.isEqualTo(allowed ? Reason.NONE : Reason.METHOD);
		CorsPolicy anyMethod = policy(Set.of("*"), Set.of());
		assertThat(anyMethod.checkPreflightRequest(method, null)).as(method)
			.isEqualTo(HttpTokens.isToken(method) ? Reason.NONE : Reason.METHOD);
	}

	@Property(tries = 2000)
	void noMethodOrHeaderListThrows(@ForAll("anything") String method, @ForAll("anything") String requestHeaders) {
		CorsPolicy listed = policy(Set.of("PUT"), Set.of("authorization", "content-type"));
		CorsPolicy any = policy(Set.of("*"), Set.of("*"));
		for (CorsPolicy policy : List.of(listed, any)) {
			Reason reason = policy.checkPreflightRequest(method, requestHeaders);
			assertThat(reason).isIn(Reason.NONE, Reason.METHOD, Reason.HEADERS, Reason.HEADERS_TOO_LONG);
			policy.allowHeaders(requestHeaders);
			policy.allowMethods(method);
		}
	}

	@Provide
	Arbitrary<String> headerNames() {
		return Arbitraries.strings()
			.withChars(TCHARS)
			.ofMinLength(1)
			.ofMaxLength(16)
			.filter((name) -> !name.equals("*"));
	}

	/** Tokens in any case, Fetch's six normalised methods among them, and non-tokens. */
	@Provide
	Arbitrary<String> methods() {
		return Arbitraries.oneOf(
				Arbitraries.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "patch", "get", "QUERY"),
				Arbitraries.strings().withChars(TCHARS + "ABCZ").ofMinLength(1).ofMaxLength(8),
				Arbitraries.strings().withChars("PUT \t,\u00e9\r\n").ofMaxLength(4));
	}

	@Provide
	Arbitrary<String> anything() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(64),
				Arbitraries.strings().withChars(TCHARS + " \t,\r\n\u0000\u00e9").ofMaxLength(64),
				Arbitraries.strings().withChars("a,").ofMinLength(4090).ofMaxLength(4100));
	}

	@Provide
	Arbitrary<Random> randoms() {
		return Arbitraries.randoms();
	}

	private static CorsPolicy policy(Set<String> methods, Set<String> headers) {
		OriginMatcher origins = new OriginMatcher(false, List.of("https://app.example"), List.of(), null);
		ResolverCandidates candidates = new ResolverCandidates(List.of(), false);
		return new CorsPolicy("p", origins, null, candidates, methods, headers, Set.of(), false, 600, false, false,
				false);
	}

	/** Some of the names, in some order, some twice: what several scripts may set. */
	private static List<String> pick(List<String> names, Random random) {
		List<String> picked = new ArrayList<>();
		int count = 1 + random.nextInt(names.size() + 2);
		for (int i = 0; i < count; i++) {
			picked.add(randomCase(names.get(random.nextInt(names.size())), random));
		}
		return picked;
	}

	/** The names as one field value, with optional whitespace and empty items. */
	private static String browserList(List<String> names, Random random) {
		List<String> items = new ArrayList<>();
		for (String name : names) {
			if (random.nextInt(4) == 0) {
				items.add(pad("", random));
			}
			items.add(pad(name, random));
		}
		return String.join(",", items);
	}

	private static String pad(String name, Random random) {
		String[] whitespace = { "", " ", "\t", "  ", " \t" };
		return whitespace[random.nextInt(whitespace.length)] + name + whitespace[random.nextInt(whitespace.length)];
	}

	private static String randomCase(String name, Random random) {
		StringBuilder cased = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			cased.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
		}
		return cased.toString();
	}

}
