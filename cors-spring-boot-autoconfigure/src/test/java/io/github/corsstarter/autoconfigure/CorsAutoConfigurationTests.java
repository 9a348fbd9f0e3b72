package io.github.corsstarter.autoconfigure;

import java.util.EnumSet;

import io.github.corsstarter.policy.CorsConfigurationException;
import io.github.corsstarter.policy.CorsPolicySpec;
import io.github.corsstarter.policy.ConfigurationProblems;
import io.github.corsstarter.web.CorsPolicyFilter;
import io.github.corsstarter.web.CorsPolicyMapping;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CorsAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
		.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=http://localhost:5173");

	@Test
	void filterRegistrationHasExpectedDispatcherTypesAndOrder() {
		this.contextRunner.run((context) -> {
			FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
			assertThat(registration.getFilter()).isInstanceOf(CorsPolicyFilter.class);
			assertThat(registration.getOrder()).isEqualTo(CorsFilterOrder.SECURITY_DEFAULT_FILTER_ORDER - 1)
				.isEqualTo(-101);
			assertThat(registration).extracting("dispatcherTypes")
				.isEqualTo(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
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
		this.contextRunner.withPropertyValues("cors.policies.api.max-age=3600", "cors.policies.api.allowed-methods=get,PUT")
			.run((context) -> assertThat(output)
				.contains("CORS policy 'api': paths=[/api/**], origins=[http://localhost:5173], methods=[GET, PUT], "
						+ "headers=[], exposed=[], credentials=false, max-age=3600s, private-network=false")
				.contains("CORS filter registered at order -101 (Spring Security at -100)"));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("cors.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
			assertThat(context).doesNotHaveBean(CorsPolicyMapping.class);
		});
	}

	@Test
	void backsOffOutsideServletApplications() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CorsPolicyMapping.class));
		new ReactiveWebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CorsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CorsPolicyMapping.class));
	}

	@Test
	void backsOffWhenTheUserRegistersTheFilterThemselves() {
		this.contextRunner.withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(FilterRegistrationBean.class);
			assertThat(context.getBean(FilterRegistrationBean.class).getOrder()).isEqualTo(-150);
		});
	}

	@Test
	void usesTheUsersOwnPolicyMapping() {
		this.contextRunner.withUserConfiguration(UserMappingConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(CorsPolicyMapping.class);
			assertThat(context.getBean(CorsPolicyMapping.class).policyFor("/custom/x").name()).isEqualTo("custom");
		});
	}

	@Test
	void definesNoBeanThatSpringSecurityPicksUpForHttpCors() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean("corsFilter");
			assertThat(context).doesNotHaveBean("corsConfigurationSource");
			assertThat(context).doesNotHaveBean(CorsConfigurationSource.class);
		});
	}

	@Test
	void bindsCommaSeparatedListsAndBareNumberMaxAgeInSeconds() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-methods=GET, PUT, DELETE",
					"cors.policies.api.allowed-headers=Authorization, Content-Type", "cors.policies.api.max-age=600")
			.run((context) -> {
				var policy = context.getBean(CorsPolicyMapping.class).policyFor("/api/x");
				assertThat(policy.allowMethods("PUT")).isEqualTo("GET, PUT, DELETE");
				assertThat(policy.allowHeaders(null)).isEqualTo("authorization, content-type");
				assertThat(policy.maxAge()).isEqualTo("600");
			});
	}

	@Test
	void failsStartupListingEveryInvalidSettingWithItsFix() {
		this.contextRunner
			.withPropertyValues("cors.policies.api.allowed-origins=https://a.com/,*", "cors.policies.api.allow-credentials=true",
					"cors.policies.api.max-age=-5", "cors.policies.web.path-patterns=/api/**")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new CorsConfigurationFailureAnalyzer(null)
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("The CORS configuration has 4 problems:")
					.contains("Property: cors.policies.api.allowed-origins[0]", "Value: \"https://a.com/\"",
							"Reason: not an origin as browsers send it (scheme://host[:port]): a trailing slash")
					.contains("Property: cors.policies.api.allowed-origins[1]", "Value: \"*\"")
					.contains("Property: cors.policies.api.max-age", "Value: \"PT-5S\"")
					.contains("Property: cors.policies.web.path-patterns[0]",
							"Reason: policy 'api' already covers this path pattern");
				assertThat(analysis.getAction())
					.contains("cors.policies.api.allowed-origins[0]: write 'https://a.com'")
					.contains("cors.policies.api.allowed-origins[1]: list the trusted origins, or set "
							+ "cors.policies.api.allow-credentials=false")
					.contains("cors.policies.api.max-age: use 0 to disable preflight caching");
			});
	}

	@Test
	void failsStartupOnAMisspelledKeyAndSuggestsTheRightOne() {
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origin=http://localhost:3000",
				"cors.polices.web.allowed-origins=http://a.com", "cors.enable=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(UnboundConfigurationPropertiesException.class);
				FailureAnalysis analysis = new UnknownCorsPropertyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Property: cors.policies.api.allowed-origin",
						"Value: \"http://localhost:3000\"", "Property: cors.polices.web.allowed-origins",
						"Property: cors.enable");
				assertThat(analysis.getAction())
					.contains("cors.policies.api.allowed-origin: did you mean cors.policies.api.allowed-origins?")
					.contains("cors.enable: did you mean cors.enabled?")
					.contains("cors.polices.web.allowed-origins: not a cors.* property");
			});
	}

	@Test
	void leavesUnknownKeysOutsideCorsToSpringBootsOwnAnalyzer() {
		UnknownCorsPropertyFailureAnalyzer analyzer = new UnknownCorsPropertyFailureAnalyzer();
		this.contextRunner.withPropertyValues("cors.policies.api.allowed-origin=x").run((context) ->
			assertThat(analyzer.analyze(new IllegalStateException("unrelated"))).isNull());
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
	void policyExceptionNamesEveryProblemEvenWithoutTheAnalyzer() {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicySpec.named("api").allowedOrigins("null", "HTTPS://A.COM").compile(problems);
		CorsConfigurationException exception = new CorsConfigurationException(problems.errors());
		assertThat(exception.getMessage()).startsWith("2 invalid CORS setting(s):")
			.contains("cors.policies.api.allowed-origins[0]='null'", "write 'https://a.com'");
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterConfiguration {

		@Bean
		FilterRegistrationBean<CorsPolicyFilter> myCorsFilter(CorsPolicyMapping mapping) {
			FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(
					new CorsPolicyFilter(mapping));
			registration.setOrder(-150);
			return registration;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserMappingConfiguration {

		@Bean
		CorsPolicyMapping myCorsPolicyMapping() {
			ConfigurationProblems problems = new ConfigurationProblems();
			return CorsPolicyMapping.compile(java.util.List.of(CorsPolicySpec.named("custom")
				.pathPatterns("/custom/**")
				.allowedOrigins("https://custom.example")), problems);
		}

	}

}
