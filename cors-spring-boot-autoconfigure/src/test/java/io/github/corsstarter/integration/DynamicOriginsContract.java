package io.github.corsstarter.integration;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.corsstarter.runtime.CorsConfigurationManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.github.corsstarter.integration.SecuredApiContract.POLICY;
import static io.github.corsstarter.integration.SecuredApiContract.preflight;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allowed origins that live in a database, over real HTTP: listed by an origin source and
 * refreshed on demand, or looked up one at a time by an origin resolver whose answers are
 * cached and whose lookups are bounded. The same assertions on every stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DynamicOriginsContract {

	private RunningApp app;

	private JdbcClient jdbc;

	private AtomicInteger queries;

	/** Starts the secured API with the database-backed source and resolver. */
	abstract RunningApp start(String... properties);

	@BeforeAll
	void start() {
		this.app = start(Stream.concat(Stream.of(POLICY), Stream.of(OriginTables.PROPERTIES)).toArray(String[]::new));
		this.jdbc = this.app.context().getBean(JdbcClient.class);
		this.queries = this.app.context().getBean("resolverQueries", AtomicInteger.class);
	}

	@AfterAll
	void stop() {
		this.app.close();
	}

	@BeforeEach
	void resetQueries() {
		this.queries.set(0);
	}

	@Test
	void anOriginTheSourceListsIsAllowed() throws Exception {
		HttpResponse<String> response = preflight(this.app, "/api/notes/1", "https://listed.example", "PUT",
				"authorization");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
			.containsExactly("https://listed.example");
	}

	@Test
	void anOriginRegisteredInTheDatabaseIsAllowedRightAfterAnImmediateRefreshAndRemovedTheSameWay() throws Exception {
		String origin = "https://registered.example";
		assertThat(preflight(this.app, "/api/notes/1", origin, "PUT", "authorization").statusCode()).isEqualTo(403);
		this.jdbc.sql("INSERT INTO trusted_origins VALUES (?)").param(origin).update();
		manager().refreshOriginSource("trustedOrigins");
		assertThat(preflight(this.app, "/api/notes/1", origin, "PUT", "authorization").statusCode()).isEqualTo(204);
		this.jdbc.sql("DELETE FROM trusted_origins WHERE origin = ?").param(origin).update();
		manager().refreshOriginSource("trustedOrigins");
		this.queries.set(0);
		assertThat(preflight(this.app, "/api/notes/1", origin, "PUT", "authorization").statusCode()).isEqualTo(403);
	}

	@Test
	void anOriginTheResolverAllowsIsLookedUpOnceThenAnsweredFromTheCache() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = preflight(this.app, "/api/notes/1", "https://tenant.example", "PUT",
					"authorization");
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
				.containsExactly("https://tenant.example");
		}
		HttpResponse<String> unauthorized = this.app.send("PUT", "/api/notes/1", "Origin", "https://tenant.example");
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.headers().allValues("Access-Control-Allow-Origin"))
			.containsExactly("https://tenant.example");
		assertThat(this.queries).hasValue(1);
	}

	@Test
	void anOriginTheResolverRefusesIsRefusedAndTheRefusalCached() throws Exception {
		assertThat(preflight(this.app, "/api/notes/1", "https://stranger.example", "PUT", "authorization").statusCode())
			.isEqualTo(403);
		assertThat(preflight(this.app, "/api/notes/1", "https://stranger.example", "PUT", "authorization").statusCode())
			.isEqualTo(403);
		assertThat(this.queries).hasValue(1);
	}

	@Test
	void aLookupSlowerThanTheTimeoutIsARefusalWithinTheTimeoutAndIsAskedAgainLater() throws Exception {
		long start = System.nanoTime();
		assertThat(preflight(this.app, "/api/notes/1", "https://slow.example", "PUT", "authorization").statusCode())
			.isEqualTo(403);
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1_500);
		assertThat(this.queries).hasValue(1);
		assertThat(preflight(this.app, "/api/notes/1", "https://slow.example", "PUT", "authorization").statusCode())
			.isEqualTo(403);
		assertThat(this.queries).as("not cached as a refusal").hasValue(2);
	}

	@Test
	void aFloodOfRandomOriginsGetsQuickRefusalsAndBecomesNoFloodOfQueries() throws Exception {
		long start = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String origin = "https://random-" + i + ".example";
			responses.add(CompletableFuture.supplyAsync(() -> {
				try {
					return preflight(this.app, "/api/notes/1", origin, "PUT", "authorization");
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(403);
		}
		long seconds = 1 + (System.nanoTime() - start) / 1_000_000_000L;
		assertThat(this.queries.get()).isLessThanOrEqualTo((int) (10 * (seconds + 1)));
		// The next test starts with a lookup rate of its own.
		Thread.sleep(1_100);
	}

	private CorsConfigurationManager manager() {
		return this.app.context().getBean(CorsConfigurationManager.class);
	}

}
