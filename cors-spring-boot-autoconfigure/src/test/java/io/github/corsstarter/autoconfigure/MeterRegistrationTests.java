package io.github.corsstarter.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meters of a configuration are registered when it is installed (at startup, by a
 * reload, by an origin source's new list), once each, never on a request's thread: a
 * reload that names a new origin source has its meters before any request comes, and no
 * gauge is registered twice.
 */
@ExtendWith(OutputCaptureExtension.class)
class MeterRegistrationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(AutoConfigurations.of(CorsMetricsAutoConfiguration.class))
		.withUserConfiguration(Sources.class)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=http://localhost:5173",
				"cors.policies.api.origin-source.bean=tenantOrigins");

	@Test
	void aReloadRegistersTheMetersOfANewSourceBeforeAnyRequestAndNoGaugeTwice(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("reloaded", Map.of("cors.policies.partners.path-patterns",
						"/partners/**", "cors.policies.partners.origin-source.bean", "partnerOrigins")));
			CorsConfigurationManager manager = context.getBean(CorsConfigurationManager.class);
			manager.reload();
			manager.refreshOriginSource("partnerOrigins");
			manager.refreshOriginSource("tenantOrigins");
			assertThat(registry.find("cors.origin.source.origins").tag("source", "partnerOrigins").gauge()).isNotNull();
			assertThat(registry.find("cors.requests").tag("policy", "partners").counters()).isNotEmpty();
			assertThat(registry.find("cors.origin.source.origins").gauges()).hasSize(2);
			assertThat(output).doesNotContain("already registered");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Sources {

		private static final List<String> PARTNERS = new CopyOnWriteArrayList<>(List.of("https://a.partner.example"));

		@Bean
		AllowedOriginsSource tenantOrigins() {
			return () -> List.of("https://a.tenant.example");
		}

		@Bean
		AllowedOriginsSource partnerOrigins() {
			return () -> {
				PARTNERS.add("https://b" + PARTNERS.size() + ".partner.example");
				return List.copyOf(PARTNERS);
			};
		}

	}

}
