package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;

/**
 * What a reload changed, one line per policy, in the words of the settings: list items
 * added and removed, other settings from their old to their new value. Every setting the
 * compiled policy reports is compared, so a new setting needs nothing here.
 */
final class ConfigurationChanges {

	private ConfigurationChanges() {
	}

	static List<String> between(CompiledCorsConfiguration previous, CompiledCorsConfiguration next) {
		List<String> changes = new ArrayList<>();
		for (CorsPolicy policy : previous.policies()) {
			if (next.policy(policy.name()).isEmpty()) {
				changes.add("policy '" + policy.name() + "' removed");
			}
		}
		for (CorsPolicy policy : next.policies()) {
			CorsPolicy before = previous.policy(policy.name()).orElse(null);
			if (before == null) {
				changes.add("policy '" + policy.name() + "' added: " + next.describe(policy));
				continue;
			}
			List<String> changed = changed(previous.settings(before), next.settings(policy));
			if (!changed.isEmpty()) {
				changes.add("policy '" + policy.name() + "' reloaded: " + String.join("; ", changed));
			}
		}
		return changes;
	}

	private static List<String> changed(Map<PolicySetting, Object> before, Map<PolicySetting, Object> after) {
		List<String> changed = new ArrayList<>();
		for (PolicySetting setting : PolicySetting.values()) {
			Object a = before.get(setting);
			Object b = after.get(setting);
			if (a instanceof List<?> listA && b instanceof List<?> listB) {
				listChange(changed, setting.key(), listA, listB);
			}
			else if (!Objects.equals(a, b)) {
				changed.add(setting.key() + " " + render(setting, a) + " -> " + render(setting, b));
			}
		}
		return changed;
	}

	private static String render(PolicySetting setting, Object value) {
		return (setting == PolicySetting.MAX_AGE && value != null) ? value + "s" : String.valueOf(value);
	}

	private static void listChange(List<String> changed, String setting, List<?> before, List<?> after) {
		Set<Object> added = new LinkedHashSet<>(after);
		before.forEach(added::remove);
		Set<Object> removed = new LinkedHashSet<>(before);
		after.forEach(removed::remove);
		if (!added.isEmpty() || !removed.isEmpty()) {
			changed.add(setting + " added " + added + ", removed " + removed);
		}
	}

}
