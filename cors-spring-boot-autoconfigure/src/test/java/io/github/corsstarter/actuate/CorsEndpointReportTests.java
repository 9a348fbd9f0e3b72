package io.github.corsstarter.actuate;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import io.github.corsstarter.actuate.CorsDescriptors.CorsReport;
import io.github.corsstarter.actuate.CorsDescriptors.DryRun;
import io.github.corsstarter.actuate.CorsDescriptors.Listing;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.testing.PolicySpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.Show;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's report of an engine running without a configuration manager (no reload,
 * no sources), and how long lists are cut.
 */
class CorsEndpointReportTests {

	@Test
	void reportsThePoliciesAloneWithoutAManager() {
		CorsEngine engine = new CorsEngine(PolicySpecs.compile(
				PolicySpecs.named("api").pathPatterns("/api/**").allowedOrigins("https://a.example"),
				PolicySpecs.named("open").pathPatterns("/open/**").allowedOrigins("*")));
		Object report = new CorsEndpoint(engine, null, null, new RecentRejections(Clock.systemUTC()), Show.ALWAYS)
			.cors(null, null, null, null);
		assertThat(report).isInstanceOfSatisfying(CorsReport.class, (cors) -> {
			assertThat(cors.filter()).isNull();
			assertThat(cors.policies()).containsOnlyKeys("api", "open");
			assertThat(cors.policies().get("api").get("allowed-origins"))
				.isEqualTo(new Listing(1, List.of("https://a.example"), false));
			assertThat(cors.lastReload()).isNull();
			assertThat(cors.originSources()).isEmpty();
			assertThat(cors.originResolvers()).isEmpty();
			assertThat(cors.recentRejections()).isEmpty();
		});
	}

	@Test
	void reportsTimingAllowOriginAndTheDryRunShowsItsHeader() {
		CorsEngine engine = new CorsEngine(PolicySpecs
			.compile(PolicySpecs.named("api").allowedOrigins("https://a.example").timingAllowOrigin(true)));
		CorsEndpoint endpoint = new CorsEndpoint(engine, null, null, new RecentRejections(Clock.systemUTC()),
				Show.ALWAYS);
		assertThat(endpoint.policy("api").get("timing-allow-origin")).isEqualTo(true);
		assertThat(endpoint.cors("https://a.example", "GET", "/notes", null)).isInstanceOfSatisfying(DryRun.class,
				(dryRun) -> assertThat(dryRun.actual().headers()).containsEntry("Timing-Allow-Origin",
						List.of("https://a.example")));
	}

	@ParameterizedTest(name = "{0} origins")
	@ValueSource(ints = { 99, 100, 101, 150 })
	void listsTheFirstHundredOriginsAndCountsThemAll(int count) {
		List<String> origins = IntStream.rangeClosed(1, count).mapToObj((i) -> "https://a" + i + ".example").toList();
		CorsEngine engine = new CorsEngine(PolicySpecs.compile(PolicySpecs.named("api").allowedOrigins(origins)));
		Object allowedOrigins = new CorsEndpoint(engine, null, null, new RecentRejections(Clock.systemUTC()),
				Show.ALWAYS)
			.policy("api")
			.get("allowed-origins");
		assertThat(allowedOrigins).isEqualTo(new Listing(count, origins.subList(0, Math.min(count, 100)), count > 100));
	}

}
