package io.github.corsstarter.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.github.corsstarter.engine.CorsDecision.Kind;
import io.github.corsstarter.policy.Reason;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.Lookups;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.Requests;
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
		return new CorsEngine(PolicySpecs
			.compilation(
					CompileContext.withBundledPublicSuffixList()
						.withOriginLookups(Map.of("api", Lookups.answering(answer))),
					PolicySpecs.named("api").pathPatterns("/api/**").allowedMethods("PUT").originResolver("tenants"))
			.orThrow());
	}

	private static CorsRequest preflight() {
		return Requests.preflight("/api/notes/1", TENANT, "PUT", null);
	}

}
