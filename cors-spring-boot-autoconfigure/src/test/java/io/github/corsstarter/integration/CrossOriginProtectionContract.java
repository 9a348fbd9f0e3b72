package io.github.corsstarter.integration;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.github.corsstarter.integration.RunningApp.basicAuthorization;
import static io.github.corsstarter.integration.SecuredApiContract.APP;
import static io.github.corsstarter.integration.SecuredApiContract.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-origin protection in a real application with Spring Security, over real HTTP, the
 * same on every stack: an unsafe request from an origin the policy does not allow is
 * refused before authentication, the server's own origin is the one the application sees
 * behind a proxy (Spring's forwarded-header handling), and every refusal is counted,
 * recorded and predicted by the dry run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrossOriginProtectionContract {

	static final String REFUSED = "Cross-origin request rejected: origin not allowed to send this request\n";

	private static final String EVIL = "https://evil.test";

	private RunningApp app;

	private String credentials;

	abstract RunningApp start(String... properties);

	@BeforeAll
	void start() {
		this.app = start(Stream
			.concat(Stream.of(POLICY), Stream.of("cors.policies.api.cross-origin-protection=true",
					"cors.policies.api.allow-credentials=true", "server.forward-headers-strategy=framework",
					"management.endpoints.web.exposure.include=cors", "management.endpoint.cors.show-values=always"))
			.toArray(String[]::new));
		this.credentials = basicAuthorization(NotesTestApplication.USER, NotesTestApplication.PASSWORD);
	}

	@AfterAll
	void stop() {
		this.app.close();
	}

	@Test
	void aCrossSiteWriteFromAnOriginNotAllowedIsRefusedBeforeAuthentication() throws Exception {
		HttpResponse<String> response = put("Origin", EVIL, "Sec-Fetch-Site", "cross-site");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(REFUSED);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> unauthenticated = this.app.send("PUT", "/api/notes/1", "Origin", EVIL, "Sec-Fetch-Site",
				"cross-site");
		assertThat(unauthenticated.statusCode()).as("refused before Spring Security asks for credentials")
			.isEqualTo(403);
		assertThat(unauthenticated.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void aCrossSiteWriteFromTheAllowedOriginReachesTheApplication() throws Exception {
		HttpResponse<String> response = put("Origin", APP, "Sec-Fetch-Site", "cross-site");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
	}

	@Test
	void withoutSecFetchSiteTheServersOwnOriginPassesAndAnyOtherIsRefused() throws Exception {
		String own = "http://localhost:" + this.app.context().getEnvironment().getProperty("local.server.port");
		assertThat(put("Origin", own).statusCode()).isEqualTo(200);
		assertThat(put("Origin", own.replace("localhost", "127.0.0.1")).statusCode()).isEqualTo(403);
	}

	@Test
	void behindAProxyTheOwnOriginIsTheOneTheForwardedHeadersName() throws Exception {
		String[] forwarded = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "api.example", "X-Forwarded-Port",
				"443" };
		HttpResponse<String> proxied = put(concat(forwarded, "Origin", "https://api.example"));
		assertThat(proxied.statusCode()).isEqualTo(200);
		HttpResponse<String> otherScheme = put(concat(forwarded, "Origin", "http://api.example"));
		assertThat(otherScheme.statusCode()).isEqualTo(403);
		assertThat(put("Origin", "https://api.example").statusCode()).as("without the proxy's headers").isEqualTo(403);
	}

	@Test
	void malformedHeaderValuesAreRefusedOrPassedByTheRuleNeverAnError() throws Exception {
		for (String site : List.of("", "CROSS-SITE", "same-origin;", "cross-site ", "x".repeat(5000))) {
			assertThat(put("Origin", EVIL, "Sec-Fetch-Site", site).statusCode()).as(site).isEqualTo(403);
		}
		for (String origin : List.of("null", "https://", "http://[::1", "%00", "x".repeat(5000))) {
			assertThat(put("Origin", origin).statusCode()).as(origin).isEqualTo(403);
			assertThat(put("Origin", origin, "Sec-Fetch-Site", "same-origin").statusCode()).as(origin).isEqualTo(200);
		}
	}

	@Test
	void aRefusalIsCountedRecordedAndPredictedByTheDryRun() throws Exception {
		MeterRegistry registry = this.app.context().getBean(MeterRegistry.class);
		double before = refusals(registry);
		put("Origin", "https://recorded.test", "Sec-Fetch-Site", "same-site");
		assertThat(refusals(registry)).isEqualTo(before + 1);
		DocumentContext report = json(this.app.send("GET", "/actuator/cors"));
		assertThat((String) report.read("$.recentRejections[0].origin")).isEqualTo("https://recorded.test");
		assertThat((String) report.read("$.recentRejections[0].kind")).isEqualTo("actual");
		assertThat((String) report.read("$.recentRejections[0].reason")).isEqualTo("cross-origin-request");
		assertThat((Boolean) report.read("$.policies.api['cross-origin-protection']")).isTrue();
		DocumentContext dryRun = json(
				this.app.send("GET", "/actuator/cors?origin=" + EVIL + "&method=PUT&path=/api/notes/1"));
		assertThat((String) dryRun.read("$.actual.outcome")).isEqualTo("rejected");
		assertThat((String) dryRun.read("$.actual.reason")).isEqualTo("cross-origin-request");
		assertThat((Integer) dryRun.read("$.actual.status")).isEqualTo(403);
		assertThat((String) dryRun.read("$.actual.explanation"))
			.isEqualTo("PUT refused by the cross-origin protection of policy 'api': Sec-Fetch-Site is 'cross-site', "
					+ "and origin '" + EVIL + "' is not allowed by policy 'api' (allowed: " + APP + ")");
		assertThat((String) dryRun.read("$.preflight.reason")).isEqualTo("origin");
	}

	private static double refusals(MeterRegistry registry) {
		return registry.get("cors.requests")
			.tag("policy", "api")
			.tag("kind", "actual")
			.tag("outcome", "rejected")
			.tag("reason", "cross-origin-request")
			.counter()
			.count();
	}

	/** An authenticated {@code PUT}, which the application answers 200. */
	private HttpResponse<String> put(String... headers) throws Exception {
		return this.app.send("PUT", "/api/notes/1", concat(headers, "Authorization", this.credentials));
	}

	private static String[] concat(String[] headers, String... more) {
		return Stream.concat(Stream.of(headers), Stream.of(more)).toArray(String[]::new);
	}

	private static DocumentContext json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.parse(response.body());
	}

}
