package io.github.corsstarter.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.policy.Reason;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.Lookups;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-line explanations of decisions (the DEBUG log and the Actuator dry run show
 * them), for every kind of decision, with and without an origin resolver.
 */
class ExplanationTests {

	private static final String APP = "https://app.example";

	private static final String TENANT = "https://tenant.example";

	private static final String PNA = "Access-Control-Request-Private-Network";

	private static final String PNA_NOTE = "; private network access was requested but the policy does not set "
			+ "allow-private-network, so the browser fails the preflight";

	private final CorsEngine listed = new CorsEngine(PolicySpecs.compile(
			PolicySpecs.named("api").pathPatterns("/api/**").allowedOrigins(APP).allowedMethods("PUT"),
			PolicySpecs.named("lan")
				.pathPatterns("/lan/**")
				.allowedOrigins(APP)
				.allowedMethods("PUT")
				.allowPrivateNetwork(true)));

	static Stream<Arguments> withoutResolver() {
		return Stream.of(
				Arguments.of("a path no policy covers", request("GET", "/other", "Origin", APP),
						"no policy covers path '/other'"),
				Arguments.of("no Origin", request("GET", "/api/notes"),
						"no Origin header, so no CORS request (policy 'api')"),
				Arguments.of("an allowed actual request", request("GET", "/api/notes", "Origin", APP),
						"request from origin '" + APP + "' is allowed by policy 'api'"),
				Arguments.of("an allowed preflight", preflight("/api/notes", APP),
						"preflight from origin '" + APP + "' is allowed by policy 'api'"),
				Arguments.of("a preflight asking for the private network the policy does not open",
						preflight("/api/notes", APP, PNA, "true"),
						"preflight from origin '" + APP + "' is allowed by policy 'api'" + PNA_NOTE),
				Arguments.of("a preflight asking for the private network the policy opens",
						preflight("/lan/printer", APP, PNA, "true"),
						"preflight from origin '" + APP + "' is allowed by policy 'lan'"),
				Arguments.of("a preflight with the private network header set to something else",
						preflight("/api/notes", APP, PNA, "yes"),
						"preflight from origin '" + APP + "' is allowed by policy 'api'"),
				Arguments.of("an actual request carrying the private network header",
						request("GET", "/api/notes", "Origin", APP, PNA, "true"),
						"request from origin '" + APP + "' is allowed by policy 'api'"),
				Arguments.of("an origin not allowed", request("GET", "/api/notes", "Origin", TENANT),
						"origin '" + TENANT + "' is not allowed by policy 'api' (allowed: " + APP + ")"),
				Arguments.of("a method not allowed",
						request("OPTIONS", "/api/notes", "Origin", APP, "Access-Control-Request-Method", "PATCH"),
						"method 'PATCH' is not allowed by policy 'api' (allowed: PUT)"),
				Arguments.of("a header list over the limit",
						request("OPTIONS", "/api/notes", "Origin", APP, "Access-Control-Request-Method", "PUT",
								"Access-Control-Request-Headers", "x".repeat(5000)),
						"Access-Control-Request-Headers is 5000 characters long, over the 4096 read by policy 'api'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("withoutResolver")
	void explainsEachDecisionOfAPolicyWithoutResolver(String behaviour, CorsRequest request, String explanation) {
		assertThat(this.listed.decide(request).explain(request)).isEqualTo(explanation);
	}

	@Test
	void onlyAPathNoPolicyCoversIsNotCoveredAndOnlyRefusalsAreRejections() {
		CorsRequest uncovered = request("GET", "/other", "Origin", APP);
		CorsRequest allowed = request("GET", "/api/notes", "Origin", APP);
		CorsRequest refused = request("GET", "/api/notes", "Origin", TENANT);
		assertThat(this.listed.decide(uncovered).isCovered()).isFalse();
		assertThat(this.listed.decide(allowed).isCovered()).isTrue();
		assertThat(this.listed.decide(uncovered).isRejected()).isFalse();
		assertThat(this.listed.decide(allowed).isRejected()).isFalse();
		assertThat(this.listed.decide(refused).isRejected()).isTrue();
	}

	static Stream<Arguments> resolverAnswers() {
		String refused = "origin '" + TENANT + "' is not allowed by policy 'api' (allowed: none); "
				+ "origin resolver 'tenants' ";
		return Stream.of(
				Arguments.of("a yes", Lookups.answering(() -> CompletableFuture.completedFuture(true)),
						"preflight from origin '" + TENANT
								+ "' is allowed by policy 'api' (its origin resolver 'tenants' answered yes)"),
				Arguments.of("a no", Lookups.answering(() -> CompletableFuture.completedFuture(false)),
						refused + "answered no"),
				Arguments.of("no answer yet", Lookups.answering(CompletableFuture::new),
						"preflight from origin '" + TENANT
								+ "' is waiting for origin resolver 'tenants' of policy 'api'"),
				Arguments.of("a time-out", failure(new TimeoutException()), refused
						+ "could not answer (no answer within its timeout), so it is not allowed for this request"),
				Arguments.of("a wrapped time-out", failure(new CompletionException(new TimeoutException())), refused
						+ "could not answer (no answer within its timeout), so it is not allowed for this request"),
				Arguments.of("a wrapped failure",
						failure(new CompletionException(new IllegalStateException("db down"))),
						refused + "could not answer (db down), so it is not allowed for this request"),
				Arguments.of("a failure with a cause of its own",
						failure(new IllegalStateException("db down", new IllegalArgumentException("bad row"))),
						refused + "could not answer (db down), so it is not allowed for this request"),
				Arguments.of("a completion failure without a cause", failure(new CompletionException("gave up", null)),
						refused + "could not answer (gave up), so it is not allowed for this request"),
				Arguments.of("a failure without a message", failure(new IllegalStateException()),
						refused + "could not answer (IllegalStateException), so it is not allowed for this request"),
				Arguments.of("a resolver that throws", Lookups.answering(() -> {
					throw new IllegalStateException("pool closed");
				}), refused + "could not answer (pool closed), so it is not allowed for this request"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resolverAnswers")
	void explainsWhatTheOriginResolverAnswered(String behaviour, OriginLookup resolver, String explanation) {
		CorsEngine engine = new CorsEngine(PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", resolver)),
					PolicySpecs.named("api").pathPatterns("/api/**").allowedMethods("PUT").originResolver("tenants"))
			.orThrow());
		CorsRequest preflight = preflight("/api/notes", TENANT);
		CorsDecision decision = engine.decide(preflight);
		assertThat(decision.explain(preflight)).isEqualTo(explanation);
	}

	private static CorsRequest preflight(String path, String origin, String... moreHeaders) {
		String[] headers = new String[4 + moreHeaders.length];
		headers[0] = "Origin";
		headers[1] = origin;
		headers[2] = "Access-Control-Request-Method";
		headers[3] = "PUT";
		System.arraycopy(moreHeaders, 0, headers, 4, moreHeaders.length);
		return request("OPTIONS", path, headers);
	}

	private static CorsRequest request(String method, String path, String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < headers.length; i += 2) {
			map.put(headers[i], headers[i + 1]);
		}
		return Requests.of(method, path, map);
	}

	private static OriginLookup failure(Throwable failure) {
		return Lookups.answering(() -> CompletableFuture.failedFuture(failure));
	}

}
