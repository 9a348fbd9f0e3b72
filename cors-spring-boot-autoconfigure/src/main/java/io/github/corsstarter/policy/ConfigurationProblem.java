package io.github.corsstarter.policy;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong (or risky) with a setting of a policy.
 * <p>
 * Problems are typed: they name the policy and the {@link PolicySetting}, not a property
 * key, so code that compiles a {@link CorsPolicySpec} directly reads about the settings
 * it wrote, and the Spring Boot layer renders them as
 * {@code cors.policies.<policy>.<key>[index]}.
 *
 * @param policy the policy's name
 * @param setting the setting the problem is about
 * @param index the position of the offending item in a list setting, or {@link #NO_INDEX}
 * @param value the value as written (list items exactly; other values in their Java form)
 * @param reason why the value is wrong or risky
 * @param fixTemplate what to write instead; other settings it mentions are written as
 * {@code {key}} references
 */
public record ConfigurationProblem(String policy, PolicySetting setting, int index, String value, String reason,
		String fixTemplate) {

	/** The index of a problem about a whole setting rather than one item of it. */
	public static final int NO_INDEX = -1;

	private static final Pattern REFERENCE = Pattern.compile("\\{([a-z-]+)}");

	/** The key of the offending setting, with its index: {@code allowed-origins[1]}. */
	public String settingKey() {
		return this.setting.key() + ((this.index != NO_INDEX) ? "[" + this.index + "]" : "");
	}

	/** What to write instead, naming other settings by their keys. */
	public String fix() {
		return fix(PolicySetting::key);
	}

	/**
	 * What to write instead, naming other settings of the same policy the way the caller
	 * names them.
	 * @param keyOf how a setting of this problem's policy is named, for example as a full
	 * property key
	 */
	public String fix(Function<PolicySetting, String> keyOf) {
		Matcher references = REFERENCE.matcher(this.fixTemplate);
		StringBuilder fix = new StringBuilder();
		while (references.find()) {
			String key = references.group(1);
			String rendered = PolicySetting.ofKey(key).map(keyOf).orElse(references.group());
			references.appendReplacement(fix, Matcher.quoteReplacement(rendered));
		}
		return references.appendTail(fix).toString();
	}

	@Override
	public String toString() {
		return "policy '" + this.policy + "' " + settingKey() + "='" + this.value + "': " + this.reason + "; " + fix();
	}

}
