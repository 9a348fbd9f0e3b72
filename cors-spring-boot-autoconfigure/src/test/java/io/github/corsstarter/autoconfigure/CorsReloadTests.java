package io.github.corsstarter.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.OriginResolverStatus;
import io.github.corsstarter.runtime.PropertyProblem;
import io.github.corsstarter.runtime.ReloadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reloading {@code cors.*} at runtime: a valid change is swapped in and logged, an
 * invalid one is rejected with the startup report and the configuration in force kept;
 * Spring Cloud's change events trigger it.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorsReloadTests {

	private static final String ORIGINS = "cors.policies.api.allowed-origins";

	private final Map<String, Object> properties = new LinkedHashMap<>(Map.of("cors.policies.api.path-patterns",
			"/api/**", ORIGINS, "http://localhost:5173", "cors.policies.api.max-age", "1h"));

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(
				org.springframework.boot.autoconfigure.AutoConfigurations.of(CorsReloadAutoConfiguration.class))
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("changing", this.properties)));

	@Test
	void aValidChangeIsSwappedInAndEachChangedPolicyIsLogged(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			this.properties.put(ORIGINS, "http://localhost:5173, http://localhost:3000");
			this.properties.put("cors.policies.api.max-age", "600");
			ReloadResult result = manager(context).reload();
			assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
			assertThat(api(context).allowsOrigin("http://localhost:3000")).isTrue();
			assertThat(result.changes()).containsExactly("policy 'api' reloaded: allowed-origins added "
					+ "[http://localhost:3000], removed []; max-age 3600s -> 600s");
			assertThat(output).contains("CORS policy 'api' reloaded: allowed-origins added [http://localhost:3000]");
			assertThat(manager(context).lastReload()).hasValue(result);
		});
	}

	@Test
	void anInvalidChangeIsRejectedWithTheStartupReportAndTheCurrentConfigurationStays(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			CorsPolicy before = api(context);
			this.properties.put(ORIGINS, "https://App.example.com/");
			this.properties.put("cors.policies.api.allowed-methodz", "PUT");
			ReloadResult result = manager(context).reload();
			assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.REJECTED);
			assertThat(result.problems()).extracting(PropertyProblem::kind, PropertyProblem::property)
				.containsExactlyInAnyOrder(tuple(Kind.MALFORMED_ORIGIN, "cors.policies.api.allowed-origins[0]"),
						tuple(Kind.UNKNOWN_PROPERTY, "cors.policies.api.allowed-methodz"));
			assertThat(api(context)).isSameAs(before);
			assertThat(output).contains("ERROR")
				.contains("CORS reload rejected; the current configuration stays in force.")
				.contains("Property: cors.policies.api.allowed-origins[0]", "Value: \"https://App.example.com/\"",
						"Origin: \"cors.policies.api.allowed-origins\" from property source \"changing\"")
				.contains("cors.policies.api.allowed-methodz: did you mean cors.policies.api.allowed-methods?");
		});
	}

	@Test
	void settingsReadOnlyAtStartupAreNotHalfAppliedButReported(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			this.properties.put("cors.enabled", "false");
			this.properties.put("cors.filter.order", "-200");
			ReloadResult result = manager(context).reload();
			assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
			assertThat(result.restartRequired()).hasSize(2);
			assertThat(output).contains("WARN")
				.contains("cors.enabled changed to false, which takes effect only after a restart")
				.contains("cors.filter.order changed to -200, which takes effect only after a restart");
			assertThat(context).hasSingleBean(org.springframework.boot.web.servlet.FilterRegistrationBean.class);
		});
	}

	@Test
	void withTheStarterDisabledAReloadCompilesNothingAndReportsOnlyWhatChanged() {
		this.properties.put("cors.enabled", "false");
		this.properties.put("cors.filter.order", "-200");
		this.properties.put("cors.policies.api.origin-source.bean", "tenantOrigins");
		this.contextRunner
			.withBean("tenantOrigins", AllowedOriginsSource.class, () -> () -> List.of("https://a.example"))
			.run((context) -> {
				ReloadResult result = manager(context).reload();
				assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);
				assertThat(result.restartRequired()).as("cors.filter.order is as it was at startup").isEmpty();
				assertThat(manager(context).originSources()).as("sources named by a configuration never compiled")
					.isEmpty();
			});
	}

	@Test
	void aRejectedReloadLeavesNoOriginResolverBehindThatTheConfigurationInForceDoesNotUse() {
		this.contextRunner
			.withBean("tenantResolver", AllowedOriginResolver.class,
					() -> (origin) -> origin.endsWith(".tenant.example"))
			.run((context) -> {
				this.properties.put("cors.policies.api.origin-resolver.bean", "tenantResolver");
				this.properties.put("cors.policies.api.allowed-methodz", "PUT");
				assertThat(manager(context).reload().outcome()).isEqualTo(ReloadResult.Outcome.REJECTED);
				assertThat(manager(context).originResolvers()).isEmpty();
				this.properties.remove("cors.policies.api.allowed-methodz");
				assertThat(manager(context).reload().outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
				assertThat(manager(context).originResolvers()).extracting(OriginResolverStatus::policy)
					.containsExactly("api");
			});
	}

	@Test
	void springCloudsEnvironmentChangeEventsForCorsKeysReload() {
		this.contextRunner.run((context) -> {
			this.properties.put(ORIGINS, "http://localhost:3000");
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("spring.application.name")));
			assertThat(api(context).allowsOrigin("http://localhost:3000")).as("other keys").isFalse();
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of(ORIGINS + "[0]")));
			assertThat(api(context).allowsOrigin("http://localhost:3000")).isTrue();
			assertThat(api(context).allowsOrigin("http://localhost:5173")).isFalse();
		});
	}

	@Test
	void aRejectedReloadNeverThrowsIntoWhoeverPublishedTheEvent() {
		this.contextRunner.run((context) -> {
			this.properties.put(ORIGINS, "*");
			this.properties.put("cors.policies.api.allow-credentials", "true");
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of(ORIGINS)));
			assertThat(manager(context).lastReload()).map(ReloadResult::outcome)
				.hasValue(ReloadResult.Outcome.REJECTED);
			assertThat(api(context).allowsOrigin("http://localhost:5173")).isTrue();
		});
	}

	@Test
	void withoutSpringCloudNothingListensAndReloadStillWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EnvironmentChangeEvent.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("corsEnvironmentChangeListener");
			this.properties.put(ORIGINS, "http://localhost:3000");
			assertThat(manager(context).reload().outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
		});
	}

	private static CorsConfigurationManager manager(AssertableWebApplicationContext context) {
		return context.getBean(CorsConfigurationManager.class);
	}

	private static CorsPolicy api(AssertableWebApplicationContext context) {
		return context.getBean(CorsEngine.class).configuration().policy("api").orElseThrow();
	}

}
