package io.github.corsstarter.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.corsstarter.engine.Compilation;
import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.ConfigurationProblem;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;

/**
 * Reads the {@code cors.*} properties from the {@link Environment} and compiles them, reporting every problem as
 * the user wrote it: at startup and on every reload, the same way.
 */
final class CorsConfigurationLoader {

	/** Where a servlet context path or a WebFlux base path is set; path patterns are relative to it. */
	private static final List<String> CONTEXT_PATH_SETTINGS = List.of("server.servlet.context-path",
			"spring.webflux.base-path");

	private final Environment environment;

	private final PropertyOrigins written;

	CorsConfigurationLoader(Environment environment) {
		this.environment = environment;
		this.written = new PropertyOrigins(environment);
	}

	Loaded load() {
		CorsPropertiesBinder.Bound bound = CorsPropertiesBinder.bind(this.environment);
		Compilation compilation = CompiledCorsConfiguration.compile(bound.properties().getPolicies());
		List<PropertyProblem> errors = new ArrayList<>(bound.problems());
		compilation.errors().forEach((problem) -> errors.add(render(problem)));
		List<PropertyProblem> warnings = new ArrayList<>(compilation.warnings().stream().map(this::render).toList());
		warnings.addAll(contextPathRepeated(bound.properties()));
		return new Loaded(bound.properties(), errors.isEmpty() ? compilation.configuration() : Optional.empty(),
				errors, warnings);
	}

	/**
	 * Path patterns are relative to the context path (or WebFlux base path): one that starts with it matches
	 * nothing the application serves.
	 */
	private List<PropertyProblem> contextPathRepeated(CorsProperties properties) {
		List<PropertyProblem> warnings = new ArrayList<>();
		for (String setting : CONTEXT_PATH_SETTINGS) {
			String contextPath = this.environment.getProperty(setting, "").replaceAll("/+$", "");
			if (contextPath.isEmpty()) {
				continue;
			}
			properties.getPolicies().forEach((name, spec) -> {
				List<String> patterns = spec.getPathPatterns();
				for (int i = 0; i < patterns.size(); i++) {
					String pattern = patterns.get(i);
					if (pattern.equals(contextPath) || pattern.startsWith(contextPath + "/")) {
						String property = CorsProperties.PREFIX + ".policies." + name + ".path-patterns[" + i + "]";
						String relative = pattern.substring(contextPath.length());
						warnings.add(new PropertyProblem(property, pattern,
								this.written.written(property).map(ConfigurationProperty::getOrigin)
									.map(Object::toString)
									.orElse(null),
								"path patterns are relative to " + setting + "=" + contextPath
										+ ", so this one matches only " + contextPath + pattern,
								"write '" + (relative.isEmpty() ? "/" : relative) + "'"));
					}
				}
			});
		}
		return warnings;
	}

	/** A policy's problem, named by its full property key, with the value and its origin as written. */
	private PropertyProblem render(ConfigurationProblem problem) {
		String prefix = CorsProperties.PREFIX + ".policies." + problem.policy() + ".";
		String property = prefix + problem.settingKey();
		Optional<ConfigurationProperty> written = this.written.written(property);
		// A list item is reported as written; a whole value (48h) as written rather than as Java prints it (PT48H).
		String value = (problem.index() == ConfigurationProblem.NO_INDEX)
				? written.map((source) -> String.valueOf(source.getValue())).orElse(problem.value()) : problem.value();
		String origin = written.map(ConfigurationProperty::getOrigin).map(Object::toString).orElse(null);
		return new PropertyProblem(property, value, origin, problem.reason(),
				problem.fix((setting) -> prefix + setting.key()));
	}

	/**
	 * The properties as bound, the compiled configuration when there is no error, and every problem.
	 */
	record Loaded(CorsProperties properties, Optional<CompiledCorsConfiguration> configuration,
			List<PropertyProblem> errors, List<PropertyProblem> warnings) {

		/**
		 * The compiled configuration.
		 * @throws InvalidCorsConfigurationException listing every error, if there was any
		 */
		CompiledCorsConfiguration orThrow() {
			return this.configuration.orElseThrow(() -> new InvalidCorsConfigurationException(this.errors));
		}

	}

}
