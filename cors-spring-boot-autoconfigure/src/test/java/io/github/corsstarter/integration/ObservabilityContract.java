package io.github.corsstarter.integration;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.corsstarter.policy.PolicySetting;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corsstarter.integration.SecuredApiContract.APP;
import static io.github.corsstarter.integration.SecuredApiContract.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator view and the metrics over real HTTP, the same on every stack: the dry run
 * predicts exactly what the filter answers a real request, rejections are recorded and
 * bounded, and every decision is counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ObservabilityContract {

	static final String[] OBSERVED = { "management.endpoints.web.exposure.include=cors",
			"management.endpoint.cors.show-values=always", "cors.policies.ping.path-patterns=/api/ping",
			"cors.policies.ping.allowed-origins=https://ping.example" };

	private RunningApp app;

	abstract RunningApp start(String... properties);

	@BeforeAll
	void start() {
		this.app = start(Stream.concat(Stream.of(POLICY), Stream.of(OBSERVED)).toArray(String[]::new));
	}

	@AfterAll
	void stop() {
		this.app.close();
	}

	static Stream<Arguments> requests() {
		return Stream.of(Arguments.of(APP, "PUT", "/api/notes/1", "authorization,content-type"),
				Arguments.of(APP, "GET", "/api/notes", null),
				Arguments.of(APP, "DELETE", "/api/notes/1", "authorization"),
				Arguments.of("http://localhost:3000", "PUT", "/api/notes/1", "authorization"),
				Arguments.of("http://localhost:3000", "GET", "/api/notes", null),
				Arguments.of(APP, "PATCH", "/api/notes/1", null),
				Arguments.of(APP, "PUT", "/api/notes/1", "authorization,x-custom"),
				Arguments.of(APP, "PUT", "/api/ping", "authorization"),
				Arguments.of("https://ping.example", "GET", "/api/ping", null),
				Arguments.of(APP, "PUT", "/other", "authorization"));
	}

	@ParameterizedTest(name = "{1} {2} from {0} asking for {3}")
	@MethodSource("requests")
	void theDryRunPredictsExactlyWhatTheFilterAnswersARealRequest(String origin, String method, String path,
			String requestHeaders) throws Exception {
		DocumentContext dryRun = json(this.app.send("GET",
				"/actuator/cors?origin=" + encode(origin) + "&method=" + method + "&path=" + encode(path)
						+ ((requestHeaders != null) ? "&requestHeaders=" + encode(requestHeaders) : "")));
		HttpResponse<String> preflight = this.app.send("OPTIONS", path, headers(origin, method, requestHeaders));
		Integer predictedStatus = dryRun.read("$.preflight.status");
		if (predictedStatus != null) {
			assertThat(preflight.statusCode()).as("preflight status").isEqualTo(predictedStatus);
		}
		assertThat(corsHeaders(preflight)).as("preflight headers")
			.isEqualTo(normalise(dryRun.read("$.preflight.headers")));
		HttpResponse<String> actual = this.app.send(method, path, "Origin", origin);
		assertThat(corsHeaders(actual)).as("request headers").isEqualTo(normalise(dryRun.read("$.actual.headers")));
	}

	@Test
	void theDryRunExplainsARejectionInTheWordsOfTheDebugLog() throws Exception {
		DocumentContext dryRun = json(this.app.send("GET",
				"/actuator/cors?origin=http://localhost:3000&method=PUT&path=/api/notes/1&requestHeaders=authorization"));
		assertThat((String) dryRun.read("$.policy")).isEqualTo("api");
		assertThat((String) dryRun.read("$.pathPattern")).isEqualTo("/api/**");
		assertThat((Boolean) dryRun.read("$.browserSendsPreflight")).isTrue();
		assertThat((String) dryRun.read("$.preflight.outcome")).isEqualTo("rejected");
		assertThat((String) dryRun.read("$.preflight.reason")).isEqualTo("origin");
		assertThat((String) dryRun.read("$.preflight.explanation"))
			.isEqualTo("origin 'http://localhost:3000' is not allowed by policy 'api' (allowed: " + APP + ")");
		assertThat((String) dryRun.read("$.actual.outcome")).isEqualTo("rejected");
	}

	@Test
	void aDryRunWithoutOriginOrPathIsABadRequest() throws Exception {
		HttpResponse<String> response = this.app.send("GET", "/actuator/cors?origin=" + encode(APP));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat((List<String>) JsonPath.parse(response.body()).read("$.missing"))
			.containsExactly("path (starting with '/')");
	}

	@Test
	void theReportShowsTheFilterEveryPolicyAndTheRecentRejections() throws Exception {
		this.app.send("OPTIONS", "/api/notes/1", headers("https://report.example", "PUT", null));
		DocumentContext report = json(this.app.send("GET", "/actuator/cors"));
		assertThat((Integer) report.read("$.filter.order")).isEqualTo(-101);
		assertThat((Boolean) report.read("$.filter.aheadOfSecurity")).isTrue();
		assertThat((List<String>) report.read("$.policies.api['path-patterns'].values")).containsExactly("/api/**");
		assertThat((Integer) report.read("$.policies.api['allowed-origins'].count")).isEqualTo(1);
		assertThat((List<String>) report.read("$.policies.api['allowed-methods'].values")).containsExactly("GET",
				"POST", "PUT", "DELETE");
		assertThat((Integer) report.read("$.policies.api['max-age']")).isEqualTo(3600);
		assertThat((String) report.read("$.recentRejections[0].origin")).isEqualTo("https://report.example");
		assertThat((String) report.read("$.recentRejections[0].kind")).isEqualTo("preflight");
		assertThat((String) report.read("$.recentRejections[0].reason")).isEqualTo("origin");
		assertThat((String) report.read("$.recentRejections[0].path")).isEqualTo("/api/notes/1");
		DocumentContext policy = json(this.app.send("GET", "/actuator/cors/api"));
		assertThat((List<String>) policy.read("$['allowed-headers'].values")).containsExactly("authorization",
				"content-type");
		// Each setting under its property key: the descriptor is derived, never written
		// again.
		assertThat(((Map<String, Object>) policy.json()).keySet())
			.allSatisfy((key) -> assertThat(PolicySetting.ofKey(key)).isPresent())
			.contains("path-patterns", "allowed-origins", "allow-credentials", "max-age");
		assertThat(this.app.send("GET", "/actuator/cors/nosuch").statusCode()).isEqualTo(404);
	}

	@Test
	void rejectionsAreBoundedAndTheirRequestValuesCappedAndEscaped() throws Exception {
		String longOrigin = "https://" + "x".repeat(500) + ".example";
		for (int i = 0; i < 60; i++) {
			this.app.send("OPTIONS", "/api/notes/" + i,
					headers((i == 59) ? longOrigin : "https://flood.example", "PUT", null));
		}
		DocumentContext report = json(this.app.send("GET", "/actuator/cors"));
		assertThat((List<?>) report.read("$.recentRejections")).hasSize(50);
		String shown = report.read("$.recentRejections[0].origin");
		assertThat(shown).hasSizeLessThan(250).endsWith("more characters)");
		assertThat((String) report.read("$.recentRejections[1].path")).isEqualTo("/api/notes/58");
	}

	@Test
	void everyDecisionIsCountedWithBoundedTagsAndPreflightsAreNamedByTheirPathPattern() throws Exception {
		MeterRegistry registry = this.app.context().getBean(MeterRegistry.class);
		double allowedBefore = count(registry, "api", "preflight", "none");
		double rejectedBefore = count(registry, "api", "preflight", "method");
		this.app.send("OPTIONS", "/api/notes/1", headers(APP, "PUT", "authorization"));
		this.app.send("OPTIONS", "/api/notes/1", headers(APP, "PATCH", null));
		this.app.send("GET", "/api/notes", "Origin", APP);
		assertThat(count(registry, "api", "preflight", "none")).isEqualTo(allowedBefore + 1);
		assertThat(count(registry, "api", "preflight", "method")).isEqualTo(rejectedBefore + 1);
		assertThat(count(registry, "api", "actual", "none")).isPositive();
		assertThat(registry.get("cors.requests").counters())
			.allSatisfy((counter) -> assertThat(counter.getId().getTags()).extracting((tag) -> tag.getKey())
				.containsExactlyInAnyOrder("policy", "kind", "outcome", "reason"));
		assertThat(registry.get("cors.requests").tag("outcome", "rejected").tag("reason", "method").counter().count())
			.isPositive();
		assertThat(registry.find("http.server.requests").tag("uri", "/api/**").tag("method", "OPTIONS").timers())
			.as("preflights in http.server.requests")
			.isNotEmpty();
	}

	private static double count(MeterRegistry registry, String policy, String kind, String reason) {
		return registry.get("cors.requests")
			.tag("policy", policy)
			.tag("kind", kind)
			.tag("reason", reason)
			.counter()
			.count();
	}

	private static String[] headers(String origin, String method, String requestHeaders) {
		List<String> headers = new ArrayList<>(List.of("Origin", origin, "Access-Control-Request-Method", method));
		if (requestHeaders != null) {
			headers.addAll(List.of("Access-Control-Request-Headers", requestHeaders));
		}
		return headers.toArray(String[]::new);
	}

	/**
	 * What the filter writes: the CORS headers, Vary, and a rejection's content headers.
	 */
	private static Map<String, List<String>> corsHeaders(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			String key = name.toLowerCase(Locale.ROOT);
			if (key.startsWith("access-control-") || key.equals("vary")
					|| (response.statusCode() == 403 && (key.equals("content-length") || key.equals("content-type")))) {
				headers.put(key, values);
			}
		});
		return normalise(headers);
	}

	private static Map<String, List<String>> normalise(Map<String, List<String>> headers) {
		Map<String, List<String>> normalised = new TreeMap<>();
		headers.forEach((name, values) -> normalised.put(name.toLowerCase(Locale.ROOT), values.stream()
			.flatMap((value) -> name.equalsIgnoreCase("vary") ? Arrays.stream(value.split(",")) : Stream.of(value))
			.map((value) -> value.strip().replace(" ", ""))
			.map((value) -> name.equalsIgnoreCase("vary") || name.equalsIgnoreCase("content-type")
					? value.toLowerCase(Locale.ROOT) : value)
			.sorted()
			.toList()));
		return normalised;
	}

	private static DocumentContext json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
