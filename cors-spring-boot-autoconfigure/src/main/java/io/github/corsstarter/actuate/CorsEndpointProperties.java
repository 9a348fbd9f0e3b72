package io.github.corsstarter.actuate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cors} endpoint's settings, in the form Spring Boot gives its {@code env} and
 * {@code configprops} endpoints.
 */
@ConfigurationProperties("management.endpoint.cors")
public class CorsEndpointProperties {

	/**
	 * When to show the values that come from origin sources, origin resolvers and
	 * requests: sources' and resolvers' error messages, the entries a source listed that
	 * are no origins, and the origin, method, path and explanation of recent rejections.
	 * Hidden values read "******".
	 */
	private Show showValues = Show.NEVER;

	/**
	 * Roles used to determine whether a user is authorized to be shown those values. When
	 * empty, all authenticated users are authorized.
	 */
	private final Set<String> roles = new LinkedHashSet<>();

	public Show getShowValues() {
		return this.showValues;
	}

	public void setShowValues(Show showValues) {
		this.showValues = showValues;
	}

	public Set<String> getRoles() {
		return this.roles;
	}

}
