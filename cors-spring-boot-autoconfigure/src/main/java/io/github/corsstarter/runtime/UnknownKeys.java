package io.github.corsstarter.runtime;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;

import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * Turns a {@code cors.*} key that no setting has into a problem that names the key most
 * likely meant. Spring Boot ignores unknown keys by default; here that would silently
 * block every cross-origin call.
 */
final class UnknownKeys {

	private static final String POLICIES = "policies.";

	private static final List<String> TOP_LEVEL_KEYS = List.of("enabled", "filter.order", "policies",
			"public-suffix-list");

	private static final List<String> POLICY_KEYS = Arrays.stream(PolicySetting.values())
		.map(PolicySetting::key)
		.toList();

	private static final int MAX_TYPO_DISTANCE = 4;

	private UnknownKeys() {
	}

	static PropertyProblem problem(ConfigurationProperty property) {
		return PropertyProblem.of(Kind.UNKNOWN_PROPERTY, property,
				"no such cors.* property; left as it is it would be silently ignored",
				suggest(property.getName().toString()));
	}

	/** Suggests the known key closest to a misspelled one, by edit distance. */
	static String suggest(String name) {
		String rest = name.substring(CorsProperties.PREFIX.length() + 1);
		String prefix = CorsProperties.PREFIX + ".";
		List<String> known = TOP_LEVEL_KEYS;
		int settingStart = rest.startsWith(POLICIES) ? rest.indexOf('.', POLICIES.length()) + 1 : 0;
		if (settingStart > 0) {
			prefix = prefix + rest.substring(0, settingStart);
			rest = rest.substring(settingStart);
			known = POLICY_KEYS;
		}
		else if (isMisspeltPolicySetting(rest)) {
			// cors.polices.api.allowed-origins: the policies map itself is misspelt.
			int nameStart = rest.indexOf('.') + 1;
			settingStart = rest.indexOf('.', nameStart) + 1;
			prefix = prefix + POLICIES + rest.substring(nameStart, settingStart);
			rest = rest.substring(settingStart);
			known = POLICY_KEYS;
		}
		String unindexed = rest.replaceAll("\\[\\d+]$", "");
		String best = known.stream().min(Comparator.comparingInt((key) -> distance(unindexed, key))).orElseThrow();
		return (distance(unindexed, best) <= MAX_TYPO_DISTANCE) ? "did you mean " + prefix + best + "?"
				: "remove it; known keys are " + knownKeys();
	}

	/**
	 * Whether a key has the shape of a policy's setting under a misspelling of
	 * {@code policies}: {@code polices.<name>.<setting>}.
	 */
	private static boolean isMisspeltPolicySetting(String rest) {
		int dot = rest.indexOf('.');
		return dot > 0 && rest.indexOf('.', dot + 1) > dot + 1
				&& distance(rest.substring(0, dot), POLICIES.substring(0, POLICIES.length() - 1)) <= 3;
	}

	static String knownKeys() {
		return TOP_LEVEL_KEYS.stream()
			.filter((key) -> !key.equals("policies"))
			.map((key) -> CorsProperties.PREFIX + "." + key)
			.collect(Collectors.joining(", ")) + " and " + CorsProperties.PREFIX + "." + POLICIES + "<name>."
				+ String.join("|", POLICY_KEYS);
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
