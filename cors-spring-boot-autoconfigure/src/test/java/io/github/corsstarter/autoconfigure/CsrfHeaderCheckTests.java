package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CsrfHeaderCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup check of Spring Security's CSRF protection: with real security filter
 * chains on both stacks, a credentialed policy that allows writes gets one WARN when it
 * does not allow the header the token repository reads, and nothing otherwise; without
 * Spring Security the check is not there.
 */
@ExtendWith(OutputCaptureExtension.class)
class CsrfHeaderCheckTests {

	private static final AutoConfigurations CHECK = AutoConfigurations.of(CorsCsrfCheckAutoConfiguration.class);

	/** A policy for a cookie SPA that forgot the token's header. */
	private static final String[] COOKIE_POLICY = { "cors.policies.api.allow-credentials=true",
			"cors.policies.api.allowed-methods=GET, PUT", "cors.policies.api.allowed-headers=Content-Type" };

	private static final String WARNING = "CORS policy 'api' allows credentials and unsafe methods, and Spring "
			+ "Security's CSRF protection is on (CsrfFilter in SecurityFilterChain 'cookieChain'), but "
			+ "cors.policies.api.allowed-headers allows no header the CSRF token can travel in: browsers refuse the "
			+ "preflight of every write that sends it. CookieCsrfTokenRepository reads the token from X-XSRF-TOKEN "
			+ "(its default header; if you renamed it with setHeaderName, allow that name instead). Add it: cors.policies.api.allowed-headers: content-type, X-XSRF-TOKEN; and if the application "
			+ "sends the token to the client in that response header (a client on another site cannot read the "
			+ "token's cookie), also list it in cors.policies.api.exposed-headers.";

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(CHECK)
		.withPropertyValues(CorsAutoConfigurationTests.API)
		.withPropertyValues(COOKIE_POLICY);

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(CHECK)
		.withPropertyValues(CorsAutoConfigurationTests.API)
		.withPropertyValues(COOKIE_POLICY);

	@Test
	void warnsWhenACookieRepositorysHeaderIsNotAllowed(CapturedOutput output) {
		this.servlet.withUserConfiguration(CookieChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CsrfHeaderCheck.class);
			assertThat(output).containsOnlyOnce(WARNING);
			assertThat(output.toString().lines().filter((line) -> line.contains(WARNING))).singleElement()
				.satisfies((line) -> assertThat(line).contains("WARN"));
		});
	}

	@Test
	void isSilentWhenTheHeaderIsAllowedByNameOrByWildcard(CapturedOutput output) {
		this.servlet.withUserConfiguration(CookieChain.class)
			.withPropertyValues("cors.policies.api.allowed-headers=Content-Type, x-xsrf-token")
			.run((context) -> assertThat(context).hasNotFailed());
		this.servlet.withUserConfiguration(CookieChain.class)
			.withPropertyValues("cors.policies.api.allowed-headers=*")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("CSRF token");
	}

	@Test
	void isSilentWithCsrfDisabledOrWithoutCredentialsOrWithoutUnsafeMethods(CapturedOutput output) {
		this.servlet.withUserConfiguration(NoCsrfChain.class).run((context) -> assertThat(context).hasNotFailed());
		this.servlet.withUserConfiguration(CookieChain.class)
			.withPropertyValues("cors.policies.api.allow-credentials=false")
			.run((context) -> assertThat(context).hasNotFailed());
		this.servlet.withUserConfiguration(CookieChain.class)
			.withPropertyValues("cors.policies.api.allowed-methods=GET, HEAD")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("CSRF token");
	}

	@Test
	void aSessionRepositoryNeedsItsOwnHeader(CapturedOutput output) {
		this.servlet.withUserConfiguration(SessionChain.class)
			.withPropertyValues("cors.policies.api.allowed-headers=X-XSRF-TOKEN")
			.run((context) -> assertThat(output)
				.contains("HttpSessionCsrfTokenRepository reads the token from X-CSRF-TOKEN (its default header;")
				.contains("Add it: cors.policies.api.allowed-headers: x-xsrf-token, X-CSRF-TOKEN;"));
	}

	@Test
	void withoutARepositoryBeanWarnsNamingBothDefaultHeaders(CapturedOutput output) {
		this.servlet.withUserConfiguration(SpaChain.class)
			.run((context) -> assertThat(output).contains("(CsrfFilter in SecurityFilterChain 'spaChain')")
				.contains("The token repository is not a bean, so the starter cannot see which header it "
						+ "reads: X-XSRF-TOKEN with a cookie repository (csrf.spa()), X-CSRF-TOKEN with a session "
						+ "one (Spring Security's default). Add it: cors.policies.api.allowed-headers: "
						+ "content-type, X-XSRF-TOKEN;"));
	}

	@Test
	void withoutARepositoryBeanTheSessionRepositorysHeaderIsEnough(CapturedOutput output) {
		this.servlet.withUserConfiguration(SpaChain.class)
			.withPropertyValues("cors.policies.api.allowed-headers=X-CSRF-TOKEN")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("CSRF token");
	}

	@Test
	void withoutSpringSecurityTheContextStartsWithoutTheCheck() {
		new WebApplicationContextRunner().withConfiguration(CorsAutoConfigurationTests.CORS)
			.withConfiguration(CHECK)
			.withPropertyValues(CorsAutoConfigurationTests.API)
			.withPropertyValues(COOKIE_POLICY)
			.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CorsEngine.class)
				.doesNotHaveBean(CsrfHeaderCheck.class));
		this.reactive.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CorsEngine.class)
				.doesNotHaveBean(CsrfHeaderCheck.class));
	}

	@Test
	void onWebFluxWarnsWhenACookieRepositorysHeaderIsNotAllowed(CapturedOutput output) {
		this.reactive.withUserConfiguration(ReactiveCookieChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(CsrfHeaderCheck.class);
			assertThat(output).containsOnlyOnce("Spring Security's CSRF protection is on (CsrfWebFilter in "
					+ "SecurityWebFilterChain 'reactiveCookieChain'), but cors.policies.api.allowed-headers allows no "
					+ "header the CSRF token can travel in")
				.contains("CookieServerCsrfTokenRepository reads the token from X-XSRF-TOKEN (its default header;")
				.contains("Add it: cors.policies.api.allowed-headers: content-type, X-XSRF-TOKEN;");
		});
	}

	@Test
	void onWebFluxIsSilentWhenTheHeaderIsAllowedOrCsrfIsDisabled(CapturedOutput output) {
		this.reactive.withUserConfiguration(ReactiveCookieChain.class)
			.withPropertyValues("cors.policies.api.allowed-headers=Content-Type, X-XSRF-TOKEN")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CsrfHeaderCheck.class));
		this.reactive.withUserConfiguration(ReactiveNoCsrfChain.class)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("CSRF token");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class CookieChain {

		@Bean
		CookieCsrfTokenRepository csrfTokens() {
			return CookieCsrfTokenRepository.withHttpOnlyFalse();
		}

		@Bean
		SecurityFilterChain cookieChain(HttpSecurity http, CookieCsrfTokenRepository tokens) {
			return http.csrf((csrf) -> csrf.csrfTokenRepository(tokens)).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class SessionChain {

		@Bean
		HttpSessionCsrfTokenRepository csrfTokens() {
			return new HttpSessionCsrfTokenRepository();
		}

		@Bean
		SecurityFilterChain sessionChain(HttpSecurity http, HttpSessionCsrfTokenRepository tokens) {
			return http.csrf((csrf) -> csrf.csrfTokenRepository(tokens)).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class SpaChain {

		@Bean
		SecurityFilterChain spaChain(HttpSecurity http) {
			return http.csrf((csrf) -> csrf.spa()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class NoCsrfChain {

		@Bean
		SecurityFilterChain noCsrfChain(HttpSecurity http) {
			return http.csrf((csrf) -> csrf.disable()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFluxSecurity
	static class ReactiveCookieChain {

		@Bean
		CookieServerCsrfTokenRepository csrfTokens() {
			return CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		}

		@Bean
		SecurityWebFilterChain reactiveCookieChain(ServerHttpSecurity http, CookieServerCsrfTokenRepository tokens) {
			return http.csrf((csrf) -> csrf.csrfTokenRepository(tokens)).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFluxSecurity
	static class ReactiveNoCsrfChain {

		@Bean
		SecurityWebFilterChain reactiveNoCsrfChain(ServerHttpSecurity http) {
			return http.csrf((csrf) -> csrf.disable()).build();
		}

	}

}
