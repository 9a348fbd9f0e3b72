package io.github.corsstarter.integration;

/**
 * The Actuator view and metrics on embedded Tomcat.
 */
class ServletObservabilityIntegrationTests extends ObservabilityContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(NotesTestApplication.class, properties);
	}

}
