package io.github.corsstarter.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import io.github.corsstarter.runtime.CorsPolicySpec;
import io.github.corsstarter.runtime.OriginResolverSpec;
import io.github.corsstarter.runtime.OriginResolverStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A flood of preflights from origins nobody allows, against a policy with an origin
 * resolver ({@link DynamicOriginBeans.CountingResolver}, which refuses them all): every
 * invocation is {@value #FLOOD} preflights, each from an origin never sent before, and
 * JMH reports the time and allocation per preflight. The {@link Target#PASS_THROUGH}
 * floor sends the same preflights, fresh origins built alike, through a filter that only
 * calls the chain.
 * <p>
 * What matters as much as the time is what the application sees: after every iteration
 * the benchmark prints how many times the resolver was called, how many lookups the
 * starter started and refused, how many answers its cache holds, and how many warnings
 * Caffeine logged. With the default limits (20 lookups a second, 4 at once, 10,000
 * answers) the resolver sees at most 20 calls a second, whatever the flood's rate; with
 * the rate limit lifted and a cache of 1,000, every origin is looked up and the cache
 * stays at 1,000.
 * <p>
 * Caffeine logs a WARNING with the stack trace for every lookup that completes with an
 * exception other than a timeout ({@code LocalAsyncCache}: "Exception thrown during
 * asynchronous load"). The starter's refusals over the limits once did and no longer
 * reach the cache; should any warning come back, its logger here formats each record as
 * {@code java.util.logging.SimpleFormatter} does and throws the text away, so the flood
 * pays for the formatting, not for any console or file, and counts it.
 * {@link Target#DEFAULTS_CAFFEINE_WARNINGS_OFF} is the same flood with that logger at
 * {@code SEVERE}, as an application gets it with
 * {@code logging.level.com.github.benmanes.caffeine.cache.LocalAsyncCache=error}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OriginFloodBenchmark {

	static final int FLOOD = 10_000;

	/** The logger Caffeine's async cache writes its warnings to. */
	static final String CAFFEINE_LOGGER = "com.github.benmanes.caffeine.cache.LocalAsyncCache";

	/** The starter's resolver bounds when none is configured. */
	private static final OriginResolverSpec DEFAULT_RESOLVER = new OriginResolverSpec();

	/** What receives the flood: the starter with given resolver bounds, or nothing. */
	public enum Target {

		/**
		 * The default bounds: 20 lookups a second, 4 at once, 10,000 answers cached;
		 * Caffeine's warnings formatted.
		 */
		DEFAULTS(true, false, DEFAULT_RESOLVER.getMaxLookupsPerSecond(), DEFAULT_RESOLVER.getCacheSize()),

		/** The same with Caffeine's async-cache warnings off. */
		DEFAULTS_CAFFEINE_WARNINGS_OFF(true, true, DEFAULT_RESOLVER.getMaxLookupsPerSecond(),
				DEFAULT_RESOLVER.getCacheSize()),

		/** No effective rate limit, and a cache of 1,000 answers. */
		NO_RATE_LIMIT_CACHE_1000(true, false, 1_000_000, 1_000),

		/** A filter that only calls the chain: the floor. */
		PASS_THROUGH(false, false, DEFAULT_RESOLVER.getMaxLookupsPerSecond(), DEFAULT_RESOLVER.getCacheSize());

		private final boolean starter;

		private final boolean caffeineWarningsOff;

		private final int lookupsPerSecond;

		private final int cacheSize;

		Target(boolean starter, boolean caffeineWarningsOff, int lookupsPerSecond, int cacheSize) {
			this.starter = starter;
			this.caffeineWarningsOff = caffeineWarningsOff;
			this.lookupsPerSecond = lookupsPerSecond;
			this.cacheSize = cacheSize;
		}

		boolean starter() {
			return this.starter;
		}

		/** The configured cache size. */
		int cacheSize() {
			return this.cacheSize;
		}

		/** The configured lookups a second. */
		int lookupsPerSecond() {
			return this.lookupsPerSecond;
		}

	}

	@Param
	public Target target;

	private StarterContext.Running context;

	private BenchmarkRequests.Servlet filter;

	private final CaffeineLog caffeineLog = new CaffeineLog();

	private long nextOrigin;

	private long requests;

	private Counts iterationStart;

	private Counts trialStart;

	private long trialStartNanos;

	@Setup
	public void createFilter() throws InterruptedException {
		if (this.target.starter()) {
			this.caffeineLog.install(this.target.caffeineWarningsOff);
			this.context = DynamicOriginBeans.open(DynamicOriginBeans.configuration(0,
					"max-lookups-per-second=" + this.target.lookupsPerSecond, "cache-size=" + this.target.cacheSize));
			this.filter = DynamicOriginBeans.filter(this.context);
		}
		else {
			this.filter = (BenchmarkRequests.Servlet) FilterKind.PASS_THROUGH.create(Stack.SERVLET,
					BenchmarkConfiguration.exactOrigins(1, 1));
		}
		this.trialStart = counts();
		this.trialStartNanos = System.nanoTime();
	}

	@Setup(Level.Iteration)
	public void startIteration() {
		this.iterationStart = counts();
	}

	@TearDown(Level.Iteration)
	public void reportIteration(IterationParams iteration) {
		if (this.target.starter()) {
			System.out.println();
			System.out.println("flood " + this.target + ", " + iteration.getType().toString().toLowerCase(Locale.ROOT)
					+ " iteration: " + counts().since(this.iterationStart) + "; " + resolverStatus().cached()
					+ " answers cached");
		}
	}

	@TearDown
	public void closeContext() throws InterruptedException {
		if (this.target.starter()) {
			double seconds = (System.nanoTime() - this.trialStartNanos) / 1e9;
			Counts trial = counts().since(this.trialStart);
			System.out.printf(Locale.ROOT,
					"%nflood %s, whole trial (%.1f s, warm-up included): %s; %.1f resolver calls a second; %s%n",
					this.target, seconds, trial, trial.resolverCalls / seconds, resolverStatus());
		}
		close();
	}

	void close() throws InterruptedException {
		if (this.context != null) {
			this.context.close();
		}
		this.caffeineLog.uninstall();
	}

	@Benchmark
	@OperationsPerInvocation(FLOOD)
	public int flood() throws Exception {
		return flood(this.filter);
	}

	/**
	 * {@value #FLOOD} preflights, each from a new origin.
	 * @return how many got a 204, for JMH to consume (none should)
	 */
	int flood(BenchmarkRequests.Servlet filter) throws Exception {
		int allowed = 0;
		for (int i = 0; i < FLOOD; i++) {
			if (send(filter).getStatus() == 204) {
				allowed++;
			}
		}
		return allowed;
	}

	/** One preflight of the flood, from a new origin. */
	MockHttpServletResponse send() throws Exception {
		return send(this.filter);
	}

	private MockHttpServletResponse send(BenchmarkRequests.Servlet filter) throws Exception {
		this.requests++;
		return filter.preflight(freshOrigin(), BenchmarkRequests.BROWSER_REQUEST_HEADERS);
	}

	/** An origin no request sent before: {@code https://<n in base 36>.flood.example}. */
	private String freshOrigin() {
		return "https://" + Long.toString(this.nextOrigin++, 36) + ".flood.example";
	}

	/** The resolver's status, as the application's metrics see it. */
	OriginResolverStatus resolverStatus() {
		return DynamicOriginBeans.resolverStatus(this.context);
	}

	/**
	 * Caffeine's async-cache logger for the length of a trial: each record it would print
	 * is formatted and dropped, and counted; or, with warnings off, the logger is at
	 * {@code SEVERE}. Held here because the JDK keeps loggers only while they are
	 * referenced.
	 */
	static final class CaffeineLog extends Handler {

		private final Formatter formatter = new SimpleFormatter();

		private final AtomicLong published = new AtomicLong();

		private Logger logger;

		void install(boolean warningsOff) {
			this.logger = Logger.getLogger(CAFFEINE_LOGGER);
			this.logger.setUseParentHandlers(false);
			this.logger.addHandler(this);
			this.logger.setLevel(warningsOff ? java.util.logging.Level.SEVERE : null);
		}

		void uninstall() {
			if (this.logger != null) {
				this.logger.removeHandler(this);
				this.logger.setUseParentHandlers(true);
				this.logger.setLevel(null);
				this.logger = null;
			}
		}

		long published() {
			return this.published.get();
		}

		@Override
		public void publish(LogRecord record) {
			if (isLoggable(record) && this.formatter.format(record).length() > 0) {
				this.published.incrementAndGet();
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

	Counts counts() {
		if (this.context == null) {
			return new Counts(this.requests, 0, 0, 0, 0, 0, 0);
		}
		OriginResolverStatus status = resolverStatus();
		return new Counts(this.requests, this.context.bean(DynamicOriginBeans.CountingResolver.class).calls(),
				status.lookups(), status.refused(), status.failures(), status.timeouts(), this.caffeineLog.published());
	}

	/**
	 * What the application saw of the flood.
	 *
	 * @param requests preflights sent
	 * @param resolverCalls calls of the resolver bean, counted by the bean itself
	 * @param lookups lookups the starter started
	 * @param refused lookups it did not start, over the limits
	 * @param failures lookups that failed
	 * @param timeouts lookups that took longer than the timeout
	 * @param caffeineWarnings warnings Caffeine logged
	 */
	record Counts(long requests, long resolverCalls, long lookups, long refused, long failures, long timeouts,
			long caffeineWarnings) {

		Counts since(Counts start) {
			return new Counts(this.requests - start.requests, this.resolverCalls - start.resolverCalls,
					this.lookups - start.lookups, this.refused - start.refused, this.failures - start.failures,
					this.timeouts - start.timeouts, this.caffeineWarnings - start.caffeineWarnings);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%,d preflights; resolver called %,d times; %,d lookups started, %,d refused over the limits, "
							+ "%,d failed, %,d timed out; %,d Caffeine warnings logged",
					this.requests, this.resolverCalls, this.lookups, this.refused, this.failures, this.timeouts,
					this.caffeineWarnings);
		}

	}

}
