package io.github.corsstarter.autoconfigure;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Reports misspelled {@code cors.*} keys, with the key that was probably meant. Spring Boot ignores unknown keys by
 * default; here that would silently block every cross-origin call, so {@link CorsProperties} refuses them and this
 * analyzer explains the refusal. Ordered ahead of Spring Boot's generic unbound-property analyzer.
 */
class UnknownCorsPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnboundConfigurationPropertiesException>
		implements Ordered {

	private static final List<String> TOP_LEVEL_KEYS = List.of("enabled", "filter.order", "policies");

	private static final List<String> POLICY_KEYS = List.of("path-patterns", "allowed-origins",
			"allowed-origin-patterns", "allowed-methods", "allowed-headers", "exposed-headers", "allow-credentials",
			"max-age", "allow-private-network");

	private static final int MAX_TYPO_DISTANCE = 4;

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnboundConfigurationPropertiesException cause) {
		Set<ConfigurationProperty> unbound = cause.getUnboundProperties();
		if (unbound.stream().anyMatch((property) -> !property.getName().toString().startsWith("cors."))) {
			return null;
		}
		StringBuilder description = new StringBuilder(
				"Unknown cors.* properties; left as they are they would be silently ignored:" + System.lineSeparator());
		StringBuilder action = new StringBuilder("Correct or remove them:" + System.lineSeparator());
		unbound.stream().sorted(Comparator.comparing((property) -> property.getName().toString())).forEach((property) -> {
			String name = property.getName().toString();
			description.append(System.lineSeparator()).append("    Property: ").append(name).append(System.lineSeparator())
				.append("    Value: \"").append(property.getValue()).append('"').append(System.lineSeparator());
			if (property.getOrigin() != null) {
				description.append("    Origin: ").append(property.getOrigin()).append(System.lineSeparator());
			}
			action.append("  - ").append(name).append(": ").append(suggest(name)).append(System.lineSeparator());
		});
		action.append(System.lineSeparator())
			.append("Known keys: cors.enabled, cors.filter.order and cors.policies.<name>.")
			.append(String.join("|", POLICY_KEYS));
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

	/** Suggests the known key closest to a misspelled one, by edit distance. */
	static String suggest(String name) {
		String rest = name.substring("cors.".length());
		String prefix = "cors.";
		List<String> known = TOP_LEVEL_KEYS;
		if (rest.startsWith("policies.") && rest.indexOf('.', "policies.".length()) > 0) {
			int settingStart = rest.indexOf('.', "policies.".length()) + 1;
			prefix = prefix + rest.substring(0, settingStart);
			rest = rest.substring(settingStart);
			known = POLICY_KEYS;
		}
		String unindexed = rest.replaceAll("\\[\\d+]$", "");
		String best = known.stream().min(Comparator.comparingInt((key) -> distance(unindexed, key))).orElseThrow();
		return (distance(unindexed, best) <= MAX_TYPO_DISTANCE) ? "did you mean " + prefix + best + "?"
				: "not a cors.* property";
	}

	/** Levenshtein distance. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
