package io.github.corsstarter.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.policy.Reason;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.PolicySpecs;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lookup whose answer is already there when the resolver returns it (a refusal over the
 * lookup bounds, above all) is decided at once: the request never waits, and a flood of
 * unknown origins costs no more than a rejection.
 */
class OriginLookupDecisionTests {

	private static final String TENANT = "https://tenant.example";

	@Test
	void aLookupAnsweredAtOnceIsDecidedWithoutWaiting() {
		CorsDecision decision = engine(CompletableFuture.completedFuture(true)).decide(preflight());
		assertThat(decision.isPending()).isFalse();
		assertThat(decision.isAllowed()).isTrue();
		assertThat(decision.isByResolver()).isTrue();
	}

	@Test
	void aLookupRefusedAtOnceIsARejectionWithoutWaiting() {
		CorsDecision decision = engine(
				CompletableFuture.failedFuture(new RejectedExecutionException("over the limits")))
			.decide(preflight());
		assertThat(decision.isPending()).isFalse();
		assertThat(decision.kind()).isEqualTo(Kind.PREFLIGHT);
		assertThat(decision.reason()).isEqualTo(Reason.ORIGIN_LOOKUP_FAILED);
	}

	@Test
	void aLookupStillRunningWaitsForItsAnswer() {
		CompletableFuture<Boolean> answer = new CompletableFuture<>();
		CorsDecision decision = engine(answer).decide(preflight());
		assertThat(decision.isPending()).isTrue();
		answer.complete(false);
		assertThat(decision.resolution().join().reason()).isEqualTo(Reason.ORIGIN);
	}

	private static CorsEngine engine(CompletableFuture<Boolean> answer) {
		OriginLookup lookup = new OriginLookup() {

			@Override
			public String name() {
				return "tenants";
			}

			@Override
			public Known known(String origin) {
				return Known.UNKNOWN;
			}

			@Override
			public CompletableFuture<Boolean> lookup(String origin) {
				return answer;
			}

		};
		return new CorsEngine(PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withOriginLookups(Map.of("api", lookup)),
					PolicySpecs.named("api").pathPatterns("/api/**").allowedMethods("PUT").originResolver("tenants"))
			.orThrow());
	}

	private static CorsRequest preflight() {
		return new CorsRequest() {

			@Override
			protected String readPath() {
				return "/api/notes/1";
			}

			@Override
			protected String readMethod() {
				return "OPTIONS";
			}

			@Override
			protected @Nullable String readHeader(String name) {
				return switch (name) {
					case "Origin" -> TENANT;
					case "Access-Control-Request-Method" -> "PUT";
					default -> null;
				};
			}

			@Override
			protected boolean hasSeveralValues(String name) {
				return false;
			}

		};
	}

}
