package io.github.corsstarter.policy;

import java.util.stream.Stream;

import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyTests {

	private static final String APP = "http://localhost:5173";

	private final CorsPolicy policy = PolicySpecs.named("api")
		.allowedOrigins(APP)
		.allowedMethods("get", "PUT", "DELETE", "patch")
		.allowedHeaders("Authorization", "Content-Type", "X-Request-Id")
		.compilePolicy();

	private final CorsPolicy wildcards = PolicySpecs.named("any")
		.allowedOrigins("*")
		.allowedMethods("*")
		.allowedHeaders("*")
		.compilePolicy();

	static Stream<Arguments> preflights() {
		return Stream.of(
				verdict("allowed method and headers", "PUT", "authorization,content-type", PreflightVerdict.ALLOWED),
				verdict("no request headers", "DELETE", null, PreflightVerdict.ALLOWED),
				verdict("header names compare case-insensitively", "PUT", "Authorization, X-REQUEST-ID",
						PreflightVerdict.ALLOWED),
				verdict("spaces and tabs around items are stripped", "PUT", " authorization ,\tcontent-type\t",
						PreflightVerdict.ALLOWED),
				verdict("empty items are skipped", "PUT", "authorization,,content-type,", PreflightVerdict.ALLOWED),
				verdict("a header not allowed", "PUT", "authorization,x-custom", PreflightVerdict.HEADERS_NOT_ALLOWED),
				verdict("a header with a character outside the token grammar", "PUT", "authorization,x\u00e9",
						PreflightVerdict.HEADERS_NOT_ALLOWED),
				verdict("an item holding whitespace other than space and tab", "PUT", "authorization\r\n",
						PreflightVerdict.HEADERS_NOT_ALLOWED),
				verdict("a list longer than any browser sends", "PUT", "authorization,".repeat(400),
						PreflightVerdict.HEADERS_TOO_LONG),
				verdict("a method not allowed", "OPTIONS", null, PreflightVerdict.METHOD_NOT_ALLOWED),
				verdict("configured methods are normalised like Fetch normalises them", "GET", null,
						PreflightVerdict.ALLOWED),
				verdict("methods outside Fetch's normalised six stay case-sensitive", "PATCH", null,
						PreflightVerdict.METHOD_NOT_ALLOWED),
				verdict("the configured case of such a method is allowed", "patch", null, PreflightVerdict.ALLOWED),
				verdict("safelisted methods are allowed even when not configured", "POST", "x-request-id",
						PreflightVerdict.ALLOWED));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("preflights")
	void judgesPreflights(String behaviour, String method, String requestHeaders, PreflightVerdict expected) {
		assertThat(this.policy.checkPreflight(APP, method, requestHeaders)).isEqualTo(expected);
	}

	@Test
	void refusesAPreflightFromAnOriginNotAllowedBeforeLookingAtTheRest() {
		assertThat(this.policy.checkPreflight("http://localhost:3000", "PUT", "x".repeat(10_000)))
			.isEqualTo(PreflightVerdict.ORIGIN_NOT_ALLOWED);
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
		assertThat(this.wildcards.checkPreflight("https://any.test", "PROPFIND", "authorization, x-anything"))
			.isEqualTo(PreflightVerdict.ALLOWED);
		assertThat(this.wildcards.allowOrigin("https://any.test")).isEqualTo("*");
		assertThat(this.wildcards.allowMethods("PROPFIND")).isEqualTo("PROPFIND");
		assertThat(this.wildcards.allowHeaders(" authorization, x-anything ")).isEqualTo("authorization, x-anything");
		assertThat(this.wildcards.allowHeaders(null)).isNull();
	}

	@Test
	void wildcardMethodsStillRefuseValuesThatAreNotMethodTokens() {
		assertThat(this.wildcards.checkPreflight("https://any.test", "PUT\r\nX-Evil: 1", null))
			.isEqualTo(PreflightVerdict.METHOD_NOT_ALLOWED);
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
		assertThat(this.policy.explainOrigin("http://localhost:3000"))
			.isEqualTo("origin 'http://localhost:3000' is not allowed by policy 'api' (allowed: " + APP + ")");
		assertThat(this.policy.explainHeaders("authorization, x-custom"))
			.isEqualTo("header 'x-custom' is not allowed by policy 'api' "
					+ "(allowed: authorization, content-type, x-request-id)");
		assertThat(this.policy.explainMethod("PATCH"))
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

	private static Arguments verdict(String behaviour, String method, String requestHeaders,
			PreflightVerdict expected) {
		return Arguments.of(behaviour, method, requestHeaders, expected);
	}

}
