package io.github.corsstarter.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.Reason;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.Lookups;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.Requests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-origin protection in the engine: origins an origin source lists or a resolver
 * allows are let through as configured ones are, a resolver that says no or cannot answer
 * means a refusal, each refusal is explained by the branch of the rule that refused it,
 * and the server's own origin is serialized as browsers send {@code Origin}.
 */
class CrossOriginProtectionDecisionTests {

	private static final String OWN = "https://api.example";

	private static final String APP = "https://app.example";

	private static final String LISTED = "https://listed.example";

	private static final ListedOrigins PARTNERS = new ListedOrigins("partners", Set.of(LISTED), List.of());

	private static final String TENANT = "https://tenant.example";

	private static final String EVIL = "https://evil.test";

	private final Lookups resolver = Lookups.answering(CompletableFuture.completedFuture(false));

	private final CorsEngine engine = new CorsEngine(PolicySpecs
		.compilation(
				CompileContext.withBundledPublicSuffixList()
					.withListedOrigins(Map.of("partners", PARTNERS))
					.withOriginLookups(Map.of("api", this.resolver)),
				PolicySpecs.named("api")
					.pathPatterns("/api/**")
					.allowedOrigins(APP)
					.allowCredentials(true)
					.crossOriginProtection(true)
					.originResolver("tenants")
					.originSource("partners"))
		.orThrow());

	@Test
	void anOriginTheSourceListsPassesWithItsCorsHeaders() {
		CorsDecision decision = this.engine.decide(post(LISTED, "cross-site"));
		assertThat(decision.isAllowed()).isTrue();
		assertThat(decision.isAnsweredHere()).isFalse();
		assertThat(decision.status()).isZero();
	}

	@Test
	void anOriginTheResolverAllowsPasses() {
		this.resolver.answer(CompletableFuture.completedFuture(true));
		CorsDecision decision = this.engine.decide(post(TENANT, "cross-site"));
		assertThat(decision.isAllowed()).isTrue();
		assertThat(decision.isByResolver()).isTrue();
	}

	@Test
	void anOriginTheResolverRefusesIsRefusedHereWith403() {
		this.resolver.answer(CompletableFuture.completedFuture(false));
		CorsRequest request = post(TENANT, "cross-site");
		CorsDecision decision = this.engine.decide(request);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL);
		assertThat(decision.reason()).isEqualTo(Reason.CROSS_ORIGIN_REQUEST);
		assertThat(decision.isAnsweredHere()).isTrue();
		assertThat(decision.status()).isEqualTo(403);
		assertThat(new String(decision.body(), StandardCharsets.UTF_8))
			.isEqualTo("Cross-origin request rejected: origin not allowed to send this request\n");
		assertThat(decision.explain(request))
			.startsWith("POST refused by the cross-origin protection of policy 'api': Sec-Fetch-Site is 'cross-site', "
					+ "and origin '" + TENANT + "' is not allowed by policy 'api' (allowed: " + APP)
			.endsWith("; origin resolver 'tenants' answered no");
	}

	@Test
	void aResolverThatCannotAnswerMeansARefusalWithWhy() {
		this.resolver.answer(CompletableFuture.failedFuture(new IllegalStateException("db down")));
		CorsRequest request = post(TENANT, "same-site");
		CorsDecision decision = this.engine.decide(request);
		assertThat(decision.reason()).isEqualTo(Reason.CROSS_ORIGIN_REQUEST);
		assertThat(decision.status()).isEqualTo(403);
		assertThat(decision.explain(request))
			.endsWith("origin resolver 'tenants' could not answer (db down), " + "so it is not allowed");
	}

	@Test
	void aResolverThatCannotAnswerASafeRequestLeavesItWithoutCorsHeadersAsBefore() {
		this.resolver.answer(CompletableFuture.failedFuture(new IllegalStateException("db down")));
		CorsDecision decision = this.engine.decide(request("GET", TENANT, "cross-site"));
		assertThat(decision.reason()).isEqualTo(Reason.ORIGIN_LOOKUP_FAILED);
		assertThat(decision.isAnsweredHere()).isFalse();
	}

	@Test
	void aResolverIsNotNeededForTheServersOwnOrigin() {
		this.resolver.answer(CompletableFuture.completedFuture(false));
		CorsDecision decision = this.engine.decide(post(OWN, null));
		assertThat(decision.reason()).isEqualTo(Reason.ORIGIN);
		assertThat(decision.isAnsweredHere()).isFalse();
	}

	@Test
	void explainsARefusalWithoutSecFetchSiteByTheServersOwnOrigin() {
		this.resolver.answer(CompletableFuture.completedFuture(false));
		CorsRequest request = post(EVIL, null);
		assertThat(this.engine.decide(request).explain(request))
			.startsWith("POST refused by the cross-origin protection of policy 'api': there is no Sec-Fetch-Site "
					+ "and the Origin is not this server's origin '" + OWN + "', and origin '" + EVIL + "'");
	}

	@Test
	void explainsARefusalWithoutOrigin() {
		CorsRequest request = request("PUT", null, "cross-site");
		CorsDecision decision = this.engine.decide(request);
		assertThat(decision.kind()).isEqualTo(Kind.ACTUAL);
		assertThat(decision.explain(request)).isEqualTo("PUT refused by the cross-origin protection of policy 'api': "
				+ "Sec-Fetch-Site is 'cross-site', and there is no Origin");
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			http  | api.example | 80   | http://api.example
			http  | api.example | 8080 | http://api.example:8080
			https | api.example | 443  | https://api.example
			https | api.example | 80   | https://api.example:80
			http  | api.example | 443  | http://api.example:443
			HTTPS | API.Example | -1   | https://api.example
			http  | [::1]       | 8080 | http://[::1]:8080
			http  | ::1         | 8080 | http://[::1]:8080
			http  | 127.0.0.1   | -1   | http://127.0.0.1
			-     | api.example | 80   | -
			http  | -           | 80   | -
			http  | ''          | 80   | -
			""")
	void serializesTheServersOwnOriginAsBrowsersSendOrigin(@Nullable String scheme, @Nullable String host, int port,
			@Nullable String origin) {
		assertThat(CorsRequest.serializeOrigin(scheme, host, port)).isEqualTo(origin);
	}

	private static CorsRequest post(String origin, @Nullable String site) {
		return request("POST", origin, site);
	}

	private static CorsRequest request(String method, @Nullable String origin, @Nullable String site) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (origin != null) {
			headers.put("Origin", origin);
		}
		if (site != null) {
			headers.put("Sec-Fetch-Site", site);
		}
		return Requests.of(method, "/api/notes", headers, OWN);
	}

}
