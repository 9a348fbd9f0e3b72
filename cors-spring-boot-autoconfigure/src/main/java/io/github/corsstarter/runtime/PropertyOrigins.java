package io.github.corsstarter.runtime;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.Environment;

/**
 * Finds a property as the user wrote it: its raw value and where it was set (a file and
 * line, a system property, an environment variable...), so a report echoes {@code 48h}
 * rather than {@code PT48H} and points at the line.
 */
final class PropertyOrigins {

	private final Environment environment;

	PropertyOrigins(Environment environment) {
		this.environment = environment;
	}

	/**
	 * The property as written; for a list item that was written as one comma-separated
	 * value, that value.
	 */
	Optional<ConfigurationProperty> written(String property) {
		Optional<ConfigurationProperty> written = find(property);
		int index = property.lastIndexOf('[');
		return (written.isPresent() || index < 0) ? written : find(property.substring(0, index));
	}

	/** Where a property (or the list it is an item of) was set, if known. */
	@Nullable String origin(String property) {
		return written(property).map(PropertyProblem::originOf).orElse(null);
	}

	private Optional<ConfigurationProperty> find(String property) {
		if (!ConfigurationPropertyName.isValid(property)) {
			return Optional.empty();
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty candidate = source.getConfigurationProperty(name);
			if (candidate != null) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
