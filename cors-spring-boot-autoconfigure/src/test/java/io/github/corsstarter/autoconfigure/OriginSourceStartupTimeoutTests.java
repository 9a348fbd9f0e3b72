package io.github.corsstarter.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.policy.CorsPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A slow or hanging origin source holds startup no longer than its
 * {@code origin-source.startup-timeout}: the application starts with the configured
 * origins, and the source's apply once its read completes in the background.
 */
@ExtendWith(OutputCaptureExtension.class)
class OriginSourceStartupTimeoutTests {

	static final CountDownLatch READ_MAY_FINISH = new CountDownLatch(1);

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CorsAutoConfigurationTests.CORS)
		.withUserConfiguration(SlowSource.class)
		.withPropertyValues("cors.policies.api.path-patterns=/api/**",
				"cors.policies.api.allowed-origins=http://localhost:5173",
				"cors.policies.api.origin-source.bean=slowOrigins",
				"cors.policies.api.origin-source.startup-timeout=300ms");

	@AfterEach
	void finishTheRead() {
		READ_MAY_FINISH.countDown();
	}

	@Test
	void startupGoesOnPastTheTimeoutAndTheSourcesOriginsApplyOnceRead(CapturedOutput output) {
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> this.contextRunner.run((context) -> {
			boolean startedWithout = !api(context).allowsOrigin("https://a.tenant.example");
			READ_MAY_FINISH.countDown();
			assertThat(context).hasNotFailed();
			assertThat(startedWithout).isTrue();
			assertThat(api(context).allowsOrigin("http://localhost:5173")).isTrue();
			assertThat(output).contains("CORS origin source 'slowOrigins' was not read within its startup timeout "
					+ "(PT0.3S); starting without its origins, which apply once it is read");
			while (!api(context).allowsOrigin("https://a.tenant.example")) {
				Thread.sleep(20);
			}
		}));
	}

	private static CorsPolicy api(AssertableWebApplicationContext context) {
		return context.getBean(CorsEngine.class).configuration().policy("api").orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowSource {

		@Bean
		AllowedOriginsSource slowOrigins() {
			return () -> {
				READ_MAY_FINISH.await();
				return List.of("https://a.tenant.example");
			};
		}

	}

}
