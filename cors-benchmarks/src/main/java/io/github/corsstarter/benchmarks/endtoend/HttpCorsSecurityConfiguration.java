package io.github.corsstarter.benchmarks.endtoend;

import java.util.List;

import io.github.corsstarter.benchmarks.PolicySettings;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The sample's API security as users write it without the starter: the sample's own
 * authorization rules, token checks and entry point, plus {@code http.cors()} over the
 * sample's {@code cors.policies.api}. Ordered ahead of the sample's catch-all chain so it
 * owns {@code /api/**}.
 * <p>
 * The starter itself stays enabled: the sample's trusted-origins admin API needs its
 * {@code CorsConfigurationManager}, and {@code cors.enabled=false} would stop the sample
 * from starting. Only its filter is taken out of the chain
 * ({@link #disabledStarterFilter}), so CORS is {@code http.cors()} alone.
 */
@Configuration(proxyBeanMethods = false)
public class HttpCorsSecurityConfiguration {

	/** The sample's {@code cors.policies.api} (its application.yml). */
	static final PolicySettings SAMPLE_API_POLICY = new PolicySettings("api", "/api/**",
			List.of("http://localhost:5173", "http://127.0.0.1:5173"), List.of());

	@Bean
	@Order(0)
	SecurityFilterChain httpCorsApiSecurity(HttpSecurity http, AuthenticationEntryPoint entryPoint) {
		http.securityMatcher(SAMPLE_API_POLICY.pathPattern())
			.cors(Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/notes", "/api/notes/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/notes", "/api/auth/token")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults())
				.authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * A registration of the starter's filter that registers nothing: with it the
	 * starter's servlet auto-configuration backs off (it registers its filter only when
	 * the application has none), and being disabled it puts no filter in the container.
	 */
	@Bean
	FilterRegistrationBean<CorsPolicyFilter> disabledStarterFilter(CorsEngine engine) {
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(
				new CorsPolicyFilter(engine));
		registration.setEnabled(false);
		return registration;
	}

	/** Found by {@code http.cors()} under this name. */
	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(SAMPLE_API_POLICY.pathPattern(), SAMPLE_API_POLICY.springConfiguration());
		return source;
	}

}
