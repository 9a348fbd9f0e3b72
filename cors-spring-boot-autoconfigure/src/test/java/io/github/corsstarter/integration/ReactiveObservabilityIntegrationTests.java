package io.github.corsstarter.integration;

/**
 * The Actuator view and metrics on Netty.
 */
class ReactiveObservabilityIntegrationTests extends ObservabilityContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.startReactive(ReactiveNotesTestApplication.class, properties);
	}

}
