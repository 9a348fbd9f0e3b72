package io.github.corsstarter.integration;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secured API on embedded Tomcat, with Spring MVC and Spring Security's servlet
 * filter chain.
 */
class ServletSecuredApiIntegrationTests extends SecuredApiContract {

	@Override
	RunningApp start(String... properties) {
		RunningApp app = RunningApp.start(NotesTestApplication.class, properties);
		assertThat(((WebServerApplicationContext) app.context()).getWebServer()).isInstanceOf(TomcatWebServer.class);
		return app;
	}

	@Test
	void anErrorPageGetsThePolicyOfTheRequestItReportsOnWhateverTheSpellingOfTheContextPath() throws Exception {
		try (RunningApp app = RunningApp.start(NotesTestApplication.class, "server.servlet.context-path=/ctx",
				"cors.policies.api.allowed-origins=" + APP, "cors.policies.ping.path-patterns=/api/ping")) {
			HttpResponse<String> carvedOut = app.send("PUT", "/%63tx/api/ping", "Origin", APP);
			assertThat(carvedOut.statusCode()).as("answered by the error page").isEqualTo(401);
			assertThat(carvedOut.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			HttpResponse<String> covered = app.send("PUT", "/%63tx/api/notes/1", "Origin", APP);
			assertThat(covered.statusCode()).isEqualTo(401);
			assertThat(covered.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		}
	}

}
