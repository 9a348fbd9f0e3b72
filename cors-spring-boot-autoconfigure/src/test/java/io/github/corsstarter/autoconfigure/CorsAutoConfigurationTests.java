package io.github.corsstarter.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.CorsPolicySpec;
import io.github.corsstarter.runtime.OriginResolverSpec;
import io.github.corsstarter.runtime.OriginSourceSpec;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.web.Stack;
import io.github.corsstarter.web.TestRequest;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.PreFlightRequestHandler;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.server.WebFilter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CorsAutoConfigurationTests {

	static final AutoConfigurations CORS = AutoConfigurations.of(CorsAutoConfiguration.class,
			CorsServletAutoConfiguration.class, CorsReactiveAutoConfiguration.class);

	static final String[] API = { "cors.policies.api.path-patterns=/api/**",
			"cors.policies.api.allowed-origins=http://localhost:5173" };

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner().withConfiguration(CORS)
		.withPropertyValues(API);

	private final ReactiveWebApplicationContextRunner reactiveContextRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CORS)
		.withPropertyValues(API);

	@Test
	void filterRegistrationHasExpectedDispatcherTypesAndOrder() {
		this.contextRunner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(CorsPolicyFilter.class);
			assertThat(registration.getOrder()).isEqualTo(CorsPolicyFilter.DEFAULT_ORDER).isEqualTo(-101);
			assertThat(registration).extracting("dispatcherTypes")
				.isEqualTo(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
			assertThat(context).doesNotHaveBean(CorsPolicyWebFilter.class);
		});
	}

	@Test
	void filterStaysJustAheadOfSpringSecurityWhenItsOrderChanges() {
		this.contextRunner.withPropertyValues("spring.security.filter.order=5")
			.run((context) -> assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(4));
	}

	@Test
	void filterOrderCanBeSetExplicitly() {
		this.contextRunner.withPropertyValues("cors.filter.order=-200")
			.run((context) -> assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(-200));
	}

	@Test
	void warnsWhenTheConfiguredOrderPutsTheFilterBehindSpringSecurity(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cors.filter.order=0").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).contains("WARN")
				.contains("cors.filter.order=0 puts the CORS filter behind Spring Security (order -100)");
		});
	}

	@Test
	void logsEachPolicysEffectiveSettingsAndTheFilterOrderAtStartup(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("cors.policies.api.max-age=3600", "cors.policies.api.allowed-methods=get,PUT")
			.run((context) -> assertThat(output)
				.contains("CORS policy 'api': paths=[/api/**], origins=[http://localhost:5173], methods=[GET, PUT], "
						+ "headers=[], exposed=[], credentials=false, max-age=3600s, private-network=false")
				.contains("CORS filter registered at order -101 (Spring Security at -100)"));
	}

	@Test
	void recommendsCrossOriginProtectionOnceForACredentialedPolicyWithoutIt(CapturedOutput output) {
		String recommendation = "set cors.policies.api.cross-origin-protection=true";
		this.contextRunner.withPropertyValues("cors.policies.api.allow-credentials=true")
			.run((context) -> assertThat(output).containsOnlyOnce(recommendation));
		this.contextRunner
			.withPropertyValues("cors.policies.api.allow-credentials=true",
					"cors.policies.api.cross-origin-protection=true")
			.run((context) -> assertThat(output).containsOnlyOnce(recommendation));
		this.contextRunner.run((context) -> assertThat(output).containsOnlyOnce(recommendation));
	}

	@Test
	void reactiveApplicationsGetTheWebFilterJustAheadOfSpringSecurity(CapturedOutput output) {
		this.reactiveContextRunner.run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicyWebFilter.class);
			assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(-101);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(output).contains("CORS policy 'api': paths=[/api/**]")
				.contains("CORS filter registered at order -101 (Spring Security at -100)");
		});
	}

	@Test
	void reactiveFilterOrderFollowsCorsFilterOrder(CapturedOutput output) {
		this.reactiveContextRunner.withPropertyValues("cors.filter.order=-99").run((context) -> {
			assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(-99);
			assertThat(output).contains("cors.filter.order=-99 puts the CORS filter behind Spring Security");
		});
	}

	@Test
	void disabledAtStartupLetsEveryRequestThroughUntouchedEvenWithInvalidPolicies(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("cors.enabled=false", "cors.policies.api.allowed-origins=*",
					"cors.policies.api.allow-credentials=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(FilterRegistrationBean.class).isEnabled()).isFalse();
				assertThat(context.getBean(CorsEngine.class).configuration().policies()).isEmpty();
				assertThat(output).contains("cors.enabled=false: every request passes untouched")
					.doesNotContain("CORS filter registered");
			});
		this.reactiveContextRunner.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(output).doesNotContain("CORS filter registered");
			// As on the servlet side: no active CORS filter at all.
			assertThat(context.getBeanProvider(WebFilter.class).orderedStream()).isEmpty();
			assertThat(context.getBean(CorsEngine.class).configuration().policies()).isEmpty();
			assertThat(Stack.REACTIVE
				.exchange(context.getBean(CorsEngine.class),
						TestRequest.preflight("/api/x", "http://localhost:5173", "PUT", null))
				.reachedApplication()).isTrue();
		});
	}

	@Test
	void runtimeHintsCoverTheBundledPublicSuffixListAndThePropertyTypesBoundByReflection() {
		RuntimeHints hints = new RuntimeHints();
		new CorsRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource().forResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(CorsPolicySpec.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(OriginResolverSpec.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OriginSourceSpec.class, "setBean"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(CorsPolicySpec.class, "setAllowedOrigins"))
			.accepts(hints);
		assertThat(getClass().getClassLoader().getResource(CorsRuntimeHints.PUBLIC_SUFFIX_LIST)).isNotNull();
	}

	@Test
	void outsideWebApplicationsSaysWhyNothingIsAppliedWhenPoliciesAreConfigured(CapturedOutput output) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class, CorsServletAutoConfiguration.class,
					CorsReactiveAutoConfiguration.class, CorsNotAppliedAutoConfiguration.class))
			.withPropertyValues(API)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CorsEngine.class);
				assertThat(output).containsOnlyOnce("cors.policies are configured but this is no servlet or reactive "
						+ "web application, so no CORS filter applies them");
			});
	}

	@Test
	void outsideWebApplicationsWithoutCorsPropertiesSaysNothing(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsNotAppliedAutoConfiguration.class))
			.run((context) -> assertThat(output).doesNotContain("cors.policies are configured"));
	}

	@Test
	void backsOffWhenTheUserRegistersTheFilterThemselves() {
		this.contextRunner.withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(FilterRegistrationBean.class);
			assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(-150);
		});
	}

	@Test
	void aFilterBeanDeclaredWithoutRegistrationStillRunsAheadOfSpringSecurity() {
		this.contextRunner.withUserConfiguration(RawFilterConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context.getBean(CorsPolicyFilter.class).getOrder()).isEqualTo(-101);
		});
	}

	@Test
	void backsOffWhenTheUserDeclaresTheWebFilter() {
		this.reactiveContextRunner.withUserConfiguration(UserWebFilterConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicyWebFilter.class);
			assertThat(context.getBean(CorsPolicyWebFilter.class).getOrder()).isEqualTo(-300);
		});
	}

	@Test
	void usesTheUsersOwnEngineOnEitherStack() {
		this.contextRunner.withUserConfiguration(UserEngineConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(CorsEngine.class);
			assertThat(context.getBean(CorsEngine.class).configuration().policies()).extracting(CorsPolicy::name)
				.containsExactly("custom");
			assertThat(context).hasSingleBean(FilterRegistrationBean.class);
		});
		this.reactiveContextRunner.withUserConfiguration(UserEngineConfiguration.class).run((context) -> {
			assertThat(context.getBean(CorsEngine.class).configuration().policies()).extracting(CorsPolicy::name)
				.containsExactly("custom");
			assertThat(context).hasSingleBean(CorsPolicyWebFilter.class);
		});
	}

	@Test
	void definesNoBeanThatSpringSecurityMvcOrWebFluxPickUpForTheirOwnCors() {
		this.contextRunner.run(CorsAutoConfigurationTests::hasNoSpringCorsBean);
		this.reactiveContextRunner.run(CorsAutoConfigurationTests::hasNoSpringCorsBean);
	}

	private static void hasNoSpringCorsBean(org.springframework.context.ApplicationContext context) {
		assertThat(context.getBeanNamesForType(CorsConfigurationSource.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.springframework.web.cors.reactive.CorsConfigurationSource.class))
			.isEmpty();
		assertThat(context.getBeanNamesForType(CorsFilter.class)).isEmpty();
		assertThat(context.getBeanNamesForType(CorsWebFilter.class)).isEmpty();
		assertThat(context.getBeanNamesForType(PreFlightRequestHandler.class)).isEmpty();
		assertThat(context.containsBean("corsFilter")).isFalse();
		assertThat(context.containsBean("corsConfigurationSource")).isFalse();
	}

	@Test
	void bindsCommaSeparatedListsAndBareNumberMaxAgeInSeconds() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-methods=GET, PUT, DELETE",
					"cors.policies.api.allowed-headers=Authorization, Content-Type", "cors.policies.api.max-age=600")
			.run((context) -> {
				CorsPolicy policy = context.getBean(CorsEngine.class).configuration().policy("api").orElseThrow();
				assertThat(policy.allowMethods("PUT")).isEqualTo("GET, PUT, DELETE");
				assertThat(policy.allowHeaders(null)).isEqualTo("authorization, content-type");
				assertThat(policy.maxAge()).isEqualTo("600");
			});
	}

	@Test
	void failsStartupListingEveryInvalidSettingAsWrittenWithItsFix() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-origins=https://a.com/,*",
					"cors.policies.api.allow-credentials=true", "cors.policies.api.max-age=48h",
					"cors.policies.web.path-patterns=/api/**")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 4 problems:")
					.contains("Property: cors.policies.api.allowed-origins[0]", "Value: \"https://a.com/\"",
							"Reason: not an origin as browsers send it (scheme://host[:port]): a trailing slash")
					.contains("Property: cors.policies.api.allowed-origins[1]", "Value: \"*\"")
					.contains("Property: cors.policies.api.max-age", "Value: \"48h\"")
					.doesNotContain("PT48H")
					.contains("Property: cors.policies.web.path-patterns[0]",
							"Reason: policy 'api' already covers this path pattern");
				assertThat(analysis.getAction()).contains("cors.policies.api.allowed-origins[0]: write 'https://a.com'")
					.contains("cors.policies.api.allowed-origins[1]: list the trusted origins, or set "
							+ "cors.policies.api.allow-credentials=false")
					.contains("cors.policies.api.max-age: use at most 2h");
			});
	}

	@Test
	void reportsMisspelledKeysTogetherWithInvalidValuesInOneFailure() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-origin=http://localhost:3000",
					"cors.polices.web.allowed-origins=http://a.com", "cors.enable=false",
					"cors.policies.api.allowed-methods=TRACE")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 4 problems:")
					.contains("Property: cors.policies.api.allowed-origin", "Value: \"http://localhost:3000\"",
							"Property: cors.polices.web.allowed-origins", "Property: cors.enable",
							"Property: cors.policies.api.allowed-methods[0]", "Value: \"TRACE\"");
				assertThat(analysis.getAction())
					.contains("cors.policies.api.allowed-origin: did you mean cors.policies.api.allowed-origins?")
					.contains("cors.enable: did you mean cors.enabled?")
					.contains("cors.polices.web.allowed-origins: did you mean cors.policies.web.allowed-origins?")
					.contains("cors.policies.api.allowed-methods[0]: remove it");
				// Spring logs the message when the context fails: it names the
				// properties, and the report is printed once, by the failure analysis.
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessage("The CORS configuration has 4 problems (cors.enable, cors.polices.web.allowed-origins, "
							+ "cors.policies.api.allowed-origin, cors.policies.api.allowed-methods[0]); "
							+ "the startup failure report describes each, with its fix");
			});
	}

	@Test
	void reportsValuesOfTheWrongTypeWithTheOtherProblems() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.max-age=soon", "cors.policies.api.allow-credentials=maybe",
					"cors.policies.api.allowed-headers=Cookie")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 3 problems:")
					.contains("Property: cors.policies.api.max-age", "Value: \"soon\"",
							"Reason: cannot be read as a duration")
					.contains("Property: cors.policies.api.allow-credentials", "Value: \"maybe\"",
							"Reason: cannot be read as true or false")
					.contains("Property: cors.policies.api.allowed-headers[0]", "Value: \"Cookie\"");
				assertThat(analysis.getAction())
					.contains("cors.policies.api.max-age: write a duration such as 30m or 1h, or a number of seconds")
					.contains("cors.policies.api.allow-credentials: write true or false");
			});
	}

	@Test
	void checksWildcardsAgainstTheCopyOfThePublicSuffixListItNames(@TempDir Path directory, CapturedOutput output)
			throws IOException {
		Path list = directory.resolve("public_suffix_list.dat");
		Files.writeString(list, """
				// VERSION: 2099-01-01_00-00-00_UTC
				// ===BEGIN ICANN DOMAINS===
				com
				// ===END ICANN DOMAINS===
				// ===BEGIN PRIVATE DOMAINS===
				newplatform.example
				// ===END PRIVATE DOMAINS===
				""");
		this.contextRunner
			.withPropertyValues("cors.public-suffix-list=file:" + list,
					"cors.policies.api.allowed-origin-patterns=https://*.newplatform.example, https://*.github.io")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 1 problem:")
					.contains("Value: \"https://*.newplatform.example\"", "'newplatform.example' is a public suffix");
				assertThat(output).contains("CORS origin patterns are checked against Public Suffix List 2099-01-01");
			});
	}

	@Test
	void aPublicSuffixListThatCannotBeReadIsReportedWithTheOtherProblems(@TempDir Path directory) throws IOException {
		Path garbage = Files.writeString(directory.resolve("list.dat"), "not a list");
		this.contextRunner
			.withPropertyValues("cors.public-suffix-list=file:" + garbage, "cors.policies.api.allowed-methods=TRACE")
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("The CORS configuration has 2 problems:")
					.contains("Property: cors.public-suffix-list", "cannot be read as a Public Suffix List")
					.contains("Property: cors.policies.api.allowed-methods[0]");
				assertThat(analysis.getAction()).contains("cors.public-suffix-list: point it at a copy of "
						+ "https://publicsuffix.org/list/public_suffix_list.dat");
			});
	}

	@Test
	void leavesKeysOutsideCorsAlone() {
		this.contextRunner.withPropertyValues("corsfoo.enabled=x", "cors-extra.policies=1", "spring.cors.anything=1")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CorsEngine.class));
	}

	@Test
	void warnsWithoutFailingAboutAPolicyThatAllowsNoOrigin(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cors.policies.internal.path-patterns=/api/internal/**")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("cors.policies.internal.allowed-origins='[]': the policy allows no origin");
			});
	}

	@Test
	void warnsOnceWhenSpringsOwnCorsBeansAreDefinedToo(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(SpringCorsConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).containsOnlyOnce("Two CORS layers are active")
				.contains("corsConfigurationSource (UrlBasedCorsConfigurationSource), legacyCors (CorsFilter)")
				.contains("leaves alone a response that already carries Access-Control-Allow-Origin");
		});
	}

	@Test
	void springMvcsOwnHandlerMappingIntrospectorIsNoSecondCorsLayer(CapturedOutput output) {
		this.contextRunner.withBean("mvcHandlerMappingIntrospector", HandlerMappingIntrospector.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(HandlerMappingIntrospector.class);
				assertThat(output).doesNotContain("Two CORS layers are active");
			});
	}

	@Test
	void warnsAboutAPathPatternThatRepeatsTheContextPath(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("server.servlet.context-path=/app/", "cors.policies.api.path-patterns=/app/api/**")
			.run((context) -> assertThat(output).contains("cors.policies.api.path-patterns[0]='/app/api/**'",
					"path patterns are relative to server.servlet.context-path=/app, so this one matches only "
							+ "/app/app/api/**; write '/api/**'"));
		this.reactiveContextRunner
			.withPropertyValues("spring.webflux.base-path=/app", "cors.policies.api.path-patterns=/app")
			.run((context) -> assertThat(output).contains("cors.policies.api.path-patterns[0]='/app'",
					"relative to spring.webflux.base-path=/app, so this one matches only /app/app; write '/'"));
	}

	/**
	 * The report a failed startup prints, as Spring Boot's failure analysis finds it in
	 * the startup failure.
	 */
	static FailureAnalysis analysis(ApplicationContextAssertProvider<?> context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new CorsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	static class SpringCorsConfiguration {

		@Bean
		UrlBasedCorsConfigurationSource corsConfigurationSource() {
			return new UrlBasedCorsConfigurationSource();
		}

		@Bean
		CorsFilter legacyCors(UrlBasedCorsConfigurationSource corsConfigurationSource) {
			return new CorsFilter(corsConfigurationSource);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterConfiguration {

		@Bean
		FilterRegistrationBean<CorsPolicyFilter> myCorsFilter(CorsEngine engine) {
			FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(
					new CorsPolicyFilter(engine));
			registration.setOrder(-150);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RawFilterConfiguration {

		@Bean
		CorsPolicyFilter myCorsFilter(CorsEngine engine) {
			return new CorsPolicyFilter(engine);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserWebFilterConfiguration {

		@Bean
		CorsPolicyWebFilter myCorsWebFilter(CorsEngine engine) {
			return new CorsPolicyWebFilter(engine, -300);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserEngineConfiguration {

		@Bean
		CorsEngine myCorsEngine() {
			return new CorsEngine(PolicySpecs.compile(
					PolicySpecs.named("custom").pathPatterns("/custom/**").allowedOrigins("https://custom.example")));
		}

	}

}
