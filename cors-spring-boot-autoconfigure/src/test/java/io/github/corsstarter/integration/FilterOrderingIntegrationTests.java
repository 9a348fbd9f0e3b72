package io.github.corsstarter.integration;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;

import static io.github.corsstarter.integration.SecuredApiContract.APP;
import static io.github.corsstarter.integration.SecuredApiContract.POLICY;
import static io.github.corsstarter.integration.SecuredApiContract.preflight;
import static io.github.corsstarter.integration.SecuredApiContract.varyValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Where the filter sits against Spring Security, and what happens when another CORS layer
 * is also configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class FilterOrderingIntegrationTests {

	@Test
	void filterStaysAheadOfSpringSecurityWhenSecurityFilterOrderIsChanged() throws Exception {
		try (RunningApp app = RunningApp.start(NotesTestApplication.class,
				with(POLICY, "spring.security.filter.order=10"))) {
			HttpResponse<String> response = preflight(app, "/api/notes/1", APP, "PUT", "authorization");
			assertThat(response.statusCode()).isEqualTo(204);
			assertThat(
					app.send("PUT", "/api/notes/1", "Origin", APP).headers().allValues("Access-Control-Allow-Origin"))
				.containsExactly(APP);
		}
	}

	@Test
	void filterOrderedBehindSpringSecurityLetsPreflightsMeetAuthenticationAndWarns(CapturedOutput output)
			throws Exception {
		try (RunningApp app = RunningApp.start(NotesTestApplication.class, with(POLICY, "cors.filter.order=0"))) {
			assertThat(output).contains("cors.filter.order=0 puts the CORS filter behind Spring Security");
			HttpResponse<String> response = preflight(app, "/api/notes/1", APP, "PUT", "authorization");
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void webFilterRunsJustAheadOfSpringSecuritysRealReactiveChain() throws Exception {
		try (RunningApp app = RunningApp.startReactive(ReactiveNotesTestApplication.class, POLICY)) {
			ConfigurableListableBeanFactory beanFactory = app.context().getBeanFactory();
			String[] proxies = beanFactory.getBeanNamesForType(WebFilterChainProxy.class);
			assertThat(proxies).hasSize(1);
			Method factoryMethod = ((RootBeanDefinition) beanFactory.getMergedBeanDefinition(proxies[0]))
				.getResolvedFactoryMethod();
			assertThat(AnnotationUtils.findAnnotation(factoryMethod, Order.class).value())
				.isEqualTo(CorsPolicyWebFilter.SECURITY_WEB_FILTER_ORDER);
			List<WebFilter> filters = app.context().getBeanProvider(WebFilter.class).orderedStream().toList();
			assertThat(filters.indexOf(app.context().getBean(CorsPolicyWebFilter.class)))
				.isLessThan(filters.indexOf(app.context().getBean(WebFilterChainProxy.class)));
		}
	}

	@Test
	void webFilterOrderedBehindSpringSecurityLetsPreflightsMeetAuthenticationAndWarns(CapturedOutput output)
			throws Exception {
		try (RunningApp app = RunningApp.startReactive(ReactiveNotesTestApplication.class,
				with(POLICY, "cors.filter.order=0"))) {
			assertThat(output).contains("cors.filter.order=0 puts the CORS filter behind Spring Security");
			HttpResponse<String> response = preflight(app, "/api/notes/1", APP, "PUT", "authorization");
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void noHeaderIsDuplicatedWhenSpringSecurityCorsIsAlsoEnabled() throws Exception {
		try (RunningApp app = RunningApp.start(HttpCorsApplication.class, POLICY)) {
			HttpResponse<String> preflight = preflight(app, "/api/notes/1", APP, "PUT", "authorization");
			assertThat(preflight.statusCode()).isEqualTo(204);
			assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
			assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).as("answered by the starter")
				.hasValue("3600");
			assertNoRepeatedHeaderOrVaryValue(preflight);
			HttpResponse<String> actual = app.send("GET", "/api/notes", "Origin", APP);
			assertThat(actual.statusCode()).isEqualTo(200);
			assertThat(actual.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
			assertNoRepeatedHeaderOrVaryValue(actual);
			HttpResponse<String> unauthorized = app.send("PUT", "/api/notes/1", "Origin", APP);
			assertThat(unauthorized.statusCode()).isEqualTo(401);
			assertThat(unauthorized.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
			assertNoRepeatedHeaderOrVaryValue(unauthorized);
		}
	}

	@Test
	void misspelledKeyFailsStartupWithTheStartersReport(CapturedOutput output) {
		failToStart("cors.policies.api.allowed-origins=https://App.example.com/",
				"cors.policies.api.allowed-origin=http://localhost:3000");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: cors.policies.api.allowed-origin")
			.contains("did you mean cors.policies.api.allowed-origins?");
	}

	@Test
	void invalidValuesFailStartupNamingEachValueWhereItWasSetAndTheFix(CapturedOutput output) {
		failToStart("cors.policies.api.allowed-origins=https://App.example.com/",
				"cors.policies.api.allowed-methods=TRACE");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The CORS configuration has 2 problems:")
			.contains("Property: cors.policies.api.allowed-origins[0]")
			.contains("Value: \"https://App.example.com/\"")
			.contains("Origin: \"cors.policies.api.allowed-origins\" from property source")
			.contains("Reason: not an origin as browsers send it (scheme://host[:port]): a trailing slash, "
					+ "upper-case letters")
			.contains("- cors.policies.api.allowed-origins[0]: write 'https://app.example.com'")
			.contains("Property: cors.policies.api.allowed-methods[0]");
	}

	private static void failToStart(String... properties) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(NotesTestApplication.class)
			.properties(with(properties, "server.port=0"))
			.run());
	}

	private static void assertNoRepeatedHeaderOrVaryValue(HttpResponse<String> response) {
		response.headers().map().forEach((name, values) -> {
			if (name != null && name.regionMatches(true, 0, "access-control-", 0, 15)) {
				assertThat(values).as(name).hasSize(1);
			}
		});
		List<String> vary = varyValues(response);
		assertThat(vary).as("Vary").doesNotHaveDuplicates();
	}

	private static String[] with(String[] properties, String... more) {
		return Stream.concat(Stream.of(properties), Stream.of(more)).toArray(String[]::new);
	}

	/** The same API, with Spring Security's own CORS support switched on as well. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ NotesTestApplication.NotesController.class, NotesTestApplication.Users.class })
	static class HttpCorsApplication {

		@Bean
		SecurityFilterChain apiWithHttpCors(HttpSecurity http) throws Exception {
			return NotesTestApplication.Security.rules(http.cors(Customizer.withDefaults()));
		}

		@Bean
		CorsConfigurationSource corsConfigurationSource() {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.addAllowedOrigin(APP);
			configuration.addAllowedMethod("*");
			configuration.addAllowedHeader("*");
			configuration.addExposedHeader("X-Total-Count");
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", configuration);
			return source;
		}

	}

}
