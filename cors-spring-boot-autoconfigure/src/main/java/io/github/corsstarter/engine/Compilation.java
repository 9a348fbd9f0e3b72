package io.github.corsstarter.engine;

import java.util.List;
import java.util.Optional;

import io.github.corsstarter.policy.ConfigurationProblem;
import io.github.corsstarter.policy.CorsConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of compiling a CORS configuration: the compiled configuration when there is
 * no error, and every error and warning found either way.
 */
public final class Compilation {

	private final @Nullable CompiledCorsConfiguration configuration;

	private final List<ConfigurationProblem> errors;

	private final List<ConfigurationProblem> warnings;

	Compilation(@Nullable CompiledCorsConfiguration configuration, List<ConfigurationProblem> errors,
			List<ConfigurationProblem> warnings) {
		this.configuration = configuration;
		this.errors = List.copyOf(errors);
		this.warnings = List.copyOf(warnings);
	}

	/** The compiled configuration; empty if there were errors. */
	public Optional<CompiledCorsConfiguration> configuration() {
		return Optional.ofNullable(this.configuration);
	}

	public List<ConfigurationProblem> errors() {
		return this.errors;
	}

	public List<ConfigurationProblem> warnings() {
		return this.warnings;
	}

	/**
	 * The compiled configuration.
	 * @throws CorsConfigurationException listing every error, if there was any
	 */
	public CompiledCorsConfiguration orThrow() {
		if (this.configuration == null) {
			throw new CorsConfigurationException(this.errors);
		}
		return this.configuration;
	}

}
