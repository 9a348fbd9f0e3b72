package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The endpoint's {@code show-values} on Netty, the caller's roles read from Spring
 * Security's authorities.
 */
class ReactiveEndpointValuesIntegrationTests extends EndpointValuesContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.startReactive(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ReactiveNotesTestApplication.class, EndpointValuesContract.DownSource.class })
	static class Application {

	}

}
