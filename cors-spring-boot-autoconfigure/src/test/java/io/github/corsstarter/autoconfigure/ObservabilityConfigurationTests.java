package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.actuate.CorsEndpoint;
import io.github.corsstarter.actuate.RecentRejections;
import io.github.corsstarter.metrics.CorsRequestMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator endpoint and the metrics are optional: each needs its library, the
 * endpoint is exposed only when the user exposes it, and the metrics need a registry.
 */
class ObservabilityConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withConfiguration(
				AutoConfigurations.of(CorsEndpointAutoConfiguration.class, CorsMetricsAutoConfiguration.class))
		.withPropertyValues(CorsAutoConfigurationTests.API);

	@Test
	void theEndpointIsThereOnlyWhenExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CorsEndpoint.class)
			.doesNotHaveBean(RecentRejections.class));
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=cors")
			.run((context) -> assertThat(context).hasSingleBean(CorsEndpoint.class)
				.hasSingleBean(RecentRejections.class));
	}

	@Test
	void withoutActuatorThereIsNoEndpointAndEverythingElseWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.withPropertyValues("management.endpoints.web.exposure.include=cors")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsEndpoint.class)
				.hasSingleBean(io.github.corsstarter.engine.CorsEngine.class));
	}

	@Test
	void metricsNeedARegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CorsRequestMetrics.class));
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasSingleBean(CorsRequestMetrics.class);
			assertThat(context.getBean(MeterRegistry.class).find("cors.requests").tag("policy", "api").counters())
				.as("registered when the configuration was compiled")
				.hasSize(12);
			assertThat(context.getBean(MeterRegistry.class).find("cors.reloads").functionCounters()).hasSize(3);
		});
	}

	@Test
	void withoutMicrometerThereAreNoMetricsAndEverythingElseWorks() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CorsRequestMetrics.class)
				.hasSingleBean(io.github.corsstarter.engine.CorsEngine.class));
	}

}
