package io.github.corsstarter.integration;

/**
 * Cross-origin protection on embedded Tomcat, behind Spring Security's filter chain.
 */
class ServletCrossOriginProtectionIntegrationTests extends CrossOriginProtectionContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(NotesTestApplication.class, properties);
	}

}
