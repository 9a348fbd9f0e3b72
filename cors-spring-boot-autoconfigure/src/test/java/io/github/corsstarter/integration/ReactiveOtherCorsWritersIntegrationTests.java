package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Handler-level and handler-written CORS headers through Spring WebFlux on Netty. */
class ReactiveOtherCorsWritersIntegrationTests extends OtherCorsWritersContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.startReactive(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ReactiveNotesTestApplication.class, OtherCorsWriters.class })
	static class Application {

	}

}
