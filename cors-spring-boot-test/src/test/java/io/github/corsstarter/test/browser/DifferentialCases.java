package io.github.corsstarter.test.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The combinations the browser differential runs: kinds of request a page makes (methods,
 * headers inside and outside the safelist, bodies), each with and without credentials,
 * each answered by a correct preflight and actual response and by variations of each,
 * wrong, missing or differently formatted. One case is one {@code fetch()}, to a URL of
 * its own so that Chromium's preflight cache never answers for the server.
 */
final class DifferentialCases {

	/** The response headers every actual response carries besides the CORS ones. */
	static final List<Header> PLAIN_RESPONSE_HEADERS = List.of(new Header("Content-Type", "text/plain"),
			new Header("Cache-Control", "no-store"), new Header("X-Total-Count", "3"), new Header("X-Hidden", "h"));

	private DifferentialCases() {
	}

	/**
	 * One {@code fetch()} and the answers the test server gives it.
	 *
	 * @param id the case number, also the last segment of its URL
	 * @param description what varies
	 * @param request the page's request
	 * @param preflightResponse the answer to a preflight
	 * @param actualResponse the answer to the actual request, as the test server writes
	 * it (before the server adds {@code Date} and {@code Content-Length})
	 */
	record Case(int id, String description, CorsRequest request, ResponseHead preflightResponse,
			ResponseHead actualResponse) {

	}

	/** A kind of request, before it gets its origin and URL. */
	private record Kind(String name, String method, List<Header> headers, String body) {

		Kind(String name, String method, String body, String... namesAndValues) {
			this(name, method, ResponseHead.of(0, namesAndValues).headers(), body);
		}

		CorsRequest toRequest(String origin, URI url, CredentialsMode credentials) {
			CorsRequest request = new CorsRequest(origin, this.method, url, this.headers, credentials,
					this.body.isEmpty() ? null : this.body);
			return request;
		}

	}

	private static final List<Kind> KINDS = List.of(new Kind("GET", "GET", ""),
			new Kind("POST with a text body", "POST", "x"),
			new Kind("POST form", "POST", "a=1", "Content-Type", "application/x-www-form-urlencoded"),
			new Kind("POST multipart type", "POST", "--x--", "Content-Type", "multipart/form-data; boundary=x"),
			new Kind("POST JSON", "POST", "{}", "Content-Type", "application/json"),
			new Kind("POST text/plain with a quoted parameter", "POST", "x", "Content-Type",
					"text/plain; charset=\"utf-8\""),
			new Kind("PUT JSON with Authorization", "PUT", "{}", "Content-Type", "application/json", "Authorization",
					"Bearer x"),
			new Kind("put in lower case with X-B, x-a and Authorization", "put", "{}", "X-B", "2", "x-a", "1",
					"Authorization", "Bearer x"),
			new Kind("DELETE", "DELETE", ""), new Kind("DELETE with Authorization", "DELETE", "", "Authorization", "t"),
			new Kind("patch in lower case with X-Custom", "patch", "{}", "X-Custom", "1"),
			new Kind("PATCH", "PATCH", "{}"), new Kind("OPTIONS", "OPTIONS", ""),
			new Kind("GET with X-Requested-With", "GET", "", "X-Requested-With", "XMLHttpRequest"),
			new Kind("GET with a safelisted Accept-Language", "GET", "", "Accept-Language", "en-US,en;q=0.9"),
			new Kind("GET with an unsafe Content-Language", "GET", "", "Content-Language", "de\"x"),
			new Kind("GET with a 128-byte Accept", "GET", "", "Accept", "a".repeat(128)),
			new Kind("GET with a 129-byte Accept", "GET", "", "Accept", "a".repeat(129)),
			new Kind("GET with two Accept values of 70 bytes", "GET", "", "Accept", "b".repeat(70), "Accept",
					"c".repeat(70)),
			new Kind("GET with Range", "GET", "", "Range", "bytes=0-99"),
			new Kind("GET with an open Range", "GET", "", "Range", "bytes=100-"),
			new Kind("GET with a suffix Range", "GET", "", "Range", "bytes=-5"),
			new Kind("GET with a backwards Range", "GET", "", "Range", "bytes=5-1"),
			new Kind("GET with two ranges", "GET", "", "Range", "bytes=0-1,3-4"),
			new Kind("GET with Cookie (forbidden, dropped)", "GET", "", "Cookie", "a=b"));

	/** Variations of the preflight's answer; the actual response is the correct one. */
	private static final List<Variation> PREFLIGHT_VARIATIONS = List.of(new Variation("correct", (r) -> r),
			new Variation("status 200", (r) -> r.status(200)),
			new Variation("no Allow-Origin", (r) -> r.remove("Access-Control-Allow-Origin")),
			new Variation("Allow-Origin *", (r) -> r.set("Access-Control-Allow-Origin", "*")),
			new Variation("another origin", (r) -> r.set("Access-Control-Allow-Origin", "http://127.0.0.1:1")),
			new Variation("origin with a trailing slash", (r) -> r.set("Access-Control-Allow-Origin", r.origin + "/")),
			new Variation("origin in upper case",
					(r) -> r.set("Access-Control-Allow-Origin", r.origin.toUpperCase(Locale.ROOT))),
			new Variation("origin on two lines", (r) -> r.add("Access-Control-Allow-Origin", r.origin)),
			new Variation("Allow-Origin null", (r) -> r.set("Access-Control-Allow-Origin", "null")),
			new Variation("Allow-Origin without a scheme", (r) -> r.set("Access-Control-Allow-Origin", "example.com")),
			new Variation("status 401", (r) -> r.status(401)), new Variation("status 500", (r) -> r.status(500)),
			new Variation("status 403 without CORS headers", (r) -> new Answer(r.origin, 403, List.of())),
			new Variation("redirect", (r) -> r.status(302).add("Location", "/elsewhere")),
			new Variation("redirect without CORS headers",
					(r) -> new Answer(r.origin, 307, List.of(new Header("Location", "/elsewhere")))),
			new Variation("no Allow-Credentials", (r) -> r.remove("Access-Control-Allow-Credentials")),
			new Variation("Allow-Credentials TRUE", (r) -> r.set("Access-Control-Allow-Credentials", "TRUE")),
			new Variation("methods and headers *",
					(r) -> r.set("Access-Control-Allow-Methods", "*").set("Access-Control-Allow-Headers", "*")),
			new Variation("headers *", (r) -> r.set("Access-Control-Allow-Headers", "*")),
			new Variation("headers *, Authorization", (r) -> r.set("Access-Control-Allow-Headers", "*, Authorization")),
			new Variation("methods *", (r) -> r.set("Access-Control-Allow-Methods", "*")),
			new Variation("no Allow-Methods", (r) -> r.remove("Access-Control-Allow-Methods")),
			new Variation("methods in lower case",
					(r) -> r.set("Access-Control-Allow-Methods", r.method.toLowerCase(Locale.ROOT))),
			new Variation("methods in upper case",
					(r) -> r.set("Access-Control-Allow-Methods", r.method.toUpperCase(Locale.ROOT))),
			new Variation("methods without spaces",
					(r) -> r.set("Access-Control-Allow-Methods", "GET,POST," + r.method + ",OPTIONS")),
			new Variation("methods on two lines",
					(r) -> r.set("Access-Control-Allow-Methods", "GET").add("Access-Control-Allow-Methods", r.method)),
			new Variation("methods GET and POST only", (r) -> r.set("Access-Control-Allow-Methods", "GET, POST")),
			new Variation("methods not a list", (r) -> r.set("Access-Control-Allow-Methods", "GET " + r.method)),
			new Variation("methods with an empty item",
					(r) -> r.set("Access-Control-Allow-Methods", r.method + ",,GET")),
			new Variation("headers with empty items", Variation::headersWithEmptyItems),
			new Variation("no Allow-Headers", (r) -> r.remove("Access-Control-Allow-Headers")),
			new Variation("headers in upper case on two lines", Variation::headersUpperCaseOnTwoLines),
			new Variation("headers missing the first", Variation::headersMissingFirst),
			new Variation("headers not a list", (r) -> r.set("Access-Control-Allow-Headers", "X-A X-B")));

	/** Variations of the actual response; the preflight's answer is the correct one. */
	private static final List<Variation> RESPONSE_VARIATIONS = List.of(
			new Variation("no Allow-Origin", (r) -> r.remove("Access-Control-Allow-Origin")),
			new Variation("Allow-Origin *", (r) -> r.set("Access-Control-Allow-Origin", "*")),
			new Variation("another origin", (r) -> r.set("Access-Control-Allow-Origin", "http://localhost:1")),
			new Variation("origin and * on two lines", (r) -> r.add("Access-Control-Allow-Origin", "*")),
			new Variation("no Allow-Credentials", (r) -> r.remove("Access-Control-Allow-Credentials")),
			new Variation("status 404", (r) -> r.status(404)),
			new Variation("Allow-Credentials on two lines", (r) -> r.add("Access-Control-Allow-Credentials", "true")),
			new Variation("status 500 without Allow-Origin",
					(r) -> r.status(500).remove("Access-Control-Allow-Origin")),
			new Variation("expose *", (r) -> r.set("Access-Control-Expose-Headers", "*")),
			new Variation("expose two, mixed case",
					(r) -> r.set("Access-Control-Expose-Headers", "x-total-count,X-HIDDEN")),
			new Variation("expose on two lines",
					(r) -> r.set("Access-Control-Expose-Headers", "X-Hidden")
						.add("Access-Control-Expose-Headers", "Date")),
			new Variation("expose with an item that is no token",
					(r) -> r.set("Access-Control-Expose-Headers", "X-Total-Count, X Hidden")),
			new Variation("expose with empty items", (r) -> r.set("Access-Control-Expose-Headers", ",X-Total-Count,,")),
			new Variation("expose Set-Cookie",
					(r) -> r.set("Access-Control-Expose-Headers", "Set-Cookie, X-Hidden")
						.add("Set-Cookie", "s=1; Path=/")),
			new Variation("no Expose-Headers", (r) -> r.remove("Access-Control-Expose-Headers")));

	/**
	 * Every case: each kind of request, without and with credentials, with each variation
	 * of the preflight's answer and of the actual response.
	 * @param origin the page's origin
	 * @param apiBase the API server's base URL, without a trailing slash
	 * @return the cases
	 */
	static List<Case> generate(String origin, String apiBase) {
		List<Case> cases = new ArrayList<>();
		for (Kind kind : KINDS) {
			for (CredentialsMode credentials : List.of(CredentialsMode.SAME_ORIGIN, CredentialsMode.INCLUDE)) {
				for (Variation preflight : PREFLIGHT_VARIATIONS) {
					add(cases, origin, apiBase, kind, credentials, preflight, Variation.CORRECT);
				}
				for (Variation response : RESPONSE_VARIATIONS) {
					add(cases, origin, apiBase, kind, credentials, Variation.CORRECT, response);
				}
			}
		}
		return cases;
	}

	private static void add(List<Case> cases, String origin, String apiBase, Kind kind, CredentialsMode credentials,
			Variation preflight, Variation response) {
		int id = cases.size();
		CorsRequest request = kind.toRequest(origin, URI.create(apiBase + "/case/" + id), credentials);
		String description = kind.name + ", credentials " + credentials.fetchValue() + "; preflight answer: "
				+ preflight.name + "; response: " + response.name;
		cases.add(new Case(id, description, request, preflight.apply(correctPreflightAnswer(request)).toHead(),
				response.apply(correctResponse(request)).toHead()));
	}

	/** What a correct server answers to the preflight of this request. */
	private static Answer correctPreflightAnswer(CorsRequest request) {
		Answer answer = new Answer(request.origin(), 204, List.of()).withMethod(request.normalizedMethod())
			.set("Access-Control-Allow-Origin", request.origin())
			.set("Access-Control-Allow-Methods", request.normalizedMethod());
		List<String> headers = FetchRules.sendable(request.headers())
			.stream()
			.map(Header::name)
			.distinct()
			.filter((name) -> FetchRules.unsafeRequestHeaderNames(request.headers())
				.contains(name.toLowerCase(Locale.ROOT)))
			.toList();
		if (!headers.isEmpty()) {
			answer = answer.set("Access-Control-Allow-Headers", String.join(", ", headers));
		}
		if (request.includesCredentials()) {
			answer = answer.set("Access-Control-Allow-Credentials", "true");
		}
		return answer;
	}

	/** What a correct server answers to the actual request. */
	private static Answer correctResponse(CorsRequest request) {
		Answer answer = new Answer(request.origin(), 200, PLAIN_RESPONSE_HEADERS).withMethod(request.normalizedMethod())
			.set("Access-Control-Allow-Origin", request.origin())
			.set("Access-Control-Expose-Headers", "X-Total-Count");
		if (request.includesCredentials()) {
			answer = answer.set("Access-Control-Allow-Credentials", "true");
		}
		return answer;
	}

	/** A response being varied. */
	record Answer(String origin, String method, int statusCode, List<Header> headers) {

		Answer(String origin, int statusCode, List<Header> headers) {
			this(origin, "GET", statusCode, headers);
		}

		Answer withMethod(String name) {
			return new Answer(this.origin, name, this.statusCode, this.headers);
		}

		Answer status(int code) {
			return new Answer(this.origin, this.method, code, this.headers);
		}

		Answer remove(String name) {
			return new Answer(this.origin, this.method, this.statusCode,
					this.headers.stream().filter((header) -> !header.hasName(name)).toList());
		}

		Answer set(String name, String value) {
			return remove(name).add(name, value);
		}

		Answer add(String name, String value) {
			List<Header> more = new ArrayList<>(this.headers);
			more.add(new Header(name, value));
			return new Answer(this.origin, this.method, this.statusCode, more);
		}

		ResponseHead toHead() {
			return new ResponseHead(this.statusCode, this.headers);
		}

	}

	/** One way of varying a response. */
	record Variation(String name, UnaryOperator<Answer> change) {

		static final Variation CORRECT = new Variation("correct", (answer) -> answer);

		Answer apply(Answer answer) {
			return this.change.apply(answer);
		}

		static Answer headersUpperCaseOnTwoLines(Answer answer) {
			List<String> names = answer.headers()
				.stream()
				.filter((header) -> header.hasName("Access-Control-Allow-Headers"))
				.flatMap((header) -> List.of(header.value().split(",")).stream())
				.map((name) -> name.strip().toUpperCase(Locale.ROOT))
				.toList();
			Answer changed = answer.remove("Access-Control-Allow-Headers");
			for (String name : names) {
				changed = changed.add("Access-Control-Allow-Headers", name);
			}
			return changed;
		}

		static Answer headersWithEmptyItems(Answer answer) {
			String value = answer.headers()
				.stream()
				.filter((header) -> header.hasName("Access-Control-Allow-Headers"))
				.map(Header::value)
				.findFirst()
				.orElse(null);
			return (value != null) ? answer.set("Access-Control-Allow-Headers", ", " + value + ",,") : answer;
		}

		static Answer headersMissingFirst(Answer answer) {
			String value = answer.headers()
				.stream()
				.filter((header) -> header.hasName("Access-Control-Allow-Headers"))
				.map(Header::value)
				.findFirst()
				.orElse(null);
			if (value == null) {
				return answer;
			}
			int comma = value.indexOf(',');
			return (comma < 0) ? answer.remove("Access-Control-Allow-Headers")
					: answer.set("Access-Control-Allow-Headers", value.substring(comma + 1).strip());
		}

	}

}
