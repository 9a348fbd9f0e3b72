package io.github.corsstarter.gateway;

import java.net.http.HttpResponse;
import java.util.List;

import io.github.corsstarter.autoconfigure.CorsAutoConfiguration;
import io.github.corsstarter.autoconfigure.CorsOtherLayersAutoConfiguration;
import io.github.corsstarter.runtime.GatewayGlobalCors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.gateway.config.GlobalCorsProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Spring Cloud Gateway (WebFlux, on Netty) with the starter, in front of a real
 * downstream service that writes CORS headers of its own, both on random ports: the
 * gateway answers preflights whatever its routes, and the browser sees exactly one
 * {@code Access-Control-Allow-Origin}, the policy's, whatever the service writes.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayCorsTests extends GatewayInFront {

	private static final String APP = "http://localhost:5173";

	/** An origin only the gateway's own globalcors allows. */
	private static final String GLOBALCORS = "https://gateway-cors.example";

	GatewayCorsTests() {
		super(WebApplicationType.REACTIVE, "spring.cloud.gateway.server.webflux.enabled=false");
	}

	@Override
	protected ConfigurableApplicationContext startGateway(String downstreamUri) {
		return new SpringApplicationBuilder(Gateway.class).web(WebApplicationType.REACTIVE)
			.properties("server.port=0", "spring.main.banner-mode=off",
					"spring.cloud.gateway.server.webflux.routes[0].id=api",
					"spring.cloud.gateway.server.webflux.routes[0].uri=" + downstreamUri,
					// No route matches OPTIONS: the starter answers preflights anyway.
					"spring.cloud.gateway.server.webflux.routes[0].predicates[0]=Path=/api/**",
					"spring.cloud.gateway.server.webflux.routes[0].predicates[1]=Method=GET,POST",
					"spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/**].allowed-origins="
							+ GLOBALCORS,
					"cors.policies.api.path-patterns=/api/**", "cors.policies.api.allowed-origins=" + APP,
					"cors.policies.api.allowed-methods=GET, PUT", "cors.policies.api.allowed-headers=Authorization")
			.run();
	}

	@Test
	void anAllowedPreflightIsAnsweredAtTheGatewayThoughNoRouteMatchesOptions() throws Exception {
		HttpResponse<String> response = client().send("OPTIONS", "/api/notes", "Origin", APP,
				"Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.headers().allValues("Access-Control-Allow-Methods")).containsExactly("GET, PUT");
		assertThat(response.headers().allValues("Access-Control-Allow-Headers")).containsExactly("authorization");
	}

	@Test
	void aRefusedPreflightGetsNoCorsHeaderEvenFromAnOriginGlobalcorsAllows() throws Exception {
		HttpResponse<String> response = client().send("OPTIONS", "/api/notes", "Origin", GLOBALCORS,
				"Access-Control-Request-Method", "PUT");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaderNames(response)).isEmpty();
	}

	@Test
	void anAllowedRequestGetsExactlyThePolicysHeadersWhateverTheServiceWrites() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/notes", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("notes");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(corsHeaderNames(response)).containsExactly("access-control-allow-origin");
		assertThat(String.join(", ", response.headers().allValues("Vary"))).contains("Origin")
			.contains("Accept-Encoding");
	}

	@Test
	void aRefusedOriginGetsNoCorsHeaderThoughTheServiceWritesAWildcard() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/notes", "Origin", "https://evil.example");
		// The gateway's own globalcors processor, configured here, refuses an origin it
		// does not allow with its own 403 before routing: a status, not a grant.
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaderNames(response)).isEmpty();
	}

	@Test
	void anOriginOnlyGlobalcorsAllowsGetsNoCorsHeader() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/notes", "Origin", GLOBALCORS);
		assertThat(corsHeaderNames(response)).isEmpty();
	}

	@Test
	void aDownstream401CarriesThePolicysAllowOriginOnce() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/secret", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(corsHeaderNames(response)).containsExactly("access-control-allow-origin");
	}

	/** The output is captured from before the applications started. */
	@Test
	void warnsThatTheGatewaysOwnCorsIsConfiguredToo(CapturedOutput output) {
		assertThat(output).contains("WARN")
			.contains("Spring Cloud Gateway's own CORS is configured (spring.cloud.gateway.server.webflux.globalcors)");
	}

	@Test
	void withoutSpringCloudGatewayNothingAboutItIsConfigured() {
		ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(CorsAutoConfiguration.class, CorsOtherLayersAutoConfiguration.class))
			.withPropertyValues("cors.policies.api.allowed-origins=" + APP,
					"spring.cloud.gateway.server.webflux.globalcors.cors-configurations.[/**].allowed-origins="
							+ GLOBALCORS);
		runner.run((context) -> assertThat(context).hasSingleBean(GatewayGlobalCors.class));
		runner.withClassLoader(new FilteredClassLoader(GlobalCorsProperties.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GatewayGlobalCors.class));
	}

	private static List<String> corsHeaderNames(HttpResponse<String> response) {
		return response.headers()
			.map()
			.keySet()
			.stream()
			.filter((name) -> name.startsWith("access-control-"))
			.sorted()
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Gateway {

	}

}
