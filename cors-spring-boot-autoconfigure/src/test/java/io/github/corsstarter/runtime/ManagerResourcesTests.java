package io.github.corsstarter.runtime;

import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.OriginLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the configuration manager holds (origin resolver lookups, threads) is released
 * when a reload replaces it and when the application stops.
 */
class ManagerResourcesTests {

	private static final String TENANT = "https://tenant.example";

	private final MockEnvironment environment = new MockEnvironment()
		.withProperty("cors.policies.api.path-patterns", "/api/**")
		.withProperty("cors.policies.api.origin-resolver.bean", "tenants")
		.withProperty("cors.policies.api.origin-resolver.timeout", "250ms");

	private final CorsTasks tasks = CorsTasks.withDefaults();

	private final CorsConfigurationManager manager;

	ManagerResourcesTests() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("tenants", (AllowedOriginResolver) (origin) -> origin.startsWith("https://tenant"));
		this.manager = new CorsConfigurationManager(this.environment, beans, Clock.systemUTC(), this.tasks);
	}

	@AfterEach
	void stop() {
		this.tasks.close();
	}

	@Test
	void aReloadThatChangesTheResolverSettingsClosesTheLookupItReplaced() {
		OriginLookup before = resolver();
		assertThat(before.lookup(TENANT).join()).isTrue();
		this.environment.setProperty("cors.policies.api.origin-resolver.timeout", "300ms");
		assertThat(this.manager.reload().problems()).isEmpty();
		OriginLookup after = resolver();
		assertThat(after).isNotSameAs(before);
		assertThat(after.lookup(TENANT).join()).isTrue();
		assertClosed(before);
	}

	@Test
	void aReloadThatKeepsTheResolverSettingsKeepsTheLookup() {
		OriginLookup before = resolver();
		this.environment.setProperty("cors.policies.api.max-age", "10m");
		assertThat(this.manager.reload().outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
		assertThat(resolver()).isSameAs(before);
		assertThat(before.lookup(TENANT).join()).isTrue();
	}

	@Test
	void stoppingClosesTheLookupsAndTheThreads() {
		OriginLookup lookup = resolver();
		this.manager.destroy();
		assertClosed(lookup);
		assertThatExceptionOfType(TaskRejectedException.class).isThrownBy(() -> this.tasks.executor().execute(() -> {
		}));
	}

	private OriginLookup resolver() {
		return this.manager.engine().configuration().policy("api").orElseThrow().originResolver();
	}

	private static void assertClosed(OriginLookup lookup) {
		assertThatExceptionOfType(CompletionException.class)
			.isThrownBy(() -> lookup.lookup("https://tenant-never-asked.example").join())
			.withCauseInstanceOf(RejectedExecutionException.class)
			.withMessageContaining("origin resolver 'tenants' is closed");
	}

}
