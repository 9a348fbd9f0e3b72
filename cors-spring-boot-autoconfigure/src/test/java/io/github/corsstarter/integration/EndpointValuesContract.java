package io.github.corsstarter.integration;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.corsstarter.origins.AllowedOriginsSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.github.corsstarter.integration.RunningApp.basicAuthorization;
import static io.github.corsstarter.integration.SecuredApiContract.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code management.endpoint.cors.show-values} over real HTTP behind Spring Security, the
 * same on every stack: an origin source's error message and a rejected request's values
 * are hidden by default, even from an operator; under {@code when-authorized} they are
 * shown to a caller with the role only; under {@code always} to anyone. The JSON keeps
 * its shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndpointValuesContract {

	static final String SOURCE_ERROR = "source down secret=xyz";

	private static final String HIDDEN = "******";

	private static final String STRANGER = "https://stranger.example";

	private RunningApp byDefault;

	private RunningApp whenAuthorized;

	private RunningApp always;

	/**
	 * Starts the secured API with {@link DownSource} as the api policy's origin source.
	 */
	abstract RunningApp start(String... properties);

	@BeforeAll
	void start() throws Exception {
		this.byDefault = startWith();
		this.whenAuthorized = startWith("management.endpoint.cors.show-values=when-authorized",
				"management.endpoint.cors.roles=OPS");
		this.always = startWith("management.endpoint.cors.show-values=always");
	}

	private RunningApp startWith(String... showValues) throws Exception {
		RunningApp app = start(Stream
			.of(POLICY,
					new String[] { "management.endpoints.web.exposure.include=cors",
							"cors.policies.api.origin-source.bean=downSource" },
					showValues)
			.flatMap(Stream::of)
			.toArray(String[]::new));
		app.send("OPTIONS", "/api/notes/7", "Origin", STRANGER, "Access-Control-Request-Method", "PUT");
		return app;
	}

	@AfterAll
	void stop() {
		Stream.of(this.byDefault, this.whenAuthorized, this.always).forEach(RunningApp::close);
	}

	@Test
	void byDefaultTheValuesAreHiddenEvenFromAnOperator() throws Exception {
		assertHidden(report(this.byDefault, NotesTestApplication.OPERATOR));
	}

	@Test
	void whenAuthorizedShowsTheValuesToACallerWithTheRole() throws Exception {
		assertShown(report(this.whenAuthorized, NotesTestApplication.OPERATOR));
	}

	@Test
	void whenAuthorizedHidesTheValuesFromACallerWithoutTheRole() throws Exception {
		assertHidden(report(this.whenAuthorized, NotesTestApplication.USER));
	}

	@Test
	void whenAuthorizedHidesTheValuesWithoutAPrincipal() throws Exception {
		assertHidden(report(this.whenAuthorized, null));
	}

	@Test
	void alwaysShowsTheValuesWithoutAPrincipal() throws Exception {
		assertShown(report(this.always, null));
	}

	private static DocumentContext report(RunningApp app, String user) throws Exception {
		HttpResponse<String> response = (user != null) ? app.send("GET", "/actuator/cors", "Authorization",
				basicAuthorization(user, NotesTestApplication.PASSWORD)) : app.send("GET", "/actuator/cors");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

	private static void assertHidden(DocumentContext report) {
		assertThat((String) report.read("$.originSources[0].lastError")).isEqualTo(HIDDEN);
		assertThat((Integer) report.read("$.originSources[0].failures")).isPositive();
		Map<String, Object> rejection = report.read("$.recentRejections[0]");
		assertThat(rejection).containsEntry("origin", HIDDEN)
			.containsEntry("method", HIDDEN)
			.containsEntry("path", HIDDEN)
			.containsEntry("explanation", HIDDEN)
			.containsEntry("policy", "api")
			.containsEntry("kind", "preflight")
			.containsEntry("reason", "origin")
			.containsKey("time");
		assertThat(report.jsonString()).doesNotContain("secret=xyz", STRANGER);
		assertThat((List<String>) report.read("$.policies.api['allowed-origins'].values"))
			.containsExactly(SecuredApiContract.APP);
	}

	private static void assertShown(DocumentContext report) {
		assertThat((String) report.read("$.originSources[0].lastError")).isEqualTo(SOURCE_ERROR);
		assertThat((String) report.read("$.recentRejections[0].origin")).isEqualTo(STRANGER);
		assertThat((String) report.read("$.recentRejections[0].path")).isEqualTo("/api/notes/7");
	}

	/** An origin source whose database is down, with a secret in its error message. */
	@Configuration(proxyBeanMethods = false)
	static class DownSource {

		@Bean
		AllowedOriginsSource downSource() {
			return () -> {
				throw new IllegalStateException(SOURCE_ERROR);
			};
		}

	}

}
