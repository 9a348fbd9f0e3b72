package io.github.corsstarter.integration;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.corsstarter.integration.RunningApp.basicAuthorization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a real application with Spring Security, over real HTTP: the same API
 * and the same assertions on every stack, each subclass starting its own server.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class SecuredApiContract extends RunningAppContract {

	static final String[] POLICY = { "cors.policies.api.path-patterns=/api/**",
			"cors.policies.api.allowed-origins=" + APP, "cors.policies.api.allowed-methods=GET,POST,PUT,DELETE",
			"cors.policies.api.allowed-headers=Authorization,Content-Type",
			"cors.policies.api.exposed-headers=X-Total-Count", "cors.policies.api.max-age=1h",
			"logging.level.io.github.corsstarter=DEBUG" };

	SecuredApiContract() {
		super(POLICY);
	}

	@Test
	void preflightForAnAuthenticatedPutIsAnsweredWithoutAToken() throws Exception {
		HttpResponse<String> response = preflight(app(), "/api/notes/1", APP, "PUT", "authorization,content-type");
		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, PUT, DELETE");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValue("authorization, content-type");
		assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void putWithoutATokenIsA401ThatTheBrowserCanRead() throws Exception {
		HttpResponse<String> response = app().send("PUT", "/api/notes/1", "Origin", APP);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		assertThat(response.headers().allValues("Access-Control-Expose-Headers")).containsExactly("x-total-count");
		assertThat(varyValues(response)).contains("origin");
	}

	@Test
	void putWithCredentialsReachesTheApplication() throws Exception {
		HttpResponse<String> response = app().send("PUT", "/api/notes/7", "Origin", APP, "Authorization",
				basicAuthorization(NotesTestApplication.USER, NotesTestApplication.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"7\"");
		assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
	}

	@Test
	void errorPageResponsesCarryTheCorsHeaders() throws Exception {
		HttpResponse<String> failure = app().send("GET", "/api/fail", "Origin", APP);
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
		HttpResponse<String> missing = app().send("GET", "/api/nothing-here", "Origin", APP);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
	}

	static Stream<Arguments> errorResponses() {
		String other = "http://localhost:3000";
		return Stream.of(Arguments.of("an application failure from the allowed origin", "GET", "/api/fail", APP, 500),
				Arguments.of("no handler from the allowed origin", "GET", "/api/nothing-here", APP, 404),
				Arguments.of("authentication refused for the allowed origin", "PUT", "/api/notes/1", APP, 401),
				Arguments.of("an application failure from another origin", "GET", "/api/fail", other, 500),
				Arguments.of("authentication refused for another origin", "PUT", "/api/notes/1", other, 401));
	}

	/**
	 * Error responses, whoever wrote them (the error page, Boot's error handler, Spring
	 * Security), carry exactly the CORS headers of the request they answer, and
	 * {@code Vary: Origin} once.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("errorResponses")
	void errorResponsesCarryExactlyTheRequestsCorsHeaders(String behaviour, String method, String path, String origin,
			int status) throws Exception {
		HttpResponse<String> response = app().send(method, path, "Origin", origin);
		assertThat(response.statusCode()).isEqualTo(status);
		Map<String, List<String>> cors = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
				cors.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		assertThat(cors).isEqualTo(origin.equals(APP) ? Map.of("access-control-allow-origin", List.of(APP),
				"access-control-expose-headers", List.of("x-total-count")) : Map.of());
		assertThat(varyValues(response)).containsOnlyOnce("origin");
	}

	@Test
	void requestsFromOtherOriginsReachTheApplicationWithoutCorsHeaders(CapturedOutput output) throws Exception {
		HttpResponse<String> response = app().send("GET", "/api/notes", "Origin", "http://localhost:8080");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(varyValues(response)).contains("origin");
		assertThat(output).contains("no CORS headers for GET /api/notes: origin 'http://localhost:8080' is not "
				+ "allowed by policy 'api' (allowed: " + APP + ")");
	}

	@Test
	void preflightFromAnOriginNotAllowedIsRefusedBeforeAuthenticationAndLogged(CapturedOutput output) throws Exception {
		HttpResponse<String> response = preflight(app(), "/api/notes/1", "http://localhost:3000", "PUT",
				"authorization");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo("CORS preflight rejected: origin not allowed\n");
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(output).contains("DEBUG")
			.contains("preflight rejected: origin 'http://localhost:3000' is not allowed by policy 'api' (allowed: "
					+ APP + ")");
	}

	@Test
	void preflightForAHeaderNotAllowedIsRefusedAndTheLogNamesTheHeader(CapturedOutput output) throws Exception {
		HttpResponse<String> response = preflight(app(), "/api/notes/1", APP, "PUT", "authorization,x-custom");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(output)
			.contains("header 'x-custom' is not allowed by policy 'api' " + "(allowed: authorization, content-type)");
	}

	@Test
	void pathsNoPolicyCoversAreLeftToTheApplicationAndSecurity() throws Exception {
		HttpResponse<String> response = preflight(app(), "/other", APP, "PUT", "authorization");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void hostileRequestsGetAQuick4xxAndNeverA5xx() throws Exception {
		String manyNames = "x-a,".repeat(1_200);
		List<String> statusLines = List.of(
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: " + manyNames
						+ "\r\nConnection: close\r\n\r\n"),
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: "
						+ "x".repeat(65_536) + "\r\nConnection: close\r\n\r\n"),
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP + "\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n"),
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: http://l\u00f6calhost:5173"
						+ "\r\nAccess-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n"),
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: P\u00dcT\r\nConnection: close\r\n\r\n"),
				raw("OPTIONS /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: ,, ,\t,authorization , ,"
						+ "\r\nConnection: close\r\n\r\n"));
		assertThat(statusLines).extracting((line) -> line.split(" ")[1])
			.satisfiesExactly(forbidden(), clientError(), forbidden(), forbidden(), forbidden(),
					(status) -> assertThat(status).isEqualTo("204"));
	}

	/**
	 * Netty closes the connection at once; Tomcat, after the answer, discards up to its
	 * {@code server.tomcat.max-swallow-size} (2 MB) of what remains, then closes.
	 */
	@Test
	void aPreflightsLongBodyIsNeverReadTheAnswerComesAtOnceAndTheConnectionCloses() throws Exception {
		String refused = app().sendUnfinishedBody("OPTIONS /api/notes/1 HTTP/1.1\r\nHost: x\r\n"
				+ "Origin: http://localhost:3000\r\nAccess-Control-Request-Method: PUT\r\n"
				+ "Content-Length: 300000000\r\n\r\n", 3_000_000);
		String allowed = app().sendUnfinishedBody(
				"OPTIONS /api/notes/1 HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nTransfer-Encoding: chunked\r\n\r\n" + "400000\r\n",
				3_000_000);
		assertThat(refused).startsWith("HTTP/1.1 403");
		assertThat(allowed).startsWith("HTTP/1.1 204");
	}

	@Test
	void aPreflightsShortBodyIsReadAndTheConnectionKeptForTheNextRequest() throws Exception {
		List<String> statusLines = app().sendOnOneConnection(List.of(
				"OPTIONS /api/notes/1 HTTP/1.1\r\nHost: x\r\nOrigin: " + APP
						+ "\r\nAccess-Control-Request-Method: PUT\r\nContent-Length: 5\r\n\r\nhello",
				"GET /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + APP + "\r\n\r\n"));
		assertThat(statusLines).extracting((line) -> line.split(" ")[1]).containsExactly("204", "200");
	}

	@Test
	void preflightsAndRequestsOnOneKeptAliveConnectionAreEachAnswered() throws Exception {
		List<String> requests = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String origin = (i % 4 < 2) ? APP : "http://localhost:3000";
			requests.add("OPTIONS /api/notes/1 HTTP/1.1\r\nHost: x\r\nOrigin: " + origin
					+ "\r\nAccess-Control-Request-Method: PUT\r\n\r\n");
			requests.add("GET /api/notes HTTP/1.1\r\nHost: x\r\nOrigin: " + origin + "\r\n\r\n");
		}
		assertThat(app().sendOnOneConnection(requests)).extracting((line) -> line.split(" ")[1])
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40)
				.mapToObj((i) -> (i % 2 == 1) ? "200" : ((i / 2) % 4 < 2) ? "204" : "403")
				.toList());
	}

	static HttpResponse<String> preflight(RunningApp app, String path, String origin, String method,
			String requestHeaders) throws Exception {
		return app.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method,
				"Access-Control-Request-Headers", requestHeaders);
	}

	static List<String> varyValues(HttpResponse<String> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	private String raw(String request) throws Exception {
		return app().sendRaw(request.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static ThrowingConsumer<String> forbidden() {
		return (status) -> assertThat(status).isEqualTo("403");
	}

	/**
	 * A request the server refuses before any filter runs: any 4xx it chooses (400, 431),
	 * never a 5xx.
	 */
	private static ThrowingConsumer<String> clientError() {
		return (status) -> assertThat(status).startsWith("4");
	}

}
