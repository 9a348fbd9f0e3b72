package io.github.corsstarter.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.corsstarter.actuate.CorsDescriptors.DryRun;
import io.github.corsstarter.actuate.CorsEndpoint;
import io.github.corsstarter.actuate.RecentRejections;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.actuate.endpoint.Show;

import static io.github.corsstarter.web.AdapterContractTests.METHOD_REJECTED;
import static io.github.corsstarter.web.AdapterContractTests.ONLY_VARY_ORIGIN;
import static io.github.corsstarter.web.AdapterContractTests.ORIGIN_REJECTED;
import static io.github.corsstarter.web.AdapterContractTests.PREFLIGHT_VARY;
import static io.github.corsstarter.web.AdapterContractTests.rejected;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static io.github.corsstarter.web.TestRequest.preflight;
import static io.github.corsstarter.web.TestRequest.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy with an origin resolver answers, on both stacks, exactly as if the origins the
 * resolver allows were configured: from the resolver's cache at once, or once a lookup
 * (on another thread) answers; a failed lookup is a rejection.
 */
class ResolverAdapterTests {

	private static final String APP = "http://localhost:5173";

	private static final String TENANT = "https://tenant.example";

	private final FakeLookup lookup = new FakeLookup();

	private final CorsEngine engine = new CorsEngine(PolicySpecs
		.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", this.lookup)),
				PolicySpecs.named("api")
					.pathPatterns("/api/**")
					.allowedOrigins(APP)
					.allowedMethods("GET", "PUT")
					.originResolver("tenants")
					.crossOriginProtection(true))
		.orThrow());

	private static final Map<String, List<String>> TENANT_PREFLIGHT = expected("Access-Control-Allow-Origin", TENANT,
			"Access-Control-Allow-Methods", "GET, PUT", "Access-Control-Max-Age", "1800", "Vary", PREFLIGHT_VARY);

	@AfterEach
	void stop() {
		this.lookup.answers.shutdownNow();
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void anOriginTheResolverAllowsIsAnsweredOnceTheLookupAnswers(Stack stack) throws Exception {
		this.lookup.answer(TENANT, true);
		Exchanged exchanged = stack.exchange(this.engine, preflight("/api/notes/1", TENANT, "PUT", null));
		assertThat(exchanged.status()).isEqualTo(204);
		assertThat(exchanged.headers()).isEqualTo(TENANT_PREFLIGHT);
		assertThat(this.lookup.lookups).hasValue(1);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aCachedAnswerIsUsedWithoutALookup(Stack stack) throws Exception {
		this.lookup.known.put(TENANT, OriginLookup.Known.ALLOWED);
		Exchanged allowed = stack.exchange(this.engine, request("GET", "/api/notes", TENANT));
		assertThat(allowed.headers()).isEqualTo(expected("Access-Control-Allow-Origin", TENANT, "Vary", "Origin"));
		this.lookup.known.put(TENANT, OriginLookup.Known.DENIED);
		Exchanged denied = stack.exchange(this.engine, preflight("/api/notes/1", TENANT, "PUT", null));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body()).isEqualTo(ORIGIN_REJECTED);
		assertThat(this.lookup.lookups).hasValue(0);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void anOriginTheResolverRefusesGetsNoCorsHeaders(Stack stack) throws Exception {
		this.lookup.answer(TENANT, false);
		Exchanged actual = stack.exchange(this.engine, request("GET", "/api/notes", TENANT));
		assertThat(actual.reachedApplication()).isTrue();
		assertThat(actual.headers()).isEqualTo(ONLY_VARY_ORIGIN);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void aFailedLookupIsARejectionNeverAnError(Stack stack) throws Exception {
		this.lookup.fail(TENANT);
		Exchanged exchanged = stack.exchange(this.engine, preflight("/api/notes/1", TENANT, "PUT", null));
		assertThat(exchanged.status()).isEqualTo(403);
		assertThat(exchanged.headers()).isEqualTo(rejected(ORIGIN_REJECTED));
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void anOriginTheResolverAllowsStillAsksOnlyForWhatThePolicyAllows(Stack stack) throws Exception {
		this.lookup.answer(TENANT, true);
		Exchanged exchanged = stack.exchange(this.engine, preflight("/api/notes/1", TENANT, "DELETE", null));
		assertThat(exchanged.status()).isEqualTo(403);
		assertThat(exchanged.body()).isEqualTo(METHOD_REJECTED);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void configuredOriginsAndSeveralOriginsNeverAskTheResolver(Stack stack) throws Exception {
		stack.exchange(this.engine, preflight("/api/notes/1", APP, "PUT", null));
		Exchanged several = stack.exchange(this.engine, request("GET", "/api/notes", TENANT).header("Origin", TENANT));
		assertThat(several.headers()).isEqualTo(ONLY_VARY_ORIGIN);
		assertThat(this.lookup.lookups).hasValue(0);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void crossOriginProtectionLetsThroughAnOriginTheResolverAllows(Stack stack) throws Exception {
		this.lookup.answer(TENANT, true);
		Exchanged exchanged = stack.exchange(this.engine, crossSitePost());
		assertThat(exchanged.reachedApplication()).isTrue();
		assertThat(exchanged.headers()).isEqualTo(expected("Access-Control-Allow-Origin", TENANT, "Vary", "Origin"));
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void crossOriginProtectionRefusesAnOriginTheResolverRefusesOrCannotAnswerFor(Stack stack) throws Exception {
		this.lookup.answer(TENANT, false);
		Exchanged refused = stack.exchange(this.engine, crossSitePost());
		this.lookup.fail(TENANT);
		Exchanged failed = stack.exchange(this.engine, crossSitePost());
		for (Exchanged exchanged : List.of(refused, failed)) {
			assertThat(exchanged.reachedApplication()).isFalse();
			assertThat(exchanged.status()).isEqualTo(403);
			assertThat(exchanged.body()).isEqualTo(CrossOriginProtectionRows.REFUSED);
		}
		assertThat(this.lookup.lookups).hasValue(2);
	}

	private static TestRequest crossSitePost() {
		return request("POST", "/api/notes", TENANT).header("Sec-Fetch-Site", "cross-site");
	}

	/**
	 * Values no browser sends as an origin: a resolver that says yes to each (a table
	 * holding {@code null}, an {@code endsWith(".tenant.example")} check) must never be
	 * asked, nor its yes echoed.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("notOriginsOnEveryStack")
	void aValueThatIsNoOriginIsRefusedWithoutAskingTheResolver(Stack stack, String notAnOrigin) throws Exception {
		this.lookup.answer(notAnOrigin, true);
		Exchanged preflight = stack.exchange(this.engine, preflight("/api/notes/1", notAnOrigin, "PUT", null));
		Exchanged actual = stack.exchange(this.engine, request("GET", "/api/notes", notAnOrigin));
		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.headers()).isEqualTo(rejected(ORIGIN_REJECTED));
		assertThat(actual.headers()).isEqualTo(ONLY_VARY_ORIGIN);
		assertThat(this.lookup.lookups).hasValue(0);
	}

	static Stream<Arguments> notOriginsOnEveryStack() {
		return Arrays.stream(Stack.values())
			.flatMap((stack) -> Stream
				.of("null", "https://tenant.example/", "https://tenant.example/path", "https://user@tenant.example",
						"https://Tenant.example", "HTTPS://tenant.example", "tenant.example",
						"https://evil.com/.tenant.example", "garbage.tenant.example", "zz123", "http://127.1",
						"https://tenant.example:443")
				.map((value) -> Arguments.of(stack, value)));
	}

	@Test
	void theDryRunSaysAValueIsNoOriginAndNeverAsksTheResolver() {
		this.lookup.answer("https://evil.com/.tenant.example", true);
		Object dryRun = new CorsEndpoint(this.engine, null, null, new RecentRejections(Clock.systemUTC()), Show.ALWAYS)
			.cors("https://evil.com/.tenant.example", "PUT", "/api/notes/1", null);
		assertThat(dryRun).isInstanceOfSatisfying(DryRun.class, (run) -> {
			assertThat(run.preflight().outcome()).isEqualTo("rejected");
			assertThat(run.preflight().explanation()).endsWith("; it is not an origin as browsers send it "
					+ "(scheme://host[:port]), so origin resolver 'tenants' was not asked");
			assertThat(run.actual().explanation()).endsWith("so origin resolver 'tenants' was not asked");
		});
		assertThat(this.lookup.lookups).hasValue(0);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void anOriginNoCandidatePatternMatchesIsRefusedWithoutALookup(Stack stack) throws Exception {
		CorsEngine engine = new CorsEngine(PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", this.lookup)),
					PolicySpecs.named("api")
						.pathPatterns("/api/**")
						.allowedMethods("GET", "PUT")
						.originResolver("tenants")
						.candidatePatterns("https://*.tenants.example", TENANT))
			.orThrow());
		this.lookup.answer(TENANT, true);
		this.lookup.answer("https://other.example", true);
		Exchanged candidate = stack.exchange(engine, preflight("/api/notes/1", TENANT, "PUT", null));
		Exchanged other = stack.exchange(engine, preflight("/api/notes/1", "https://other.example", "PUT", null));
		assertThat(candidate.headers()).isEqualTo(TENANT_PREFLIGHT);
		assertThat(other.headers()).isEqualTo(rejected(ORIGIN_REJECTED));
		assertThat(this.lookup.lookups).hasValue(1);
		Object dryRun = new CorsEndpoint(engine, null, null, new RecentRejections(Clock.systemUTC()), Show.ALWAYS)
			.cors("https://other.example", "PUT", "/api/notes/1", null);
		assertThat(dryRun).isInstanceOfSatisfying(DryRun.class,
				(run) -> assertThat(run.preflight().explanation()).endsWith("; it matches none of "
						+ "origin-resolver.candidate-patterns [https://*.tenants.example, https://tenant.example], so "
						+ "origin resolver 'tenants' was not asked"));
	}

	/**
	 * A resolver whose answers arrive on another thread, a little later, as a database's
	 * would.
	 */
	private static final class FakeLookup implements OriginLookup {

		final Map<String, Known> known = new ConcurrentHashMap<>();

		final Map<String, Boolean> answersByOrigin = new ConcurrentHashMap<>();

		final AtomicInteger lookups = new AtomicInteger();

		final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();

		void answer(String origin, boolean allowed) {
			this.answersByOrigin.put(origin, allowed);
		}

		void fail(String origin) {
			this.answersByOrigin.remove(origin);
		}

		@Override
		public String name() {
			return "tenants";
		}

		@Override
		public Known known(String origin) {
			return this.known.getOrDefault(origin, Known.UNKNOWN);
		}

		@Override
		public CompletableFuture<Boolean> lookup(String origin) {
			this.lookups.incrementAndGet();
			CompletableFuture<Boolean> answer = new CompletableFuture<>();
			this.answers.schedule(() -> {
				Boolean allowed = this.answersByOrigin.get(origin);
				if (allowed != null) {
					answer.complete(allowed);
				}
				else {
					answer.completeExceptionally(new IllegalStateException("database down"));
				}
			}, 20, TimeUnit.MILLISECONDS);
			return answer;
		}

	}

}
