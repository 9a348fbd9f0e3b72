package io.github.corsstarter.runtime;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.corsstarter.policy.PolicySetting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelled {@code cors.*} key gets the nearest known key, up to four edits away;
 * farther than that, the list of every known key.
 */
class UnknownKeysTests {

	private static final String KNOWN_KEYS = "remove it; known keys are cors.enabled, cors.filter.order, "
			+ "cors.public-suffix-list and cors.policies.<name>."
			+ Arrays.stream(PolicySetting.values()).map(PolicySetting::key).collect(Collectors.joining("|"));

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "cors.enabeld, cors.enabled", "cors.ena, cors.enabled", "cors.enabledxxxx, cors.enabled",
			"cors.filter.ordr, cors.filter.order", "cors.public-sufix-list, cors.public-suffix-list",
			"cors.policie, cors.policies", "cors.policies.api.alowed-origins, cors.policies.api.allowed-origins",
			"cors.policies.api.allowed-origin[0], cors.policies.api.allowed-origins",
			"cors.policies.my-api.max-ages, cors.policies.my-api.max-age",
			"cors.policies.api.origin-resolver.baen, cors.policies.api.origin-resolver.bean",
			"cors.polices.api.allowed-origins, cors.policies.api.allowed-origins",
			"cors.policy.api.alowed-origins[0], cors.policies.api.allowed-origins",
			"cors.Policies.my-api.max-age, cors.policies.my-api.max-age" })
	void suggestsTheNearestKnownKey(String misspelled, String meant) {
		assertThat(UnknownKeys.suggest(misspelled)).isEqualTo("did you mean " + meant + "?");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "cors.en", "cors.enabledxxxxx", "cors.something-else-entirely" })
	void listsEveryKnownKeyWhenNoneIsNear(String unknown) {
		assertThat(UnknownKeys.suggest(unknown)).isEqualTo(KNOWN_KEYS);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "cors.policies.api.zzzzzzzzzzzzzzzzzz" })
	void listsEveryKnownKeyForAPolicySettingNoneIsNear(String unknown) {
		assertThat(UnknownKeys.suggest(unknown)).isEqualTo(KNOWN_KEYS);
	}

}
