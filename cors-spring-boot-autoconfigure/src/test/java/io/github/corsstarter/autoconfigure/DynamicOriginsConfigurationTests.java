package io.github.corsstarter.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.OriginSourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Origin sources and resolvers wired by name from
 * {@code cors.policies.<name>.origin-source.bean} and {@code origin-resolver.bean}: read
 * after startup, checked like configured origins, refreshed on demand and in the
 * background, and never fatal once the application runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamicOriginsConfigurationTests {

	static final List<String> TENANTS = new CopyOnWriteArrayList<>();

	static final AtomicBoolean SOURCE_DOWN = new AtomicBoolean();

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withUserConfiguration(Beans.class)
		.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=http://localhost:5173",
				"cors.policies.api.origin-source.bean=tenantOrigins")
		.withInitializer((context) -> {
			TENANTS.clear();
			TENANTS.addAll(List.of("https://a.tenant.example", "https://B.tenant.example/", "null"));
			SOURCE_DOWN.set(false);
		});

	@Test
	void listedOriginsAreAllowedOnceTheApplicationHasStartedAndInvalidEntriesAreSkippedAndReported(
			CapturedOutput output) {
		this.contextRunner.run((context) -> {
			CorsPolicy api = api(context);
			assertThat(api.allowsOrigin("https://a.tenant.example")).isTrue();
			assertThat(api.allowsOrigin("http://localhost:5173")).isTrue();
			assertThat(api.allowsOrigin("https://b.tenant.example")).isFalse();
			assertThat(output).contains("CORS origin source 'tenantOrigins' lists 2 entries that are no origins "
					+ "browsers send, skipped: 'https://B.tenant.example/': not an origin as browsers send it");
			assertThat(manager(context).originSources()).singleElement().satisfies((status) -> {
				assertThat(status.origins()).isEqualTo(1);
				assertThat(status.rejected()).hasSize(2);
				assertThat(status.lastSuccess()).isNotNull();
			});
		});
	}

	@Test
	void startupReadsEverySourceBeforeOneCompilationAndANewListingReusesThePublicSuffixListRead(@TempDir Path directory,
			CapturedOutput output) throws IOException {
		Path list = Files.writeString(directory.resolve("public_suffix_list.dat"), """
				// VERSION: 2099-01-01_00-00-00_UTC
				// ===BEGIN ICANN DOMAINS===
				com
				// ===END ICANN DOMAINS===
				// ===BEGIN PRIVATE DOMAINS===
				// ===END PRIVATE DOMAINS===
				""");
		this.contextRunner
			.withPropertyValues("cors.public-suffix-list=file:" + list,
					"cors.policies.partners.path-patterns=/partners/**",
					"cors.policies.partners.origin-source.bean=partnerOrigins")
			.run((context) -> {
				assertThat(api(context).allowsOrigin("https://a.tenant.example")).isTrue();
				assertThat(context.getBean(CorsEngine.class)
					.configuration()
					.policy("partners")
					.orElseThrow()
					.allowsOrigin("https://partner.example")).isTrue();
				TENANTS.add("https://c.tenant.example");
				manager(context).refreshOriginSource("tenantOrigins");
				assertThat(api(context).allowsOrigin("https://c.tenant.example")).isTrue();
				assertThat(output.getOut().split("CORS origin patterns are checked against", -1))
					.as("reads of the list named by cors.public-suffix-list")
					.hasSize(2);
			});
	}

	@Test
	void anImmediateRefreshPutsANewOriginInForceBeforeItReturns() {
		this.contextRunner.run((context) -> {
			TENANTS.add("https://c.tenant.example");
			assertThat(manager(context).refreshOriginSource("tenantOrigins").origins()).isEqualTo(2);
			assertThat(api(context).allowsOrigin("https://c.tenant.example")).isTrue();
			TENANTS.remove("https://a.tenant.example");
			manager(context).refreshOriginSource("tenantOrigins");
			assertThat(api(context).allowsOrigin("https://a.tenant.example")).isFalse();
		});
	}

	@Test
	void theSourceIsReadAgainInTheBackgroundEveryInterval() {
		this.contextRunner.withPropertyValues("cors.policies.api.origin-source.refresh-interval=1s").run((context) -> {
			TENANTS.add("https://late.tenant.example");
			await().atMost(Duration.ofSeconds(5)).until(() -> api(context).allowsOrigin("https://late.tenant.example"));
		});
	}

	@Test
	void aSourceThatFailsAtStartupLeavesTheConfiguredOriginsWorkingAndIsRetried(CapturedOutput output) {
		this.contextRunner.withInitializer((context) -> SOURCE_DOWN.set(true))
			.withPropertyValues("cors.policies.api.origin-source.refresh-interval=1h")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(api(context).allowsOrigin("http://localhost:5173")).isTrue();
				assertThat(api(context).allowsOrigin("https://a.tenant.example")).isFalse();
				assertThat(manager(context).originSources()).singleElement()
					.satisfies((status) -> assertThat(status.lastError()).isEqualTo("database down"));
				assertThat(output).contains("CORS origin source 'tenantOrigins' could not be read: database down");
				SOURCE_DOWN.set(false);
				await().atMost(Duration.ofSeconds(10))
					.until(() -> api(context).allowsOrigin("https://a.tenant.example"));
			});
	}

	@Test
	void aFailedRefreshKeepsTheLastGoodOrigins() {
		this.contextRunner.run((context) -> {
			SOURCE_DOWN.set(true);
			OriginSourceStatus status = manager(context).refreshOriginSource("tenantOrigins");
			assertThat(status.lastError()).isEqualTo("database down");
			assertThat(status.origins()).isEqualTo(1);
			assertThat(api(context).allowsOrigin("https://a.tenant.example")).isTrue();
		});
	}

	@Test
	void aSourceOrResolverThatDoesNotExistFailsStartupNamingTheKey() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.origin-source.bean=nosuch",
					"cors.policies.api.origin-resolver.bean=tenantOrigins",
					"cors.policies.api.origin-source.refresh-interval=100ms")
			.run((context) -> {
				FailureAnalysis analysis = CorsAutoConfigurationTests.analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 3 problems:")
					.contains("Property: cors.policies.api.origin-source.bean", "Value: \"nosuch\"",
							"no origin source named 'nosuch' is available")
					.contains("Property: cors.policies.api.origin-resolver.bean",
							"no origin resolver named 'tenantOrigins' is available")
					.contains("Property: cors.policies.api.origin-source.refresh-interval", "Value: \"100ms\"");
			});
	}

	@Test
	void aResolverNeedsCaffeineAndSaysSo() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Caffeine.class))
			.withPropertyValues("cors.policies.api.origin-resolver.bean=tenantResolver")
			.run((context) -> assertThat(CorsAutoConfigurationTests.analysis(context).getAction())
				.contains("cors.policies.api.origin-resolver.bean: provide one of that name (in Spring Boot, a bean "
						+ "of type AllowedOriginResolver, with Caffeine on the class path)"));
	}

	@Test
	void withoutCaffeineEverythingElseWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Caffeine.class))
			.run((context) -> assertThat(api(context).allowsOrigin("https://a.tenant.example")).isTrue());
	}

	@Test
	void aResolverAllowsWhatItSaysYesTo() {
		this.contextRunner.withPropertyValues("cors.policies.api.origin-resolver.bean=tenantResolver")
			.run((context) -> {
				CorsPolicy api = api(context);
				assertThat(api.originResolver()).isNotNull();
				assertThat(api.originResolver().lookup("https://x.resolved.example").get()).isTrue();
				assertThat(api.originResolver().lookup("https://x.other.example").get()).isFalse();
			});
	}

	private static CorsConfigurationManager manager(AssertableWebApplicationContext context) {
		return context.getBean(CorsConfigurationManager.class);
	}

	private static CorsPolicy api(AssertableWebApplicationContext context) {
		return context.getBean(CorsEngine.class).configuration().policy("api").orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		AllowedOriginsSource tenantOrigins() {
			return () -> {
				if (SOURCE_DOWN.get()) {
					throw new IllegalStateException("database down");
				}
				return List.copyOf(TENANTS);
			};
		}

		@Bean
		AllowedOriginsSource partnerOrigins() {
			return () -> List.of("https://partner.example");
		}

		@Bean
		AllowedOriginResolver tenantResolver() {
			return (origin) -> origin.endsWith(".resolved.example");
		}

	}

}
