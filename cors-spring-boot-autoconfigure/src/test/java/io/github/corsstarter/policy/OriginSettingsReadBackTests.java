package io.github.corsstarter.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.corsstarter.runtime.CompileContext;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a compiled policy reads its origins back: the short description explanations quote,
 * the effective settings the Actuator endpoint shows, and the values its warnings name.
 */
class OriginSettingsReadBackTests {

	private static final ListedOrigins TENANTS = new ListedOrigins("tenants",
			Set.of("https://t1.example", "https://t2.example"), List.of());

	static Stream<Arguments> descriptions() {
		return Stream.of(Arguments.of(PolicySpecs.named("any").allowedOrigins("*"), "*"),
				Arguments.of(PolicySpecs.named("none").allowedOrigins(List.of()), "none"),
				Arguments.of(PolicySpecs.named("two").allowedOrigins("https://a.example", "https://b.example"),
						"https://a.example, https://b.example"),
				Arguments.of(PolicySpecs.named("mixed")
					.allowedOrigins("https://a.example")
					.allowedOriginPatterns("https://*.b.example"), "https://a.example, https://*.b.example"),
				Arguments.of(
						PolicySpecs.named("five")
							.allowedOrigins("https://a1.example", "https://a2.example", "https://a3.example",
									"https://a4.example", "https://a5.example"),
						"https://a1.example, https://a2.example, https://a3.example, https://a4.example, "
								+ "https://a5.example"),
				Arguments.of(
						PolicySpecs.named("six")
							.allowedOrigins("https://a1.example", "https://a2.example", "https://a3.example",
									"https://a4.example", "https://a5.example")
							.allowedOriginPatterns("https://*.a6.example"),
						"https://a1.example, https://a2.example, https://a3.example, https://a4.example, "
								+ "https://a5.example and 1 more"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("descriptions")
	void describesTheAllowedOrigins(PolicySpecs policy, String description) {
		assertThat(policy.compilePolicy().describeOrigins()).isEqualTo(description);
	}

	@Test
	void describesAnOriginSourceAloneOrAfterTheConfiguredOrigins() {
		assertThat(withSource(PolicySpecs.named("sourced").allowedOrigins(List.of())).describeOrigins())
			.isEqualTo("origin source 'tenants' (2 now)");
		assertThat(withSource(PolicySpecs.named("both").allowedOrigins("https://a.example")).describeOrigins())
			.isEqualTo("https://a.example + origin source 'tenants' (2 now)");
	}

	@Test
	void readsBackTheOriginSettingsAsEffective() {
		Map<PolicySetting, Object> settings = withSource(PolicySpecs.named("api")
			.allowedOrigins("https://a.example")
			.allowedOriginPatterns("https://*.b.example", "http://localhost:[*]")).settings();
		assertThat(settings.get(PolicySetting.ALLOWED_ORIGINS)).isEqualTo(List.of("https://a.example"));
		assertThat(settings.get(PolicySetting.ALLOWED_ORIGIN_PATTERNS))
			.isEqualTo(List.of("https://*.b.example", "http://localhost:[*]"));
		assertThat(settings.get(PolicySetting.ORIGIN_SOURCE_BEAN)).isEqualTo("tenants");
	}

	@Test
	void namesAPlainHttpPatternAsWrittenWhenWarningOfItsCredentials() {
		PolicySpecs policy = PolicySpecs.named("api")
			.allowedOriginPatterns("https://*.a.example", "http://*.b.example:[8080,8081]")
			.allowCredentials(true);
		var compilation = PolicySpecs.compilation(policy);
		assertThat(compilation.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.settingKey()).isEqualTo("allowed-origin-patterns[1]");
			assertThat(warning.value()).isEqualTo("http://*.b.example:[8080,8081]");
		});
	}

	private static CorsPolicy withSource(PolicySpecs policy) {
		policy.spec().getOriginSource().setBean("tenants");
		return PolicySpecs
			.compilation(CompileContext.withBundledPublicSuffixList().withListedOrigins(Map.of("tenants", TENANTS)),
					policy)
			.orThrow()
			.policies()
			.get(0);
	}

}
