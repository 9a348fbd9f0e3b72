package io.github.corsstarter.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.runtime.ConfigurationCompiler;
import io.github.corsstarter.runtime.ConfigurationProblem;
import io.github.corsstarter.runtime.ConfigurationProblems;
import io.github.corsstarter.runtime.CorsPolicySpec;
import io.github.corsstarter.testing.CorsConfigurationException;

/**
 * Named {@link CorsPolicySpec}s written fluently, for test tables:
 * {@code named("api").allowedOrigins("*")}.
 */
public final class PolicySpecs {

	private final String name;

	private final CorsPolicySpec spec = new CorsPolicySpec();

	private PolicySpecs(String name) {
		this.name = name;
	}

	public static PolicySpecs named(String name) {
		return new PolicySpecs(name);
	}

	/** Compiles policies together, in this order, failing on any error. */
	public static CompiledCorsConfiguration compile(PolicySpecs... policies) {
		return compilation(policies).orThrow();
	}

	/** Compiles policies together, in this order. */
	public static Compilation compilation(PolicySpecs... policies) {
		return compilation(CompileContext.withBundledPublicSuffixList(), policies);
	}

	/**
	 * Compiles policies together, in this order, in a context that may provide origin
	 * sources and resolvers.
	 */
	public static Compilation compilation(CompileContext context, PolicySpecs... policies) {
		Map<String, CorsPolicySpec> specs = new LinkedHashMap<>();
		for (PolicySpecs policy : policies) {
			specs.put(policy.name, policy.spec);
		}
		ConfigurationProblems problems = new ConfigurationProblems();
		Optional<CompiledCorsConfiguration> configuration = ConfigurationCompiler.compile(specs, context, problems);
		return new Compilation(configuration, problems.errors(), problems.warnings());
	}

	/** Names the policy's origin resolver. */
	public PolicySpecs originResolver(String bean) {
		this.spec.getOriginResolver().setBean(bean);
		return this;
	}

	/** The origins the policy's origin resolver may be asked about. */
	public PolicySpecs candidatePatterns(String... patterns) {
		this.spec.getOriginResolver().setCandidatePatterns(List.of(patterns));
		return this;
	}

	/** Names the policy's origin source. */
	public PolicySpecs originSource(String bean) {
		this.spec.getOriginSource().setBean(bean);
		return this;
	}

	public String name() {
		return this.name;
	}

	public CorsPolicySpec spec() {
		return this.spec;
	}

	/** Compiles this policy alone, failing on any error. */
	public CorsPolicy compilePolicy() {
		return compile(this).policies().get(0);
	}

	public PolicySpecs pathPatterns(String... patterns) {
		this.spec.setPathPatterns(List.of(patterns));
		return this;
	}

	public PolicySpecs allowedOrigins(String... origins) {
		return allowedOrigins(List.of(origins));
	}

	public PolicySpecs allowedOrigins(List<String> origins) {
		this.spec.setAllowedOrigins(origins);
		return this;
	}

	public PolicySpecs allowedOriginPatterns(String... patterns) {
		this.spec.setAllowedOriginPatterns(List.of(patterns));
		return this;
	}

	public PolicySpecs allowedMethods(String... methods) {
		this.spec.setAllowedMethods(List.of(methods));
		return this;
	}

	public PolicySpecs allowedHeaders(String... headers) {
		this.spec.setAllowedHeaders(List.of(headers));
		return this;
	}

	public PolicySpecs exposedHeaders(String... headers) {
		this.spec.setExposedHeaders(List.of(headers));
		return this;
	}

	public PolicySpecs allowCredentials(boolean allowCredentials) {
		this.spec.setAllowCredentials(allowCredentials);
		return this;
	}

	public PolicySpecs maxAge(Duration maxAge) {
		this.spec.setMaxAge(maxAge);
		return this;
	}

	public PolicySpecs dangerouslyTolerateSubdomainsOfPublicSuffixes(boolean tolerate) {
		this.spec.setDangerouslyTolerateSubdomainsOfPublicSuffixes(tolerate);
		return this;
	}

	public PolicySpecs allowPrivateNetwork(boolean allowPrivateNetwork) {
		this.spec.setAllowPrivateNetwork(allowPrivateNetwork);
		return this;
	}

	public PolicySpecs timingAllowOrigin(boolean timingAllowOrigin) {
		this.spec.setTimingAllowOrigin(timingAllowOrigin);
		return this;
	}

	public PolicySpecs crossOriginProtection(boolean crossOriginProtection) {
		this.spec.setCrossOriginProtection(crossOriginProtection);
		return this;
	}

	/**
	 * What compiling gave: the configuration when there was no error, and every problem
	 * either way.
	 */
	public record Compilation(Optional<CompiledCorsConfiguration> configuration, List<ConfigurationProblem> errors,
			List<ConfigurationProblem> warnings) {

		/** The configuration, or a failure listing every error. */
		public CompiledCorsConfiguration orThrow() {
			return this.configuration.orElseThrow(() -> new CorsConfigurationException(this.errors));
		}

	}

}
