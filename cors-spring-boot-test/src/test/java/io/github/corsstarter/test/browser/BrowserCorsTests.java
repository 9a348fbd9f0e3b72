package io.github.corsstarter.test.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's rules one at a time; {@link BrowserDifferentialTests} checks them all
 * against Chromium.
 */
class BrowserCorsTests {

	private static final String PAGE = "http://localhost:5173";

	private static final String API = "http://localhost:8080/api/notes/1";

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Accept           | application/json, text/plain, */*  | true
			Accept           | a(b                                 | false
			Accept-Language  | en-US,en;q=0.9                      | true
			Content-Language | de"x                                | false
			Content-Type     | text/plain;charset=UTF-8            | true
			Content-Type     | multipart/form-data; boundary=x     | true
			Content-Type     | application/x-www-form-urlencoded   | true
			Content-Type     | application/json                    | false
			Content-Type     | text/plain; charset="utf-8"         | false
			Range            | bytes=0-99                          | true
			Range            | bytes=100-                          | true
			Range            | bytes=-5                            | false
			Range            | bytes=5-1                           | false
			X-Requested-With | XMLHttpRequest                      | false
			Authorization    | Bearer x                            | false
			""")
	void safelistedRequestHeaders(String name, String value, boolean safelisted) {
		assertThat(FetchRules.isSafelistedRequestHeader(name, value)).isEqualTo(safelisted);
	}

	@Test
	void aSafelistedValueIsAtMost128Bytes() {
		assertThat(FetchRules.isSafelistedRequestHeader("Accept", "a".repeat(128))).isTrue();
		assertThat(FetchRules.isSafelistedRequestHeader("Accept", "a".repeat(129))).isFalse();
	}

	@Test
	void unsafeNamesAreLowerCaseSortedOnceAndWithoutForbiddenHeaders() {
		List<Header> headers = List.of(new Header("X-B", "1"), new Header("x-a", "1"), new Header("X-A", "2"),
				new Header("Authorization", "t"), new Header("Cookie", "c=1"), new Header("Accept", "*/*"));
		assertThat(FetchRules.unsafeRequestHeaderNames(headers)).containsExactly("authorization", "x-a", "x-b");
	}

	@Test
	void valuesOfOneHeaderAreCombinedBeforeTheirLengthIsChecked() {
		List<Header> headers = List.of(new Header("Accept", "b".repeat(70)), new Header("Accept", "c".repeat(70)));
		assertThat(FetchRules.unsafeRequestHeaderNames(headers)).containsExactly("accept");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "put, PUT", "Delete, DELETE", "get, GET", "patch, patch", "PATCH, PATCH", "Options, OPTIONS" })
	void methodsAreNormalizedAsFetchDoes(String method, String sent) {
		assertThat(FetchRules.normalizeMethod(method)).isEqualTo(sent);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET, PUT", "GET,PUT", "PUT", " PUT ,GET", "GET,,PUT," })
	void allowMethodsIsReadWhateverItsFormatting(String allowMethods) {
		CorsRequest put = CorsRequest.of(PAGE, "PUT", API);
		ResponseHead answer = ResponseHead.of(204, "Access-Control-Allow-Origin", PAGE, "Access-Control-Allow-Methods",
				allowMethods);
		assertThat(BrowserCors.checkPreflight(put, answer)).isEmpty();
	}

	@Test
	void allowMethodsOnSeveralFieldLinesIsOneList() {
		CorsRequest put = CorsRequest.of(PAGE, "PUT", API);
		ResponseHead answer = ResponseHead.of(204, "Access-Control-Allow-Origin", PAGE, "Access-Control-Allow-Methods",
				"GET", "Access-Control-Allow-Methods", "PUT");
		assertThat(BrowserCors.checkPreflight(put, answer)).isEmpty();
	}

	@Test
	void methodNamesCompareCaseSensitivelyAfterNormalization() {
		ResponseHead lowerCase = ResponseHead.of(204, "Access-Control-Allow-Origin", PAGE,
				"Access-Control-Allow-Methods", "put, patch");
		assertThat(BrowserCors.checkPreflight(CorsRequest.of(PAGE, "put", API), lowerCase))
			.hasValueSatisfying((refusal) -> assertThat(refusal.reason())
				.isEqualTo("Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."));
		assertThat(BrowserCors.checkPreflight(CorsRequest.of(PAGE, "patch", API), lowerCase)).isEmpty();
		assertThat(BrowserCors.checkPreflight(CorsRequest.of(PAGE, "PATCH", API), lowerCase)).isPresent();
	}

	@Test
	void wildcardsCoverMethodsAndHeadersOnlyWithoutCredentials() {
		CorsRequest delete = CorsRequest.of(PAGE, "DELETE", API).withHeader("X-Custom", "1");
		ResponseHead answer = ResponseHead.of(204, "Access-Control-Allow-Origin", PAGE, "Access-Control-Allow-Methods",
				"*", "Access-Control-Allow-Headers", "*", "Access-Control-Allow-Credentials", "true");
		assertThat(BrowserCors.checkPreflight(delete, answer)).isEmpty();
		assertThat(BrowserCors.checkPreflight(delete.withCredentials(CredentialsMode.INCLUDE), answer))
			.hasValueSatisfying(
					(refusal) -> assertThat(refusal.fix()).contains("with credentials, '*' is no wildcard"));
	}

	@Test
	void authorizationIsNeverCoveredByTheWildcardButInChromium() {
		CorsRequest put = CorsRequest.of(PAGE, "PUT", API).withHeader("Authorization", "Bearer x");
		ResponseHead answer = ResponseHead.of(204, "Access-Control-Allow-Origin", PAGE, "Access-Control-Allow-Methods",
				"PUT", "Access-Control-Allow-Headers", "*");
		assertThat(BrowserCors.checkPreflight(put, answer)).hasValueSatisfying((refusal) -> assertThat(refusal.reason())
			.isEqualTo("Request header field authorization is not allowed by Access-Control-Allow-Headers in "
					+ "preflight response."));
		assertThat(BrowserCors.checkPreflight(put, answer, BrowserRules.CHROMIUM)).isEmpty();
	}

	@Test
	void exposedWildcardShowsEveryHeaderButSetCookieOnlyWithoutCredentials() {
		CorsRequest get = CorsRequest.of(PAGE, "GET", API);
		ResponseHead response = ResponseHead.of(200, "Access-Control-Allow-Origin", PAGE,
				"Access-Control-Allow-Credentials", "true", "Access-Control-Expose-Headers", "*", "X-Total-Count", "3",
				"Set-Cookie", "a=b", "Content-Type", "text/plain");
		assertThat(BrowserCors.readableHeaders(get, response)).containsExactlyInAnyOrder("access-control-allow-origin",
				"access-control-allow-credentials", "access-control-expose-headers", "x-total-count", "content-type");
		assertThat(BrowserCors.readableHeaders(get.withCredentials(CredentialsMode.INCLUDE), response))
			.containsExactly("content-type");
	}

	@Test
	void anErrorStatusIsReadableWithTheRightHeaders() {
		CorsRequest get = CorsRequest.of(PAGE, "GET", API);
		assertThat(BrowserCors.checkResponse(get, ResponseHead.of(401, "Access-Control-Allow-Origin", PAGE))).isEmpty();
	}

	@Test
	void sameOriginRequestsNeedNoCors() {
		CorsRequest put = CorsRequest.of("http://localhost:8080", "PUT", API).withHeader("X-Custom", "1");
		assertThat(BrowserCors.preflight(put)).isEmpty();
		assertThat(BrowserCors.checkResponse(put, ResponseHead.of(200))).isEmpty();
	}

	@Test
	void forbiddenMethodsAreRefusedBeforeAnythingIsSent() {
		CorsVerdict verdict = BrowserCors.fetch(CorsRequest.of(PAGE, "TRACE", API), (request) -> {
			throw new AssertionError("sent " + request);
		});
		assertThat(verdict.refusal()).isNotNull();
		assertThat(verdict.refusal().stage()).isEqualTo(Refusal.Stage.REQUEST);
		assertThat(verdict.refusal().reason()).isEqualTo("'TRACE' HTTP method is unsupported.");
	}

}
