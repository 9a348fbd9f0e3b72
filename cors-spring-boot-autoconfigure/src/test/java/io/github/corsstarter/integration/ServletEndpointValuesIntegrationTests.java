package io.github.corsstarter.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The endpoint's {@code show-values} on embedded Tomcat, the caller's roles read through
 * the servlet request.
 */
class ServletEndpointValuesIntegrationTests extends EndpointValuesContract {

	@Override
	RunningApp start(String... properties) {
		return RunningApp.start(Application.class, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ NotesTestApplication.class, EndpointValuesContract.DownSource.class })
	static class Application {

	}

}
