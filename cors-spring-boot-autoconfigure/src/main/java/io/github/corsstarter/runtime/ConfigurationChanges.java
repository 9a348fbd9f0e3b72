package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.CorsPolicySettings;
import io.github.corsstarter.policy.PolicySetting;

/**
 * What a reload changed, one line per policy, in the words of the settings: origins added
 * and removed, other settings from their old to their new value.
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
			List<String> changed = new ArrayList<>();
			listChange(changed, PolicySetting.PATH_PATTERNS.key(), previous.pathPatterns(before),
					next.pathPatterns(policy));
			CorsPolicySettings a = before.settings();
			CorsPolicySettings b = policy.settings();
			listChange(changed, PolicySetting.ALLOWED_ORIGINS.key(), a.allowedOrigins(), b.allowedOrigins());
			listChange(changed, PolicySetting.ALLOWED_ORIGIN_PATTERNS.key(), a.allowedOriginPatterns(),
					b.allowedOriginPatterns());
			valueChange(changed, "any origin", a.anyOrigin(), b.anyOrigin());
			valueChange(changed, PolicySetting.ORIGIN_SOURCE_BEAN.key(), a.originSource(), b.originSource());
			valueChange(changed, PolicySetting.ORIGIN_RESOLVER_BEAN.key(), a.originResolver(), b.originResolver());
			valueChange(changed, PolicySetting.ALLOWED_METHODS.key(), a.allowedMethods(), b.allowedMethods());
			valueChange(changed, PolicySetting.ALLOWED_HEADERS.key(), a.allowedHeaders(), b.allowedHeaders());
			valueChange(changed, PolicySetting.EXPOSED_HEADERS.key(), a.exposedHeaders(), b.exposedHeaders());
			valueChange(changed, PolicySetting.ALLOW_CREDENTIALS.key(), a.allowCredentials(), b.allowCredentials());
			valueChange(changed, PolicySetting.MAX_AGE.key(), a.maxAgeSeconds() + "s", b.maxAgeSeconds() + "s");
			valueChange(changed, PolicySetting.ALLOW_PRIVATE_NETWORK.key(), a.allowPrivateNetwork(),
					b.allowPrivateNetwork());
			if (!changed.isEmpty()) {
				changes.add("policy '" + policy.name() + "' reloaded: " + String.join("; ", changed));
			}
		}
		return changes;
	}

	private static void listChange(List<String> changed, String setting, List<String> before, List<String> after) {
		Set<String> added = new LinkedHashSet<>(after);
		before.forEach(added::remove);
		Set<String> removed = new LinkedHashSet<>(before);
		after.forEach(removed::remove);
		if (!added.isEmpty() || !removed.isEmpty()) {
			changed.add(setting + " added " + added + ", removed " + removed);
		}
	}

	private static void valueChange(List<String> changed, String setting, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(setting + " " + before + " -> " + after);
		}
	}

}
