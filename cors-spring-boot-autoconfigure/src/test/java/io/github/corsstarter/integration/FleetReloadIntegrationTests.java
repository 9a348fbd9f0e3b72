package io.github.corsstarter.integration;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.ReloadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.cloud.bus.BusBridge;
import org.springframework.cloud.bus.BusConsumer;
import org.springframework.cloud.bus.event.AckRemoteApplicationEvent;
import org.springframework.cloud.bus.event.PathDestinationFactory;
import org.springframework.cloud.bus.event.RefreshRemoteApplicationEvent;
import org.springframework.cloud.bus.event.RemoteApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a reload reaches a fleet: Spring Cloud Bus (here spring-cloud-bus with no broker)
 * hands every instance the same {@link RefreshRemoteApplicationEvent}; each instance's
 * {@code RefreshListener} re-reads its configuration, Spring Cloud publishes an
 * {@code EnvironmentChangeEvent} for the keys that changed, and the starter validates and
 * swaps on its own. The broker is left out: the event is handed to each instance's
 * {@link BusConsumer}, which is what the bus's binding calls when an event arrives.
 */
class FleetReloadIntegrationTests {

	private static final String CONFIG_SERVER = "config-server:0";

	@TempDir
	Path configuration;

	@Test
	void aRefreshTheBusDeliversReloadsEveryInstanceWhichThenAnswersFromTheNewOrigins() throws Exception {
		writeAllowedOrigins("http://localhost:5173");
		try (RunningApp first = start("notes:first"); RunningApp second = start("notes:second")) {
			for (RunningApp instance : List.of(first, second)) {
				assertThat(preflight(instance, "http://localhost:3000").statusCode()).isEqualTo(403);
			}
			writeAllowedOrigins("http://localhost:5173, http://localhost:3000");
			deliver(refreshForEveryInstance(), first, second);
			for (RunningApp instance : List.of(first, second)) {
				HttpResponse<String> answer = preflight(instance, "http://localhost:3000");
				assertThat(answer.statusCode()).isEqualTo(204);
				assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
					.hasValue("http://localhost:3000");
				assertThat(lastReload(instance)).isEqualTo(ReloadResult.Outcome.APPLIED);
				assertThat(instance.context().getBean(BrokerStandIn.class).sent)
					.as("the bus acknowledges the refresh to the sender")
					.singleElement()
					.isInstanceOf(AckRemoteApplicationEvent.class);
			}
		}
	}

	@Test
	void eachInstanceRejectsAnInvalidChangeOnItsOwnAndKeepsAnswering() throws Exception {
		writeAllowedOrigins("http://localhost:5173");
		try (RunningApp first = start("notes:first"); RunningApp second = start("notes:second")) {
			writeAllowedOrigins("https://App.example.com/");
			deliver(refreshForEveryInstance(), first, second);
			for (RunningApp instance : List.of(first, second)) {
				assertThat(lastReload(instance)).isEqualTo(ReloadResult.Outcome.REJECTED);
				assertThat(preflight(instance, "http://localhost:5173").statusCode()).isEqualTo(204);
			}
		}
	}

	@Test
	void aRefreshAddressedToOneInstanceReloadsThatOneOnly() throws Exception {
		writeAllowedOrigins("http://localhost:5173");
		try (RunningApp first = start("notes:first"); RunningApp second = start("notes:second")) {
			writeAllowedOrigins("http://localhost:3000");
			deliver(new RefreshRemoteApplicationEvent(CONFIG_SERVER, CONFIG_SERVER,
					new PathDestinationFactory().getDestination("notes:first")), first, second);
			assertThat(preflight(first, "http://localhost:3000").statusCode()).isEqualTo(204);
			assertThat(preflight(second, "http://localhost:3000").statusCode()).isEqualTo(403);
			assertThat(preflight(second, "http://localhost:5173").statusCode()).isEqualTo(204);
		}
	}

	/**
	 * The configuration every instance reads, as a shared Config Server or mounted file
	 * would serve it; the bus is switched on here (the test class path's
	 * {@code application.properties} leaves it off for every other test).
	 */
	private void writeAllowedOrigins(String origins) throws IOException {
		Files.writeString(this.configuration.resolve("application.properties"),
				String.join("\n", "spring.cloud.bus.enabled=true", "cors.policies.api.path-patterns=/api/**",
						"cors.policies.api.allowed-origins=" + origins, "cors.policies.api.allowed-methods=GET, PUT",
						""));
	}

	private RunningApp start(String busId) {
		return RunningApp.start(BusInstance.class,
				"spring.config.additional-location=file:" + this.configuration.toAbsolutePath() + "/",
				"spring.cloud.bus.id=" + busId);
	}

	private static RefreshRemoteApplicationEvent refreshForEveryInstance() {
		return new RefreshRemoteApplicationEvent(CONFIG_SERVER, CONFIG_SERVER,
				new PathDestinationFactory().getDestination(null));
	}

	/** What the bus's binding does with an event that arrived from the broker. */
	private static void deliver(RemoteApplicationEvent event, RunningApp... instances) {
		for (RunningApp instance : instances) {
			instance.context().getBean(BusConsumer.class).accept(event);
		}
	}

	private static HttpResponse<String> preflight(RunningApp instance, String origin) throws Exception {
		return instance.send("OPTIONS", "/api/notes/1", "Origin", origin, "Access-Control-Request-Method", "PUT");
	}

	private static ReloadResult.Outcome lastReload(RunningApp instance) {
		return instance.context()
			.getBean(CorsConfigurationManager.class)
			.lastReload()
			.map(ReloadResult::outcome)
			.orElse(null);
	}

	/** The notes API with the bus's one missing piece: a way out to the broker. */
	@Configuration(proxyBeanMethods = false)
	@Import(NotesTestApplication.class)
	static class BusInstance {

		@Bean
		BrokerStandIn brokerStandIn() {
			return new BrokerStandIn();
		}

	}

	/** Keeps what the bus would send to the broker (acknowledgements). */
	static class BrokerStandIn implements BusBridge {

		final List<RemoteApplicationEvent> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(RemoteApplicationEvent event) {
			this.sent.add(event);
		}

	}

}
