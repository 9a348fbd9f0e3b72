package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Handler-level and handler-written CORS headers through Spring MVC on Tomcat. */
class ServletOtherCorsWritersIntegrationTests extends OtherCorsWritersContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ NotesTestApplication.class, OtherCorsWriters.class })
	static class Application {

	}

}
