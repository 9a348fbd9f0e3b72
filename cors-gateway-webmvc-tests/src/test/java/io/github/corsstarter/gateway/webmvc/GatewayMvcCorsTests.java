package io.github.corsstarter.gateway.webmvc;

import java.net.http.HttpResponse;
import java.util.Map;

import io.github.corsstarter.gateway.GatewayInFront;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static io.github.corsstarter.gateway.GatewayClient.corsHeaders;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real servlet Spring Cloud Gateway (Server MVC, on Tomcat) with the starter, in front
 * of a real downstream service that writes CORS headers of its own, both on random ports:
 * the gateway answers preflights whatever its routes, and the browser sees exactly one
 * {@code Access-Control-Allow-Origin}, the policy's, whatever the service writes. The
 * gateway copies the proxied response's headers into the servlet response, which is the
 * starter's one-writer wrapper on covered paths.
 */
class GatewayMvcCorsTests extends GatewayInFront {

	private static final String APP = "http://localhost:5173";

	/**
	 * The policy's whole answer to an allowed preflight, the same on every path it
	 * covers.
	 */
	private static final Map<String, String> ALLOWED_PREFLIGHT = Map.of("access-control-allow-origin", APP,
			"access-control-allow-methods", "GET, PUT", "access-control-allow-headers", "authorization",
			"access-control-max-age", "1800", "vary",
			"Origin, Access-Control-Request-Method, Access-Control-Request-Headers");

	GatewayMvcCorsTests() {
		super(WebApplicationType.SERVLET);
	}

	@Override
	protected ConfigurableApplicationContext startGateway(String downstreamUri) {
		return new SpringApplicationBuilder(Gateway.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.main.banner-mode=off",
					"spring.cloud.gateway.server.webmvc.routes[0].id=api",
					"spring.cloud.gateway.server.webmvc.routes[0].uri=" + downstreamUri,
					// No route matches OPTIONS: the starter answers preflights anyway.
					"spring.cloud.gateway.server.webmvc.routes[0].predicates[0]=Path=/api/**",
					"spring.cloud.gateway.server.webmvc.routes[0].predicates[1]=Method=GET,POST",
					// No route at all for /files/**.
					"cors.policies.api.path-patterns=/api/**, /files/**", "cors.policies.api.allowed-origins=" + APP,
					"cors.policies.api.allowed-methods=GET, PUT", "cors.policies.api.allowed-headers=Authorization",
					"cors.policies.api.exposed-headers=X-Total-Count")
			.run();
	}

	@Test
	void anAllowedPreflightIsAnsweredAtTheGatewayThoughNoRouteMatchesOptions() throws Exception {
		HttpResponse<String> response = client().send("OPTIONS", "/api/notes", "Origin", APP,
				"Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(ALLOWED_PREFLIGHT);
	}

	@Test
	void aPreflightToAPathNoRouteMatchesAtAllIsAnsweredAtTheGateway() throws Exception {
		HttpResponse<String> response = client().send("OPTIONS", "/files/report", "Origin", APP,
				"Access-Control-Request-Method", "GET");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(ALLOWED_PREFLIGHT);
	}

	@Test
	void aRefusedPreflightGetsNoCorsHeader() throws Exception {
		HttpResponse<String> response = client().send("OPTIONS", "/api/notes", "Origin", "https://evil.example",
				"Access-Control-Request-Method", "PUT");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(
				Map.of("vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"));
	}

	@Test
	void anAllowedRequestGetsExactlyThePolicysHeadersWhateverTheServiceWrites() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/notes", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("notes");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(Map.of("access-control-allow-origin", APP,
				"access-control-expose-headers", "x-total-count", "vary", "Origin, Accept-Encoding"));
	}

	@Test
	void aRefusedOriginGetsNoCorsHeaderThoughTheServiceWritesAWildcard() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/notes", "Origin", "https://evil.example");
		// No gateway CORS of its own on this variant: the request is routed, and only
		// the service's headers are dropped.
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("notes");
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(Map.of("vary", "Origin, Accept-Encoding"));
	}

	@Test
	void aDownstream401CarriesThePolicysAllowOriginOnce() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/secret", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(Map.of("access-control-allow-origin", APP,
				"access-control-expose-headers", "x-total-count", "vary", "Origin"));
	}

	@Test
	void aDownstream401ToARefusedOriginCarriesNoCorsHeader() throws Exception {
		HttpResponse<String> response = client().send("GET", "/api/secret", "Origin", "https://evil.example");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(corsHeaders(response)).containsExactlyInAnyOrderEntriesOf(Map.of("vary", "Origin"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Gateway {

	}

}
