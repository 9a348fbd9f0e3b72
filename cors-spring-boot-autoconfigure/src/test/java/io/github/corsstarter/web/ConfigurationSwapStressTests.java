package io.github.corsstarter.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;

import static io.github.corsstarter.web.AdapterContractTests.PREFLIGHT_VARY;
import static io.github.corsstarter.web.ResponseHeaders.expected;
import static io.github.corsstarter.web.TestRequest.preflight;
import static io.github.corsstarter.web.TestRequest.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swapping configurations while requests run: every response, on either stack, is
 * answered entirely by the old or entirely by the new configuration, never a mix of the
 * two.
 */
class ConfigurationSwapStressTests {

	private static final String APP = "http://localhost:5173";

	private static final CompiledCorsConfiguration A = PolicySpecs.compile(PolicySpecs.named("api")
		.pathPatterns("/api/**")
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT")
		.exposedHeaders("X-A")
		.maxAge(Duration.ofSeconds(100)));

	private static final CompiledCorsConfiguration B = PolicySpecs.compile(PolicySpecs.named("api")
		.pathPatterns("/api/**")
		.allowedOrigins(APP)
		.allowedMethods("GET", "PUT", "DELETE")
		.exposedHeaders("X-B")
		.maxAge(Duration.ofSeconds(200)));

	private static final Set<Map<String, List<String>>> PREFLIGHTS = Set.of(
			expected("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "GET, PUT",
					"Access-Control-Max-Age", "100", "Vary", PREFLIGHT_VARY),
			expected("Access-Control-Allow-Origin", APP, "Access-Control-Allow-Methods", "GET, PUT, DELETE",
					"Access-Control-Max-Age", "200", "Vary", PREFLIGHT_VARY));

	private static final Set<Map<String, List<String>>> ACTUALS = Set.of(
			expected("Access-Control-Allow-Origin", APP, "Access-Control-Expose-Headers", "x-a", "Vary", "Origin"),
			expected("Access-Control-Allow-Origin", APP, "Access-Control-Expose-Headers", "x-b", "Vary", "Origin"));

	@Test
	void everyResponseComesEntirelyFromOneConfigurationWhileTheyAreSwappedHundredsOfTimes() throws Exception {
		CorsEngine engine = new CorsEngine(A);
		AtomicBoolean swapping = new AtomicBoolean(true);
		Map<Map<String, List<String>>, Boolean> seen = new ConcurrentHashMap<>();
		ExecutorService threads = Executors.newFixedThreadPool(9);
		List<Future<Integer>> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Stack stack = Stack.values()[i % 2];
			boolean preflights = (i / 2) % 2 == 0;
			clients.add(threads.submit(() -> {
				int requests = 0;
				while (swapping.get() || requests < 200) {
					Exchanged exchanged = stack.exchange(engine, preflights
							? preflight("/api/notes/1", APP, "PUT", null) : request("GET", "/api/notes", APP));
					assertThat(exchanged.headers()).as("%s %s", stack, preflights ? "preflight" : "request")
						.isIn(preflights ? PREFLIGHTS : ACTUALS);
					seen.put(exchanged.headers(), true);
					requests++;
				}
				return requests;
			}));
		}
		Future<?> swapper = threads.submit(() -> {
			for (int swap = 0; swap < 500; swap++) {
				engine.install((swap % 2 == 0) ? B : A);
				// Long enough for requests to run between swaps, short enough for
				// hundreds of swaps in a second.
				LockSupport.parkNanos(1_000_000);
			}
			swapping.set(false);
		});
		swapper.get(60, TimeUnit.SECONDS);
		for (Future<Integer> client : clients) {
			// Rethrows what a client's assertion found.
			client.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		assertThat(seen.keySet()).as("both configurations answered").containsAll(PREFLIGHTS).containsAll(ACTUALS);
	}

}
