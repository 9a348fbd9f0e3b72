package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Runs every benchmarked request once through every CORS filter and checks it got the answer it should, before any
 * time is measured: a misconfigured filter that rejects the "allowed" preflight would otherwise be timed on its
 * cheap rejection path and look fast. Prints one line per case; exits 1 if any answer is wrong.
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
		check.failures.forEach((failure) -> System.err.println("WRONG ANSWER: " + failure));
		System.exit(check.failures.isEmpty() ? 0 : 1);
	}

	private void requestKinds(FilterKind kind) throws Exception {
		RequestKindBenchmark benchmark = new RequestKindBenchmark();
		benchmark.filter = kind;
		benchmark.createFilter();
		expect(kind + " allowedPreflight", benchmark.allowedPreflight(), true);
		expect(kind + " allowedGet", benchmark.allowedGet(), true);
		expect(kind + " disallowedOriginGet", benchmark.disallowedOriginGet(), false);
		expect(kind + " noOriginGet", benchmark.noOriginGet(), false);
		expect(kind + " hostilePreflight", benchmark.hostilePreflight(), false);
	}

	private void configurationSizes(FilterKind kind) throws Exception {
		for (ConfigurationSize size : ConfigurationSize.values()) {
			ConfigurationSizeBenchmark benchmark = new ConfigurationSizeBenchmark();
			benchmark.filter = kind;
			benchmark.size = size;
			benchmark.createFilter();
			expect(kind + " allowedPreflight " + size, benchmark.allowedPreflight(), true);
		}
	}

	private void expect(String name, MockHttpServletResponse response, boolean allowed) {
		String allowOrigin = response.getHeader(ALLOW_ORIGIN);
		System.out.printf("%-55s status %d, %s: %s%n", name, response.getStatus(), ALLOW_ORIGIN, allowOrigin);
		if ((allowOrigin != null) != allowed) {
			this.failures.add(name + (allowed ? " was not allowed" : " was allowed"));
		}
	}

}
