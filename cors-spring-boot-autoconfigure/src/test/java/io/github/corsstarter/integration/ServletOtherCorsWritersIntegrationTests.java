package io.github.corsstarter.integration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/** Handler-level and handler-written CORS headers through Spring MVC on Tomcat. */
class ServletOtherCorsWritersIntegrationTests extends OtherCorsWritersContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(Application.class, properties);
	}

	/**
	 * Spring MVC exposes a handler mapping's {@code CorsRegistry}, so its mappings are
	 * named too, once per handler they match.
	 */
	@Test
	void startupLogNamesEachHandlerACorsRegistryMappingMatchesOnACoveredPath(CapturedOutput output) {
		assertThat(output).contains("CorsRegistry mapping /api/x* on GET /api/xo is covered by policy 'pub': its "
				+ "origins are not used; move them into the policy");
		assertThat(output).doesNotContain("CorsRegistry mapping /api/x* on GET /api/star");
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ NotesTestApplication.class, OtherCorsWriters.class })
	static class Application {

		@Bean
		WebMvcConfigurer corsRegistry() {
			return new WebMvcConfigurer() {

				@Override
				public void addCorsMappings(CorsRegistry registry) {
					registry.addMapping("/api/x*").allowedOrigins(CROSS_ORIGIN);
				}

			};
		}

	}

}
