package io.github.corsstarter.autoconfigure;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.corsstarter.actuate.CorsDescriptors.CorsReport;
import io.github.corsstarter.actuate.CorsDescriptors.DryRun;
import io.github.corsstarter.actuate.CorsEndpoint;
import io.github.corsstarter.actuate.CorsEndpointWebExtension;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.engine.CorsRequest;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.testing.Requests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code management.endpoint.cors.show-values} and {@code roles} as Spring Boot's
 * {@code env} endpoint reads its own: what origin sources, resolvers and requests wrote
 * is hidden by default, shown to a caller with one of the roles under
 * {@code when-authorized}, and to anyone under {@code always}; the JSON keeps its shape.
 */
class CorsEndpointShowValuesTests {

	static final String SOURCE_ERROR = "source down secret=xyz";

	static final String RESOLVER_ERROR = "jdbc:postgresql://db.internal/tenants?password=xyz";

	static final AtomicBoolean SOURCE_DOWN = new AtomicBoolean();

	private static final SecurityContext OPERATOR = new Caller("olivia", "OPS");

	private static final SecurityContext USER = new Caller("ulrich", "USER");

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(AutoConfigurations.of(CorsEndpointAutoConfiguration.class))
		.withUserConfiguration(Beans.class)
		.withPropertyValues("management.endpoints.web.exposure.include=cors", "cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=http://localhost:5173",
				"cors.policies.api.origin-source.bean=tenantOrigins", "cors.policies.tenants.path-patterns=/tenants/**",
				"cors.policies.tenants.origin-resolver.bean=tenantResolver")
		.withInitializer((context) -> SOURCE_DOWN.set(false));

	@Test
	void byDefaultNobodyIsShownTheValuesAndTheReportKeepsItsShape() {
		this.contextRunner.run((context) -> {
			recordAFailureAndARejection(context);
			assertHidden(web(context).cors(OPERATOR, null, null, null, null));
			assertHidden(context.getBean(CorsEndpoint.class).cors(null, null, null, null));
			assertThat(dryRunExplanation(web(context).cors(OPERATOR, "https://t.example", "GET", "/tenants/1", null)))
				.endsWith("origin resolver 'tenantResolver' could not answer (******), so it is not allowed for this "
						+ "request");
		});
	}

	@Test
	void alwaysShowsTheValuesToAnyone() {
		this.contextRunner.withPropertyValues("management.endpoint.cors.show-values=always").run((context) -> {
			recordAFailureAndARejection(context);
			assertShown(web(context).cors(SecurityContext.NONE, null, null, null, null));
			assertThat(dryRunExplanation(
					web(context).cors(SecurityContext.NONE, "https://t.example", "GET", "/tenants/1", null)))
				.contains("could not answer (" + RESOLVER_ERROR + ")");
		});
	}

	@Test
	void whenAuthorizedShowsTheValuesOnlyToACallerInOneOfTheRoles() {
		this.contextRunner
			.withPropertyValues("management.endpoint.cors.show-values=when-authorized",
					"management.endpoint.cors.roles=OPS")
			.run((context) -> {
				recordAFailureAndARejection(context);
				assertShown(web(context).cors(OPERATOR, null, null, null, null));
				assertHidden(web(context).cors(USER, null, null, null, null));
				assertHidden(web(context).cors(SecurityContext.NONE, null, null, null, null));
				assertThat(dryRunExplanation(web(context).cors(USER, "https://t.example", "GET", "/tenants/1", null)))
					.contains("could not answer (******)");
				// Over JMX, reaching the endpoint is the authorization.
				assertShown(context.getBean(CorsEndpoint.class).cors(null, null, null, null));
			});
	}

	@Test
	void whenAuthorizedWithoutRolesShowsTheValuesToAnyAuthenticatedCaller() {
		this.contextRunner.withPropertyValues("management.endpoint.cors.show-values=when-authorized").run((context) -> {
			recordAFailureAndARejection(context);
			assertShown(web(context).cors(USER, null, null, null, null));
			assertHidden(web(context).cors(SecurityContext.NONE, null, null, null, null));
		});
	}

	@Test
	void theWebExtensionIsThereOnlyWhenTheEndpointIsExposedOverHttp() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=health",
					"management.endpoints.jmx.exposure.include=cors", "spring.jmx.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(CorsEndpoint.class)
				.doesNotHaveBean(CorsEndpointWebExtension.class));
	}

	private static void recordAFailureAndARejection(AssertableWebApplicationContext context) {
		SOURCE_DOWN.set(true);
		context.getBean(CorsConfigurationManager.class).refreshOriginSource("tenantOrigins");
		CorsEngine engine = context.getBean(CorsEngine.class);
		CorsRequest request = Requests.preflight("/api/notes/7", "https://stranger.example", "PUT", null);
		engine.record(engine.decide(request), request);
	}

	private static void assertHidden(Object report) {
		assertThat(report).isInstanceOfSatisfying(CorsReport.class, (cors) -> {
			assertThat(cors.originSources()).singleElement().satisfies((source) -> {
				assertThat(source.name()).isEqualTo("tenantOrigins");
				assertThat(source.origins()).isEqualTo(1);
				assertThat(source.failures()).isEqualTo(1);
				assertThat(source.lastError()).isEqualTo("******");
				assertThat(source.rejected()).containsExactly(new ListedOrigins.Rejected("******", "******", "******"));
			});
			assertThat(cors.recentRejections()).singleElement().satisfies((rejection) -> {
				assertThat(List.of(rejection.policy(), rejection.kind(), rejection.reason())).containsExactly("api",
						"preflight", "origin");
				assertThat(List.of(rejection.origin(), rejection.method(), rejection.path(), rejection.explanation()))
					.containsOnly("******");
			});
			assertThat(cors.policies().get("api").get("allowed-origins"))
				.hasToString("Listing[count=1, values=[http://localhost:5173], truncated=false]");
		});
	}

	private static void assertShown(Object report) {
		assertThat(report).isInstanceOfSatisfying(CorsReport.class, (cors) -> {
			assertThat(cors.originSources()).singleElement().satisfies((source) -> {
				assertThat(source.lastError()).isEqualTo(SOURCE_ERROR);
				assertThat(source.rejected()).extracting(ListedOrigins.Rejected::value)
					.containsExactly("https://B.tenant.example/");
			});
			assertThat(cors.recentRejections()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.origin()).isEqualTo("https://stranger.example");
				assertThat(rejection.method()).isEqualTo("OPTIONS");
				assertThat(rejection.path()).isEqualTo("/api/notes/7");
				assertThat(rejection.explanation()).startsWith("origin 'https://stranger.example' is not allowed");
			});
		});
	}

	private static String dryRunExplanation(Object dryRun) {
		assertThat(dryRun).isInstanceOf(DryRun.class);
		return ((DryRun) dryRun).actual().explanation();
	}

	private static CorsEndpointWebExtension web(AssertableWebApplicationContext context) {
		return context.getBean(CorsEndpointWebExtension.class);
	}

	/** A signed-in caller with one role, as Boot's web endpoints see one. */
	private record Caller(String name, String role) implements SecurityContext {

		@Override
		public @Nullable Principal getPrincipal() {
			return this::name;
		}

		@Override
		public boolean isUserInRole(String role) {
			return this.role.equals(role);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		AllowedOriginsSource tenantOrigins() {
			return () -> {
				if (SOURCE_DOWN.get()) {
					throw new IllegalStateException(SOURCE_ERROR);
				}
				return List.of("https://a.tenant.example", "https://B.tenant.example/");
			};
		}

		@Bean
		AllowedOriginResolver tenantResolver() {
			return (origin) -> {
				throw new IllegalStateException(RESOLVER_ERROR);
			};
		}

	}

}
