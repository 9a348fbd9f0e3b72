package io.github.corsstarter.benchmarks.webfluxapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.corsstarter.benchmarks.PolicySettings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * A WebFlux application on Netty with the sample's notes routes, run in one of three
 * variants ({@code --benchmark.variant=...}) so that only the CORS layer differs:
 * <ul>
 * <li>{@code floor}: no CORS layer ({@code cors.enabled=false}); WebFlux answers the
 * preflight itself, 200 without CORS headers: what the server costs with nothing deciding
 * CORS;</li>
 * <li>{@code starter}: the starter's {@code CorsPolicyWebFilter} with the sample's
 * {@code cors.policies.api};</li>
 * <li>{@code cors-web-filter}: Spring's {@link CorsWebFilter} over the same policy, as
 * users write it by hand ({@code cors.enabled=false}).</li>
 * </ul>
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class WebFluxEndToEndApp {

	/** The sample's {@code cors.policies.api}, as in the servlet end-to-end run. */
	static final PolicySettings API_POLICY = new PolicySettings("api", "/api/**", List.of("http://localhost:5173"),
			List.of());

	public static void main(String[] args) {
		String variant = variant(args);
		SpringApplication application = new SpringApplication(WebFluxEndToEndApp.class);
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		application.setDefaultProperties(Map.of("cors.enabled", String.valueOf(variant.equals("starter"))));
		application.run(variant.equals("starter") ? withStarterPolicy(args) : args);
	}

	private static String variant(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--benchmark.variant=")) {
				String variant = arg.substring(arg.indexOf('=') + 1);
				if (List.of("floor", "starter", "cors-web-filter").contains(variant)) {
					return variant;
				}
			}
		}
		throw new IllegalArgumentException("--benchmark.variant=floor|starter|cors-web-filter is required");
	}

	private static String[] withStarterPolicy(String[] args) {
		List<String> all = new ArrayList<>(List.of(args));
		API_POLICY.starterProperties().forEach((property) -> all.add("--" + property));
		return all.toArray(String[]::new);
	}

	/** {@code GET /api/notes} and {@code PUT /api/notes/{id}}, answered without work. */
	@Bean
	RouterFunction<ServerResponse> notes() {
		return RouterFunctions
			.route(RequestPredicates.GET("/api/notes"), (request) -> ServerResponse.ok().bodyValue("[]"))
			.andRoute(RequestPredicates.PUT("/api/notes/{id}"), (request) -> ServerResponse.noContent().build());
	}

	@Bean
	@ConditionalOnProperty(name = "benchmark.variant", havingValue = "cors-web-filter")
	CorsWebFilter corsWebFilter() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(API_POLICY.pathPattern(), API_POLICY.springConfiguration());
		return new CorsWebFilter(source);
	}

}
