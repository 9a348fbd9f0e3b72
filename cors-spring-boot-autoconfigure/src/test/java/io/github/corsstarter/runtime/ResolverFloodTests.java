package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.web.Exchanged;
import io.github.corsstarter.web.Stack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.corsstarter.web.TestRequest.preflight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a flood of values no browser sends, or of origins that cannot be a tenant's, new
 * legitimate origins are still allowed on their first request, on both stacks: the flood
 * takes none of the resolver's lookup budget. The filters and the resolver's real bounded
 * lookup (50 lookups a second, 4 at once) are used; {@value #FLOOD_PER_ORIGIN} flood
 * preflights come before each of {@value #NEW_ORIGINS} new origins.
 */
class ResolverFloodTests {

	private static final int NEW_ORIGINS = 40;

	private static final int FLOOD_PER_ORIGIN = 25;

	private final ExecutorService lookups = Executors.newFixedThreadPool(4);

	private final AtomicInteger asked = new AtomicInteger();

	@AfterEach
	void stop() {
		this.lookups.shutdownNow();
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void newOriginsAreAllowedOnTheirFirstRequestUnderAFloodOfValuesThatAreNoOrigins(Stack stack) throws Exception {
		CorsEngine engine = engine(
				PolicySpecs.named("api").pathPatterns("/api/**").allowedMethods("PUT").originResolver("tenants"));
		int allowed = newOriginsAllowedUnderFlood(stack, engine, (i) -> switch (i % 6) {
			case 0 -> "zz" + i;
			case 1 -> "null";
			case 2 -> "https://evil.com/.tenant.example";
			case 3 -> "garbage" + i + ".tenant.example";
			case 4 -> "https://user@t" + i + ".tenant.example";
			default -> "https://T" + i + ".tenant.example";
		});
		assertThat(allowed).isGreaterThanOrEqualTo(NEW_ORIGINS * 95 / 100);
		assertThat(this.asked).hasValue(NEW_ORIGINS);
	}

	@ParameterizedTest
	@EnumSource(Stack.class)
	void newOriginsAreAllowedOnTheirFirstRequestUnderAFloodOfOriginsThatAreNoCandidates(Stack stack) throws Exception {
		CorsEngine engine = engine(PolicySpecs.named("api")
			.pathPatterns("/api/**")
			.allowedMethods("PUT")
			.originResolver("tenants")
			.candidatePatterns("https://*.tenant.example"));
		int allowed = newOriginsAllowedUnderFlood(stack, engine, (i) -> "https://t" + i + ".flood.example");
		assertThat(allowed).isGreaterThanOrEqualTo(NEW_ORIGINS * 95 / 100);
		assertThat(this.asked).hasValue(NEW_ORIGINS);
	}

	/** How many new legitimate origins got a 204 on their first preflight. */
	private int newOriginsAllowedUnderFlood(Stack stack, CorsEngine engine, IntFunction<String> flood)
			throws Exception {
		int allowed = 0;
		int sent = 0;
		for (int origin = 0; origin < NEW_ORIGINS; origin++) {
			for (int i = 0; i < FLOOD_PER_ORIGIN; i++) {
				Exchanged refused = stack.exchange(engine, preflight("/api/notes", flood.apply(sent++), "PUT", null));
				assertThat(refused.status()).isEqualTo(403);
			}
			Exchanged exchanged = stack.exchange(engine,
					preflight("/api/notes", "https://new" + origin + ".tenant.example", "PUT", null));
			if (exchanged.status() == 204) {
				allowed++;
			}
		}
		return allowed;
	}

	private CorsEngine engine(PolicySpecs policy) {
		CachingOriginLookup lookup = new CachingOriginLookup(new CachingOriginLookup.ResolverSettings("tenants",
				Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofMinutes(1), 10_000, 4, 50),
				() -> (AllowedOriginResolver) (origin) -> {
					this.asked.incrementAndGet();
					return origin.endsWith(".tenant.example");
				}, this.lookups);
		return new CorsEngine(PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", lookup)), policy)
			.orThrow());
	}

}
