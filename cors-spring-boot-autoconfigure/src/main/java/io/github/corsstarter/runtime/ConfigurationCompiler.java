package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/**
 * Compiles whole configurations: every policy and its path patterns, collecting every
 * problem of every policy before failing, so that a user fixes them all in one round.
 */
public final class ConfigurationCompiler {

	private ConfigurationCompiler() {
	}

	/**
	 * Compiles policies and their path patterns.
	 * @param specs the policies by name, in declaration order
	 * @param context what the policies are checked against
	 * @param problems where every error and warning goes
	 * @return the configuration, or empty if there was any error (in {@code problems})
	 */
	public static Optional<CompiledCorsConfiguration> compile(Map<String, CorsPolicySpec> specs, CompileContext context,
			ConfigurationProblems problems) {
		PathPatternParser parser = new PathPatternParser();
		Map<String, String> ownerByPattern = new LinkedHashMap<>();
		List<CorsPolicy> policies = new ArrayList<>();
		Map<String, List<PathPattern>> patterns = new LinkedHashMap<>();
		specs.forEach((name, spec) -> {
			Optional<CorsPolicy> policy = new PolicyCompiler(name, spec, context, problems).compile();
			List<PathPattern> policyPatterns = new ArrayList<>();
			List<String> texts = spec.getPathPatterns();
			for (int i = 0; i < texts.size(); i++) {
				String text = texts.get(i);
				PathPattern pattern = parse(parser, name, i, text, problems);
				String owner = ownerByPattern.putIfAbsent((pattern != null) ? pattern.getPatternString() : text, name);
				if (owner != null) {
					problems
						.error(new ConfigurationProblem(Kind.DUPLICATE_PATH_PATTERN, name, PolicySetting.PATH_PATTERNS,
								i, text, "policy '" + owner + "' already covers this path pattern",
								"keep the pattern in one policy, or make one of them more specific"));
				}
				else if (pattern != null) {
					policyPatterns.add(pattern);
				}
			}
			policy.ifPresent((compiled) -> {
				policies.add(compiled);
				patterns.put(name, policyPatterns);
			});
		});
		return problems.hasErrors() ? Optional.empty() : Optional.of(new CompiledCorsConfiguration(policies, patterns));
	}

	private static @Nullable PathPattern parse(PathPatternParser parser, String policy, int index, String text,
			ConfigurationProblems problems) {
		if (!text.startsWith("/")) {
			problems.error(new ConfigurationProblem(Kind.MALFORMED_PATH_PATTERN, policy, PolicySetting.PATH_PATTERNS,
					index, text, "a path pattern starts with '/'", "write '/" + text + "'"));
			return null;
		}
		try {
			return parser.parse(text);
		}
		catch (PatternParseException ex) {
			problems.error(new ConfigurationProblem(Kind.MALFORMED_PATH_PATTERN, policy, PolicySetting.PATH_PATTERNS,
					index, text, "not a valid path pattern: " + ex.getMessage(),
					"use Spring PathPattern syntax, for example '/api/**'"));
			return null;
		}
	}

}
