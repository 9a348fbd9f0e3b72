package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;

/**
 * One CORS policy, written once and turned into both the starter's
 * {@code cors.policies.*} properties and Spring's {@link CorsConfiguration}, so the two
 * filters can never be benchmarked on different settings. Methods, headers, exposed
 * headers and max-age are the sample app's {@code cors.policies.api}. Also packaged into
 * the end-to-end comparison's {@code http.cors()} configuration.
 *
 * @param name the policy's name under {@code cors.policies}
 * @param pathPattern the one path pattern it covers
 * @param origins the exact allowed origins
 * @param originPatterns the allowed origin patterns
 */
public record PolicySettings(String name, String pathPattern, List<String> origins, List<String> originPatterns) {

	static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

	static final List<String> HEADERS = List.of("Authorization", "Content-Type");

	static final List<String> EXPOSED_HEADERS = List.of("Location");

	static final long MAX_AGE_SECONDS = 3600;

	public List<String> starterProperties() {
		String prefix = "cors.policies." + this.name + ".";
		List<String> properties = new ArrayList<>();
		properties.add(prefix + "path-patterns=" + this.pathPattern);
		if (!this.origins.isEmpty()) {
			properties.add(prefix + "allowed-origins=" + String.join(",", this.origins));
		}
		if (!this.originPatterns.isEmpty()) {
			properties.add(prefix + "allowed-origin-patterns=" + String.join(",", this.originPatterns));
		}
		properties.add(prefix + "allowed-methods=" + String.join(",", METHODS));
		properties.add(prefix + "allowed-headers=" + String.join(",", HEADERS));
		properties.add(prefix + "exposed-headers=" + String.join(",", EXPOSED_HEADERS));
		properties.add(prefix + "max-age=" + MAX_AGE_SECONDS + "s");
		return properties;
	}

	public CorsConfiguration springConfiguration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(this.origins);
		configuration.setAllowedOriginPatterns(this.originPatterns);
		configuration.setAllowedMethods(METHODS);
		configuration.setAllowedHeaders(HEADERS);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setMaxAge(MAX_AGE_SECONDS);
		return configuration;
	}

}
