package io.github.corsstarter.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A compiled policy's effective settings by {@link PolicySetting}, normalised as applied:
 * the one map the Actuator view and the reload change report are derived from.
 */
final class EffectiveSettings {

	private static final String WILDCARD = "*";

	private EffectiveSettings() {
	}

	static Map<PolicySetting, Object> of(OriginMatcher origins, @Nullable OriginLookup resolver,
			ResolverCandidates candidates, Set<String> methods, Set<String> headers, Set<String> exposed,
			boolean allowCredentials, long maxAgeSeconds, boolean allowPrivateNetwork, boolean timingAllowOrigin,
			boolean crossOriginProtection) {
		Map<PolicySetting, Object> settings = new EnumMap<>(PolicySetting.class);
		List<String> exact = new ArrayList<>();
		if (origins.allowsAnyOrigin()) {
			exact.add(WILDCARD);
		}
		exact.addAll(origins.exactOrigins());
		settings.put(PolicySetting.ALLOWED_ORIGINS, List.copyOf(exact));
		settings.put(PolicySetting.ALLOWED_ORIGIN_PATTERNS, origins.patternTexts());
		settings.put(PolicySetting.ALLOWED_METHODS, List.copyOf(methods));
		settings.put(PolicySetting.ALLOWED_HEADERS, List.copyOf(headers));
		settings.put(PolicySetting.EXPOSED_HEADERS, List.copyOf(exposed));
		settings.put(PolicySetting.ALLOW_CREDENTIALS, allowCredentials);
		settings.put(PolicySetting.MAX_AGE, maxAgeSeconds);
		settings.put(PolicySetting.ALLOW_PRIVATE_NETWORK, allowPrivateNetwork);
		settings.put(PolicySetting.TIMING_ALLOW_ORIGIN, timingAllowOrigin);
		settings.put(PolicySetting.CROSS_ORIGIN_PROTECTION, crossOriginProtection);
		if (origins.listed() != null) {
			settings.put(PolicySetting.ORIGIN_SOURCE_BEAN, origins.listed().source());
		}
		if (resolver != null) {
			settings.put(PolicySetting.ORIGIN_RESOLVER_BEAN, resolver.name());
			if (!candidates.patternTexts().isEmpty()) {
				settings.put(PolicySetting.ORIGIN_RESOLVER_CANDIDATE_PATTERNS, candidates.patternTexts());
			}
		}
		return Collections.unmodifiableMap(settings);
	}

}
