package io.github.corsstarter.autoconfigure;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.CorsPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code http://localhost:[3000,5173]} means one origin pattern wherever users write
 * lists, although Spring Boot splits list values at every comma: in a YAML list, as a
 * YAML scalar, on the command line and in an environment variable, alone or beside other
 * patterns.
 */
class PortListSpellingTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS);

	static Stream<Arguments> spellings() {
		return Stream.of(Arguments.of("a YAML list", yaml("""
				cors.policies.api:
				  allowed-origin-patterns:
				    - http://localhost:[3000,5173]
				    - https://*.example.com
				""")), Arguments.of("a YAML scalar", yaml("""
				cors.policies.api.allowed-origin-patterns: http://localhost:[3000,5173], https://*.example.com
				""")), Arguments.of("a YAML scalar with spaces in the port list", yaml("""
				cors.policies.api.allowed-origin-patterns: http://localhost:[3000, 5173],https://*.example.com
				""")), Arguments.of("the command line", source((environment) -> environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(
					"--cors.policies.api.allowed-origin-patterns=http://localhost:[3000,5173],https://*.example.com")))),
				Arguments.of("an environment variable",
						source((environment) -> environment.getPropertySources()
							.addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
									Map.of("CORS_POLICIES_API_ALLOWEDORIGINPATTERNS",
											"http://localhost:[3000,5173],https://*.example.com"))))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("spellings")
	void aPortListIsOneOriginPattern(String spelling, Consumer<ConfigurableEnvironment> source) {
		this.contextRunner.withInitializer((context) -> source.accept(context.getEnvironment())).run((context) -> {
			assertThat(context).hasNotFailed();
			CompiledCorsConfiguration configuration = context.getBean(CorsEngine.class).configuration();
			CorsPolicy policy = configuration.policy("api").orElseThrow();
			assertThat(List.of("http://localhost:3000", "http://localhost:5173", "https://app.example.com"))
				.allMatch(policy::allowsOrigin);
			assertThat(policy.allowsOrigin("http://localhost:8080")).isFalse();
		});
	}

	private static Consumer<ConfigurableEnvironment> yaml(String content) {
		return source((environment) -> {
			try {
				new YamlPropertySourceLoader().load("application.yml", new ByteArrayResource(content.getBytes()))
					.forEach(environment.getPropertySources()::addFirst);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static Consumer<ConfigurableEnvironment> source(Consumer<ConfigurableEnvironment> source) {
		return source;
	}

}
