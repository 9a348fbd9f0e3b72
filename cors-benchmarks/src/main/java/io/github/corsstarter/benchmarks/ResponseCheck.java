package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpStatusCode;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Runs every benchmarked request once through every CORS filter, servlet and reactive,
 * and checks it got the answer it should, before any time is measured: a misconfigured
 * filter that rejects the "allowed" preflight would otherwise be timed on its cheap
 * rejection path and look fast. The answer is the status and the
 * {@code Access-Control-Allow-Origin} header, and each filter must give the same one on
 * both stacks. Prints one line per case; exits 1 if any answer is wrong.
 */
public final class ResponseCheck {

	private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	private final List<String> failures = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		ResponseCheck check = new ResponseCheck();
		for (FilterKind kind : List.of(FilterKind.STARTER, FilterKind.SPRING)) {
			check.requestKinds(kind);
			check.configurationSizes(kind);
		}
		for (ReactiveFilterKind kind : List.of(ReactiveFilterKind.STARTER, ReactiveFilterKind.SPRING)) {
			check.reactiveRequestKinds(kind);
			check.reactiveConfigurationSizes(kind);
		}
		check.failures.forEach((failure) -> System.err.println("WRONG ANSWER: " + failure));
		System.exit(check.failures.isEmpty() ? 0 : 1);
	}

	private void requestKinds(FilterKind kind) throws Exception {
		RequestKindBenchmark benchmark = new RequestKindBenchmark();
		benchmark.filter = kind;
		benchmark.createFilter();
		requestKinds(kind.toString(), kind == FilterKind.STARTER, () -> Answer.of(benchmark.allowedPreflight()),
				() -> Answer.of(benchmark.allowedGet()), () -> Answer.of(benchmark.disallowedOriginGet()),
				() -> Answer.of(benchmark.noOriginGet()), () -> Answer.of(benchmark.hostilePreflight()));
	}

	private void reactiveRequestKinds(ReactiveFilterKind kind) throws Exception {
		ReactiveRequestKindBenchmark benchmark = new ReactiveRequestKindBenchmark();
		benchmark.filter = kind;
		benchmark.createFilter();
		requestKinds("reactive " + kind, kind == ReactiveFilterKind.STARTER,
				() -> Answer.of(benchmark.allowedPreflight()), () -> Answer.of(benchmark.allowedGet()),
				() -> Answer.of(benchmark.disallowedOriginGet()), () -> Answer.of(benchmark.noOriginGet()),
				() -> Answer.of(benchmark.hostilePreflight()));
	}

	/**
	 * The expected answers of the request-kind scenarios, written once for both stacks.
	 */
	private void requestKinds(String kind, boolean starter, Run allowedPreflight, Run allowedGet,
			Run disallowedOriginGet, Run noOriginGet, Run hostilePreflight) throws Exception {
		String allowed = BenchmarkConfiguration.ALLOWED_ORIGIN;
		expect(kind + " allowedPreflight", allowedPreflight.get(), allowedPreflightStatus(starter), allowed);
		expect(kind + " allowedGet", allowedGet.get(), 200, allowed);
		// Spring's filters refuse it; the starter lets it through without CORS headers,
		// and the browser refuses it.
		expect(kind + " disallowedOriginGet", disallowedOriginGet.get(), starter ? 200 : 403, null);
		expect(kind + " noOriginGet", noOriginGet.get(), 200, null);
		expect(kind + " hostilePreflight", hostilePreflight.get(), 403, null);
	}

	private void configurationSizes(FilterKind kind) throws Exception {
		for (ConfigurationSize size : ConfigurationSize.values()) {
			ConfigurationSizeBenchmark benchmark = new ConfigurationSizeBenchmark();
			benchmark.filter = kind;
			benchmark.size = size;
			benchmark.createFilter();
			expect(kind + " allowedPreflight " + size, Answer.of(benchmark.allowedPreflight()),
					allowedPreflightStatus(kind == FilterKind.STARTER), size.configuration().requestOrigin());
		}
	}

	private void reactiveConfigurationSizes(ReactiveFilterKind kind) throws Exception {
		for (ConfigurationSize size : ConfigurationSize.values()) {
			ReactiveConfigurationSizeBenchmark benchmark = new ReactiveConfigurationSizeBenchmark();
			benchmark.filter = kind;
			benchmark.size = size;
			benchmark.createFilter();
			expect("reactive " + kind + " allowedPreflight " + size, Answer.of(benchmark.allowedPreflight()),
					allowedPreflightStatus(kind == ReactiveFilterKind.STARTER), size.configuration().requestOrigin());
		}
	}

	/**
	 * The starter answers an allowed preflight with 204; Spring's filters set no status,
	 * so it goes out as 200.
	 */
	private static int allowedPreflightStatus(boolean starter) {
		return starter ? 204 : 200;
	}

	private void expect(String name, Answer answer, int status, String allowOrigin) {
		System.out.printf("%-64s status %d, %s: %s%n", name, answer.status(), ALLOW_ORIGIN, answer.allowOrigin());
		if (!Objects.equals(answer.allowOrigin(), allowOrigin)) {
			this.failures.add(name + ((allowOrigin == null) ? " was allowed"
					: (answer.allowOrigin() == null) ? " was not allowed" : " allowed " + answer.allowOrigin()));
		}
		if (answer.status() != status) {
			this.failures.add(name + " answered " + answer.status() + " instead of " + status);
		}
	}

	/** One benchmark method, run once. */
	@FunctionalInterface
	private interface Run {

		Answer get() throws Exception;

	}

	/**
	 * What a client sees of a filter's answer.
	 *
	 * @param status the response's status
	 * @param allowOrigin its {@code Access-Control-Allow-Origin}, {@code null} if it has
	 * none
	 */
	private record Answer(int status, String allowOrigin) {

		static Answer of(MockHttpServletResponse response) {
			return new Answer(response.getStatus(), response.getHeader(ALLOW_ORIGIN));
		}

		/**
		 * A reactive response nobody set a status on has none; the server sends 200 then.
		 */
		static Answer of(MockServerHttpResponse response) {
			HttpStatusCode status = response.getStatusCode();
			return new Answer((status != null) ? status.value() : 200, response.getHeaders().getFirst(ALLOW_ORIGIN));
		}

	}

}
