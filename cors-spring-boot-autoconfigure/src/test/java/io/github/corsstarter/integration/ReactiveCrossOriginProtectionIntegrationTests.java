package io.github.corsstarter.integration;

/**
 * Cross-origin protection on Netty, behind Spring Security's {@code WebFilterChainProxy}.
 */
class ReactiveCrossOriginProtectionIntegrationTests extends CrossOriginProtectionContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.startReactive(ReactiveNotesTestApplication.class, properties);
	}

}
