package io.github.corsstarter.actuate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.corsstarter.actuate.RecentRejections.Rejection;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rejections both filters record for the endpoint: only rejections, newest first, the
 * last fifty, each request value capped and escaped.
 */
class RecentRejectionsTests {

	private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	private static final String APP = "https://app.example";

	private final RecentRejections rejections = new RecentRejections(Clock.fixed(NOW, ZoneOffset.UTC));

	private final CorsEngine engine = new CorsEngine(PolicySpecs
		.compile(PolicySpecs.named("api").pathPatterns("/api/**").allowedOrigins(APP).allowedMethods("PUT")));

	RecentRejectionsTests() {
		this.engine.addObserver(this.rejections);
	}

	@Test
	void recordsWhatTheServletFilterRejectsAndNothingElse() throws Exception {
		servlet("OPTIONS", "/api/notes", "http://evil.example", "PUT");
		servlet("OPTIONS", "/api/notes", APP, "PUT");
		servlet("GET", "/api/notes", APP, null);
		servlet("GET", "/other", "http://evil.example", null);
		servlet("GET", "/api/notes", "http://evil.example", null);
		assertThat(this.rejections.newestFirst()).containsExactly(
				new Rejection(NOW, "api", "actual", "http://evil.example", "GET", "/api/notes", "origin",
						"origin 'http://evil.example' is not allowed by policy 'api' (allowed: " + APP + ")"),
				new Rejection(NOW, "api", "preflight", "http://evil.example", "OPTIONS", "/api/notes", "origin",
						"origin 'http://evil.example' is not allowed by policy 'api' (allowed: " + APP + ")"));
	}

	@Test
	void recordsWhatTheWebFluxFilterRejects() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.options("/api/notes")
			.header("Origin", APP)
			.header("Access-Control-Request-Method", "PATCH")
			.build());
		new CorsPolicyWebFilter(this.engine).filter(exchange, (filtered) -> filtered.getResponse().setComplete())
			.block();
		assertThat(this.rejections.newestFirst()).containsExactly(new Rejection(NOW, "api", "preflight", APP, "OPTIONS",
				"/api/notes", "method", "method 'PATCH' is not allowed by policy 'api' (allowed: PUT)"));
	}

	@Test
	void keepsTheLastFiftyNewestFirst() throws Exception {
		for (int i = 1; i <= 52; i++) {
			servlet("GET", "/api/notes", "https://e" + i + ".example", null);
		}
		List<Rejection> newestFirst = this.rejections.newestFirst();
		assertThat(newestFirst).extracting(Rejection::origin)
			.isEqualTo(IntStream.iterate(52, (i) -> i >= 3, (i) -> i - 1)
				.mapToObj((i) -> "https://e" + i + ".example")
				.toList());
	}

	static Stream<Arguments> shownValues() {
		return Stream.of(Arguments.of("abc", "abc"), Arguments.of("\u001f", "\\u001f"), Arguments.of(" ", " "),
				Arguments.of("~", "~"), Arguments.of("\u007f", "\\u007f"), Arguments.of("\u00e9", "\\u00e9"),
				Arguments.of("a\nb", "a\\u000ab"), Arguments.of("\u0000", "\\u0000"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("shownValues")
	void escapesControlAndNonAsciiCharacters(String value, String shown) {
		assertThat(RequestValues.shown(value)).isEqualTo(shown);
	}

	@Test
	void capsLongValues() {
		assertThat(RequestValues.shown(null)).isNull();
		assertThat(RequestValues.shown("x".repeat(200))).isEqualTo("x".repeat(200));
		assertThat(RequestValues.shown("x".repeat(201))).isEqualTo("x".repeat(200) + "... (1 more characters)");
		assertThat(RequestValues.shown("\u00e9".repeat(250)))
			.isEqualTo("\\u00e9".repeat(200) + "... (50 more characters)");
	}

	private void servlet(String method, String path, String origin, String requestMethod) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Origin", origin);
		if (requestMethod != null) {
			request.addHeader("Access-Control-Request-Method", requestMethod);
		}
		new CorsPolicyFilter(this.engine).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
	}

}
