package io.github.corsstarter.integration;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The secured API of {@link NotesTestApplication} as a WebFlux application: public reads,
 * authenticated writes, ordinary reactive Spring Security, and no CORS code of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
// The controller is the servlet application's: @RestController works on both stacks.
@Import({ NotesTestApplication.NotesController.class, ReactiveNotesTestApplication.Security.class })
class ReactiveNotesTestApplication {

	/**
	 * Netty, WebFlux's default server, even though Tomcat is on the test class path for
	 * the servlet tests.
	 */
	@Bean
	NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
		return new NettyReactiveWebServerFactory();
	}

	@Configuration(proxyBeanMethods = false)
	static class Security {

		@Bean
		SecurityWebFilterChain api(ServerHttpSecurity http) {
			return rules(http);
		}

		/** Public reads, authenticated writes, HTTP Basic, stateless. */
		static SecurityWebFilterChain rules(ServerHttpSecurity http) {
			return http
				.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET, "/api/**", "/actuator/**")
					.permitAll()
					.anyExchange()
					.authenticated())
				.httpBasic(Customizer.withDefaults())
				.csrf(ServerHttpSecurity.CsrfSpec::disable)
				.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(
					User.withUsername(NotesTestApplication.USER)
						.password("{noop}" + NotesTestApplication.PASSWORD)
						.roles("USER")
						.build(),
					User.withUsername(NotesTestApplication.OPERATOR)
						.password("{noop}" + NotesTestApplication.PASSWORD)
						.roles("OPS")
						.build());
		}

	}

}
