package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Database-backed origins on embedded Tomcat.
 */
class ServletDynamicOriginsIntegrationTests extends DynamicOriginsContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ NotesTestApplication.class, OriginTables.class })
	static class Application {

	}

}
