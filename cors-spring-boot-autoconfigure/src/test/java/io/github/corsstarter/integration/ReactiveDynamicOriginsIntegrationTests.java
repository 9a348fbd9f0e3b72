package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Database-backed origins on Netty: the resolver's lookups run on its own threads, never
 * on an event loop.
 */
class ReactiveDynamicOriginsIntegrationTests extends DynamicOriginsContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.startReactive(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ ReactiveNotesTestApplication.class, OriginTables.class })
	static class Application {

	}

}
