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
 * both stacks. The starter's own benchmarks get the same check: a source's origin and a
 * resolver's cached answer allowed (the source read, the cache warm), a flood of fresh
 * origins refused with the resolver called within its limits and its cache within its
 * size, and the same answers with metrics on and off, each decision counted when on.
 * Prints one line per case; exits 1 if any answer is wrong.
 */
public final class ResponseCheck {

	private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	private final List<String> failures = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		ResponseCheck check = new ResponseCheck();
		for (Stack stack : Stack.values()) {
			for (FilterKind kind : List.of(FilterKind.STARTER, FilterKind.SPRING)) {
				check.requestKinds(stack, kind);
				check.configurationSizes(stack, kind);
			}
		}
		for (Stack stack : Stack.values()) {
			check.crossOriginProtection(stack);
		}
		check.originSources();
		check.originResolver();
		check.originFloods();
		for (Stack stack : Stack.values()) {
			check.metrics(stack);
		}
		check.failures.forEach((failure) -> System.err.println("WRONG ANSWER: " + failure));
		System.exit(check.failures.isEmpty() ? 0 : 1);
	}

	/** The request-kind scenarios' expected answers. */
	private void requestKinds(Stack stack, FilterKind kind) throws Exception {
		RequestKindBenchmark benchmark = new RequestKindBenchmark();
		benchmark.stack = stack;
		benchmark.filter = kind;
		benchmark.createFilter();
		String name = stack + " " + kind;
		boolean starter = kind == FilterKind.STARTER;
		String allowed = BenchmarkConfiguration.ALLOWED_ORIGIN;
		expect(name + " allowedPreflight", Answer.of(benchmark.allowedPreflight()), allowedPreflightStatus(starter),
				allowed);
		expect(name + " allowedGet", Answer.of(benchmark.allowedGet()), 200, allowed);
		// Spring's filters refuse it; the starter lets it through without CORS headers,
		// and the browser refuses it.
		expect(name + " disallowedOriginGet", Answer.of(benchmark.disallowedOriginGet()), starter ? 200 : 403, null);
		expect(name + " noOriginGet", Answer.of(benchmark.noOriginGet()), 200, null);
		expect(name + " hostilePreflight", Answer.of(benchmark.hostilePreflight()), 403, null);
		expect(name + " uncoveredGet", Answer.of(benchmark.uncoveredGet()), 200, null);
	}

	/**
	 * The same answers with the check off and on, but for the cross-site POST from
	 * another origin, which it refuses.
	 */
	private void crossOriginProtection(Stack stack) throws Exception {
		for (boolean protection : new boolean[] { false, true }) {
			CrossOriginProtectionBenchmark benchmark = new CrossOriginProtectionBenchmark();
			benchmark.stack = stack;
			benchmark.protection = protection;
			benchmark.createFilter();
			String name = stack + " cross-origin-protection=" + protection;
			String allowed = BenchmarkConfiguration.ALLOWED_ORIGIN;
			expect(name + " allowedPreflight", Answer.of(benchmark.allowedPreflight()), 204, allowed);
			expect(name + " allowedGet", Answer.of(benchmark.allowedGet()), 200, allowed);
			expect(name + " disallowedOriginGet", Answer.of(benchmark.disallowedOriginGet()), 200, null);
			expect(name + " allowedOriginPost", Answer.of(benchmark.allowedOriginPost()), 200, allowed);
			expect(name + " crossSitePost", Answer.of(benchmark.crossSitePost()), protection ? 403 : 200, null);
		}
	}

	private void configurationSizes(Stack stack, FilterKind kind) throws Exception {
		for (ConfigurationSize size : ConfigurationSize.values()) {
			ConfigurationSizeBenchmark benchmark = new ConfigurationSizeBenchmark();
			benchmark.stack = stack;
			benchmark.filter = kind;
			benchmark.size = size;
			benchmark.createFilter();
			String origin = size.configuration().requestOrigin();
			expect(stack + " " + kind + " allowedPreflight " + size, Answer.of(benchmark.allowedPreflight()),
					allowedPreflightStatus(kind == FilterKind.STARTER), origin);
			expect(stack + " " + kind + " allowedGet " + size, Answer.of(benchmark.allowedGet()), 200, origin);
		}
	}

	/** An allowed preflight from the last origin of a source, read at startup. */
	private void originSources() throws Exception {
		for (int size : new int[] { 1, 100_000 }) {
			OriginSourceBenchmark benchmark = new OriginSourceBenchmark();
			benchmark.sourceOrigins = size;
			benchmark.createFilter();
			try {
				expect("OriginSource allowedPreflight " + size, Answer.of(benchmark.allowedPreflight()), 204,
						DynamicOriginBeans.SOURCED_ORIGIN);
			}
			finally {
				benchmark.closeContext();
			}
		}
	}

	/**
	 * A configured origin and a resolved one, the resolver's cache warmed (which
	 * {@link OriginResolverBenchmark#createFilter()} checks: one lookup, then hits).
	 */
	private void originResolver() throws Exception {
		for (OriginResolverBenchmark.AllowedBy allowedBy : OriginResolverBenchmark.AllowedBy.values()) {
			OriginResolverBenchmark benchmark = new OriginResolverBenchmark();
			benchmark.allowedBy = allowedBy;
			benchmark.createFilter();
			try {
				expect("OriginResolver allowedPreflight " + allowedBy, Answer.of(benchmark.allowedPreflight()), 204,
						allowedBy.origin());
			}
			finally {
				benchmark.closeContext();
			}
		}
	}

	/**
	 * One flood of fresh origins: every preflight refused, and the resolver asked no more
	 * often than the limits allow, its cache no larger than its size.
	 */
	private void originFloods() throws Exception {
		for (OriginFloodBenchmark.Target target : OriginFloodBenchmark.Target.values()) {
			if (!target.starter()) {
				continue;
			}
			OriginFloodBenchmark benchmark = new OriginFloodBenchmark();
			benchmark.target = target;
			benchmark.createFilter();
			try {
				OriginFloodBenchmark.Counts start = benchmark.counts();
				long startNanos = System.nanoTime();
				int wrong = 0;
				Answer wrongAnswer = null;
				for (int i = 0; i < OriginFloodBenchmark.FLOOD; i++) {
					Answer answer = Answer.of(benchmark.send());
					if (answer.status() != 403 || answer.allowOrigin() != null) {
						wrong++;
						wrongAnswer = answer;
					}
				}
				double seconds = (System.nanoTime() - startNanos) / 1e9;
				OriginFloodBenchmark.Counts counts = benchmark.counts().since(start);
				long cached = benchmark.resolverStatus().cached();
				System.out.printf("%-64s %.2f s, %d not refused; %s; %d answers cached%n", "OriginFlood " + target,
						seconds, wrong, counts, cached);
				if (wrong > 0) {
					this.failures
						.add("OriginFlood " + target + ": " + wrong + " preflights not refused, e.g. " + wrongAnswer);
				}
				// The rate limit counts per second of the clock: a flood that straddles
				// n seconds may start n + 1 times the limit.
				long maxCalls = Math.min(OriginFloodBenchmark.FLOOD,
						target.lookupsPerSecond() * ((long) Math.ceil(seconds) + 1));
				if (counts.resolverCalls() > maxCalls || counts.resolverCalls() != counts.lookups()
						|| cached > target.cacheSize()) {
					this.failures.add("OriginFlood " + target + ": resolver called " + counts.resolverCalls()
							+ " times (at most " + maxCalls + "), " + counts.lookups() + " lookups, " + cached
							+ " answers cached (at most " + target.cacheSize() + ")");
				}
			}
			finally {
				benchmark.close();
			}
		}
	}

	/** The same answers with metrics on and off; on, each decision counted once. */
	private void metrics(Stack stack) throws Exception {
		for (Metrics metrics : Metrics.values()) {
			MetricsBenchmark benchmark = new MetricsBenchmark();
			benchmark.stack = stack;
			benchmark.metrics = metrics;
			benchmark.createFilter();
			try {
				String name = stack + " Metrics " + metrics;
				expect(name + " allowedPreflight", Answer.of(benchmark.allowedPreflight()), 204,
						BenchmarkConfiguration.ALLOWED_ORIGIN);
				expect(name + " allowedGet", Answer.of(benchmark.allowedGet()), 200,
						BenchmarkConfiguration.ALLOWED_ORIGIN);
				expectCounted(name, benchmark.context(), metrics);
			}
			finally {
				benchmark.closeContext();
			}
		}
	}

	/** One allowed preflight and one allowed actual request counted, with metrics on. */
	private void expectCounted(String name, StarterContext.Running context, Metrics metrics) {
		double expected = (metrics == Metrics.ON) ? 1 : 0;
		double preflights = Metrics.allowed(context, "preflight");
		double actual = Metrics.allowed(context, "actual");
		if (preflights != expected || actual != expected) {
			this.failures.add(name + " counted " + preflights + " preflights and " + actual
					+ " actual requests instead of " + expected);
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

	/**
	 * What a client sees of a filter's answer.
	 *
	 * @param status the response's status
	 * @param allowOrigin its {@code Access-Control-Allow-Origin}, {@code null} if it has
	 * none
	 */
	record Answer(int status, String allowOrigin) {

		/** The answer in a response of either stack. */
		static Answer of(Object response) {
			if (response instanceof MockHttpServletResponse servlet) {
				return of(servlet);
			}
			if (response instanceof MockServerHttpResponse reactive) {
				return of(reactive);
			}
			throw new IllegalArgumentException("not a mock response: " + response);
		}

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
