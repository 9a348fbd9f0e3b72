package io.github.corsstarter.runtime;

import java.util.stream.Stream;

import io.github.corsstarter.policy.Origin;
import io.github.corsstarter.policy.OriginPattern;
import io.github.corsstarter.policy.PolicySetting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class OriginPatternTests {

	static Stream<Arguments> matches() {
		return Stream.of(Arguments.of("https://*.example.com", "https://app.example.com", true),
				Arguments.of("https://*.example.com", "https://a.b.example.com", true),
				Arguments.of("https://*.example.com", "https://example.com", false),
				Arguments.of("https://*.example.com", "https://evilexample.com", false),
				Arguments.of("https://*.example.com", "https://app.example.com.evil.net", false),
				Arguments.of("https://*.example.com", "http://app.example.com", false),
				Arguments.of("https://*.example.com", "https://app.example.com:8443", false),
				Arguments.of("https://*.example.com:[*]", "https://app.example.com:8443", true),
				Arguments.of("http://localhost:[*]", "http://localhost:5173", true),
				Arguments.of("http://localhost:[*]", "http://localhost", true),
				Arguments.of("http://localhost:[*]", "http://localhost.evil.net:5173", false),
				Arguments.of("http://localhost:[*]", "https://localhost:5173", false),
				Arguments.of("http://localhost:[3000,5173]", "http://localhost:5173", true),
				Arguments.of("http://localhost:[3000,5173]", "http://localhost:3000", true),
				Arguments.of("http://localhost:[3000,5173]", "http://localhost:3001", false),
				Arguments.of("http://localhost:[3000,5173]", "http://localhost", false),
				Arguments.of("http://[::1]:[*]", "http://[::1]:8080", true),
				Arguments.of("http://*.localhost:5173", "http://tenant1.localhost:5173", true),
				Arguments.of("http://*.localhost:5173", "http://a.b.localhost:5173", true),
				Arguments.of("http://*.localhost:5173", "http://localhost:5173", false),
				Arguments.of("http://*.localhost:5173", "http://tenant1.localhost.evil.com:5173", false),
				Arguments.of("http://*.localhost:[*]", "http://tenant1.localhost:3000", true),
				Arguments.of("https://*.myapp.github.io", "https://pr-12.myapp.github.io", true),
				Arguments.of("https://*.myapp.github.io", "https://attacker.github.io", false));
	}

	@ParameterizedTest(name = "{0} vs {1} -> {2}")
	@MethodSource("matches")
	void matchesOriginsStructurally(String pattern, String origin, boolean expected) {
		ConfigurationProblems problems = new ConfigurationProblems();
		OriginPattern compiled = new OriginCompiler(CompileContext.withBundledPublicSuffixList(), false,
				problems.of("p"))
			.pattern(pattern, 0, PolicySetting.ALLOWED_ORIGIN_PATTERNS);
		assertThat(problems.errors()).isEmpty();
		assertThat(compiled.matches(Origin.parse(origin))).isEqualTo(expected);
	}

}
