package com.example.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.example.notes.auth.NotesAuthProperties;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.ReloadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allowed origins change in a configuration file while the application runs, and
 * {@code POST /actuator/refresh} puts them in force, or keeps the previous policy when
 * the new one is invalid.
 * <p>
 * Not an {@link ApiIntegrationTest}: the file is named on the command line, as in
 * production. Spring Cloud's {@code ConfigDataContextRefresher} re-runs Spring Boot's
 * config data processing on a fresh environment that keeps only the command-line
 * arguments and the default properties of the running one (plus
 * {@code spring.cloud.refresh.additional-property-sources-to-retain}), so
 * {@code spring.config.additional-location} given there is read again; given through
 * {@code @SpringBootTest(properties = ...)} it would be forgotten at the refresh, and the
 * file's old content would stay in force.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationRefreshTests {

	private static final String FIRST = "http://localhost:7001";

	private static final String SECOND = "http://localhost:7002";

	private Path overrideFile;

	private ConfigurableApplicationContext application;

	private ApiClient api;

	@BeforeEach
	void startWithTheOriginsOfAFile(@TempDir Path directory) {
		this.overrideFile = directory.resolve("cors-override.yml");
		allowedOriginsInTheFile(FIRST);
		this.application = new SpringApplicationBuilder(NotesApplication.class).run("--server.port=0",
				"--spring.config.additional-location=file:" + this.overrideFile);
		this.api = new ApiClient(((WebServerApplicationContext) this.application).getWebServer().getPort());
	}

	@AfterEach
	void stop() {
		this.application.close();
	}

	@Test
	void originsChangedInTheFileAreInForceAfterARefreshAndAnInvalidChangeKeepsThePreviousPolicy(CapturedOutput output) {
		String token = token();
		assertThat(preflightStatus(FIRST)).isEqualTo(204);
		assertThat(preflightStatus(SECOND)).isEqualTo(403);

		allowedOriginsInTheFile(SECOND);
		HttpResponse<String> refreshed = refresh(token);

		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(refreshed.body()).isEqualTo("[\"cors.policies.api.allowed-origins\"]");
		assertThat(preflightStatus(SECOND)).isEqualTo(204);
		assertThat(preflightStatus(FIRST)).isEqualTo(403);
		assertThat(corsManager().lastReload()).hasValueSatisfying((reload) -> {
			assertThat(reload.outcome()).isEqualTo(ReloadResult.Outcome.APPLIED);
			assertThat(reload.changes()).containsExactly(
					"policy 'api' reloaded: allowed-origins added [" + SECOND + "], removed [" + FIRST + "]");
		});

		allowedOriginsInTheFile("https://App.example.com/");
		HttpResponse<String> rejected = refresh(token);

		// Spring Cloud's refresh itself succeeded: the environment has the new value, the
		// starter refused it.
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(preflightStatus(SECOND)).isEqualTo(204);
		assertThat(preflightStatus("https://app.example.com")).isEqualTo(403);
		assertThat(corsManager().lastReload()).hasValueSatisfying((reload) -> {
			assertThat(reload.outcome()).isEqualTo(ReloadResult.Outcome.REJECTED);
			assertThat(reload.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("cors.policies.api.allowed-origins[0]");
				assertThat(problem.value()).isEqualTo("https://App.example.com/");
				assertThat(problem.origin()).contains(this.overrideFile.toString());
				assertThat(problem.fix()).isEqualTo("write 'https://app.example.com'");
			});
		});
		assertThat(output).contains("CORS reload rejected; the current configuration stays in force.",
				"Property: cors.policies.api.allowed-origins[0]",
				"cors.policies.api.allowed-origins[0]: write 'https://app.example.com'");

		allowedOriginsInTheFile(FIRST);
		assertThat(refresh(token).statusCode()).isEqualTo(200);
		assertThat(corsManager().lastReload()).map(ReloadResult::outcome).hasValue(ReloadResult.Outcome.APPLIED);
		assertThat(preflightStatus(FIRST)).isEqualTo(204);
		assertThat(preflightStatus(SECOND)).isEqualTo(403);
	}

	/**
	 * The refresh rebuilds the environment and rebinds configuration properties, but
	 * leaves the database alone.
	 */
	@Test
	void aRefreshKeepsTheNotesAndTheTrustedOrigins() {
		String token = token();
		String trusted = "http://localhost:7003";
		HttpResponse<String> added = this.api.call("POST", "/api/admin/trusted-origins")
			.bearer(token)
			.json("{\"origin\":\"" + trusted + "\"}")
			.send();
		assertThat(added.statusCode()).isEqualTo(201);

		allowedOriginsInTheFile(SECOND);
		assertThat(refresh(token).statusCode()).isEqualTo(200);

		assertThat(preflightStatus(trusted)).isEqualTo(204);
		assertThat(preflightStatus(SECOND)).isEqualTo(204);
		assertThat(ApiClient.json(this.api.get("/api/notes")).findValuesAsString("text"))
			.contains("Reading is public: GET /api/notes needs no token.");
	}

	private void allowedOriginsInTheFile(String origins) {
		String yaml = """
				cors:
				  policies:
				    api:
				      allowed-origins: "%s"
				""".formatted(origins);
		try {
			Files.writeString(this.overrideFile, yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> refresh(String token) {
		return this.api.call("POST", "/actuator/refresh").bearer(token).send();
	}

	private int preflightStatus(String origin) {
		return this.api.preflight("/api/notes/1", origin, "PUT", "authorization, content-type").statusCode();
	}

	private String token() {
		NotesAuthProperties.DemoUser admin = this.application.getBean(NotesAuthProperties.class).adminUser();
		return this.api.token(admin.username(), admin.password());
	}

	private CorsConfigurationManager corsManager() {
		return this.application.getBean(CorsConfigurationManager.class);
	}

}
