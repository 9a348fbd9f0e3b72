package io.github.corsstarter.policy;

import java.util.stream.Stream;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyTests {

	private static final String APP = "http://localhost:5173";

	private static final PolicySpecs API = PolicySpecs.named("api")
		.allowedOrigins(APP)
		.allowedMethods("get", "PUT", "DELETE", "patch")
		.allowedHeaders("Authorization", "Content-Type", "X-Request-Id");

	private final CorsPolicy policy = API.compilePolicy();

	private final CorsPolicy wildcards = PolicySpecs.named("any")
		.allowedOrigins("*")
		.allowedMethods("*")
		.allowedHeaders("*")
		.compilePolicy();

	static Stream<Arguments> preflights() {
		return Stream.of(verdict("allowed method and headers", "PUT", "authorization,content-type", Reason.NONE),
				verdict("no request headers", "DELETE", null, Reason.NONE),
				verdict("header names compare case-insensitively", "PUT", "Authorization, X-REQUEST-ID", Reason.NONE),
				verdict("spaces and tabs around items are stripped", "PUT", " authorization ,\tcontent-type\t",
						Reason.NONE),
				verdict("empty items are skipped", "PUT", "authorization,,content-type,", Reason.NONE),
				verdict("a header not allowed", "PUT", "authorization,x-custom", Reason.HEADERS),
				verdict("a header with a character outside the token grammar", "PUT", "authorization,x\u00e9",
						Reason.HEADERS),
				verdict("an item holding whitespace other than space and tab", "PUT", "authorization\r\n",
						Reason.HEADERS),
				verdict("a list longer than any browser sends", "PUT", "authorization,".repeat(400),
						Reason.HEADERS_TOO_LONG),
				verdict("a method not allowed", "OPTIONS", null, Reason.METHOD),
				verdict("configured methods are normalised like Fetch normalises them", "GET", null, Reason.NONE),
				verdict("methods outside Fetch's normalised six stay case-sensitive", "PATCH", null, Reason.METHOD),
				verdict("the configured case of such a method is allowed", "patch", null, Reason.NONE),
				verdict("safelisted methods are allowed even when not configured", "POST", "x-request-id",
						Reason.NONE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("preflights")
	void judgesPreflights(String behaviour, String method, String requestHeaders, Reason expected) {
		assertThat(this.policy.checkPreflightRequest(method, requestHeaders)).isEqualTo(expected);
	}

	@Test
	void refusesAPreflightFromAnOriginNotAllowedBeforeLookingAtTheRest() {
		CorsEngine engine = new CorsEngine(PolicySpecs.compile(API.pathPatterns("/**")));
		assertThat(engine.decide(Requests.preflight("/x", "http://localhost:3000", "PUT", "x".repeat(10_000))).reason())
			.isEqualTo(Reason.ORIGIN);
	}

	@Test
	void answersWithTheConfiguredListsComputedAtStartup() {
		assertThat(this.policy.allowOrigin(APP)).isEqualTo(APP);
		assertThat(this.policy.allowMethods("PUT")).isEqualTo("GET, PUT, DELETE, patch");
		assertThat(this.policy.allowHeaders("authorization")).isEqualTo("authorization, content-type, x-request-id");
		assertThat(this.policy.maxAge()).isEqualTo("1800");
		assertThat(this.policy.exposeHeaders()).isNull();
	}

	@Test
	void wildcardsEchoTheRequestedMethodAndHeadersSoAuthorizationIsCovered() {
		assertThat(this.wildcards.allowsOrigin("https://any.test")).isTrue();
		assertThat(this.wildcards.checkPreflightRequest("PROPFIND", "authorization, x-anything"))
			.isEqualTo(Reason.NONE);
		assertThat(this.wildcards.allowOrigin("https://any.test")).isEqualTo("*");
		assertThat(this.wildcards.allowMethods("PROPFIND")).isEqualTo("PROPFIND");
		assertThat(this.wildcards.allowHeaders(" authorization, x-anything ")).isEqualTo("authorization, x-anything");
		assertThat(this.wildcards.allowHeaders(null)).isNull();
	}

	@Test
	void wildcardMethodsStillRefuseValuesThatAreNotMethodTokens() {
		assertThat(this.wildcards.checkPreflightRequest("PUT\r\nX-Evil: 1", null)).isEqualTo(Reason.METHOD);
	}

	@Test
	void credentialedPolicyNamesTheOriginInsteadOfAWildcard() {
		CorsPolicy credentialed = PolicySpecs.named("c")
			.allowedOriginPatterns("https://*.example.com")
			.allowCredentials(true)
			.compilePolicy();
		assertThat(credentialed.allowOrigin("https://app.example.com")).isEqualTo("https://app.example.com");
	}

	@Test
	void explainsEachRejectionNamingThePolicyAndWhatItAllows() {
		CorsEngine engine = new CorsEngine(PolicySpecs.compile(API.pathPatterns("/**")));
		assertThat(explain(engine, Requests.preflight("/x", "http://localhost:3000", "PUT", null)))
			.isEqualTo("origin 'http://localhost:3000' is not allowed by policy 'api' (allowed: " + APP + ")");
		assertThat(explain(engine, Requests.preflight("/x", APP, "PUT", "authorization, x-custom")))
			.isEqualTo("header 'x-custom' is not allowed by policy 'api' "
					+ "(allowed: authorization, content-type, x-request-id)");
		assertThat(explain(engine, Requests.preflight("/x", APP, "PATCH", null)))
			.isEqualTo("method 'PATCH' is not allowed by policy 'api' (allowed: GET, PUT, DELETE, patch)");
	}

	@Test
	void summarisesLongOriginListsInItsDescription() {
		CorsPolicy many = PolicySpecs.named("many")
			.allowedOrigins(
					Stream.iterate(1, (i) -> i + 1).limit(100).map((i) -> "https://a" + i + ".example").toList())
			.compilePolicy();
		assertThat(many.toString()).contains("https://a5.example and 95 more").doesNotContain("https://a6.example");
	}

	@ParameterizedTest(name = "{0} with request headers {1}: preflighted {2}")
	@CsvSource(nullValues = "-",
			value = { "GET, -, false", "get, -, false", "HEAD, -, false", "POST, -, false", "Post, -, false",
					"POST, authorization, true", "PUT, -, true", "DELETE, -, true", "patch, -, true", "GETX, -, true" })
	void tellsWhichRequestsBrowsersPreflight(String method, String nonSafelistedRequestHeaders, boolean preflighted) {
		assertThat(CorsPolicy.isPreflightedByBrowsers(method, nonSafelistedRequestHeaders)).isEqualTo(preflighted);
	}

	private static String explain(CorsEngine engine, CorsRequest request) {
		return engine.decide(request).explain(request);
	}

	private static Arguments verdict(String behaviour, String method, String requestHeaders, Reason expected) {
		return Arguments.of(behaviour, method, requestHeaders, expected);
	}

}
