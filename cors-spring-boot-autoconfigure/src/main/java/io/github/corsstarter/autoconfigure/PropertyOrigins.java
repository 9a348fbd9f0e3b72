package io.github.corsstarter.autoconfigure;

import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * Finds where a property was set (a file and line, a system property, ...) so a failure report points at it.
 */
final class PropertyOrigins {

	private final Environment environment;

	PropertyOrigins(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Describes where a property was set; for a list item that was written as one comma-separated value, where the
	 * list was set.
	 */
	Optional<String> describe(String property) {
		Optional<String> origin = find(property);
		int index = property.lastIndexOf('[');
		return (origin.isPresent() || index < 0) ? origin : find(property.substring(0, index));
	}

	private Optional<String> find(String property) {
		if (this.environment == null || !ConfigurationPropertyName.isValid(property)) {
			return Optional.empty();
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty candidate = source.getConfigurationProperty(name);
			if (candidate != null && candidate.getOrigin() != null) {
				return Optional.of(candidate.getOrigin().toString());
			}
		}
		return Optional.empty();
	}

}
