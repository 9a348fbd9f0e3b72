package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.OriginLookup;
import org.jspecify.annotations.Nullable;

/**
 * A policy's {@link AllowedOriginResolver}, asked through a bounded Caffeine cache:
 * answers are kept for their lifetime ("allowed" and "not allowed" each their own),
 * concurrent requests for one origin share one lookup, and lookups run on a pool of their
 * own, at most so many at once and so many a second. Past those bounds an unknown origin
 * is refused without a lookup, and a failed or late lookup is not cached: the next
 * request asks again.
 */
final class CachingOriginLookup implements OriginLookup, AutoCloseable {

	private final ResolverSettings settings;

	private final Supplier<AllowedOriginResolver> resolver;

	private final AsyncCache<String, Answer> answers;

	private final CompletableFuture<Boolean> overTheLimits;

	private final Semaphore running;

	private final LookupRate rate;

	private final Executor executor;

	private volatile boolean closed;

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong lookups = new AtomicLong();

	private final AtomicLong timeouts = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	/**
	 * @param executor runs the resolver's lookups, at most {@code max-concurrent-lookups}
	 * at once: the starter's, built with Spring Boot's task execution settings (virtual
	 * threads, customizers)
	 */
	CachingOriginLookup(ResolverSettings settings, Supplier<AllowedOriginResolver> resolver, Executor executor) {
		this.settings = settings;
		this.resolver = resolver;
		this.answers = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfter(Expiry.<String, Answer>creating((origin, answer) -> answer.lifetime(settings)))
			.executor(Runnable::run)
			.buildAsync();
		this.overTheLimits = CompletableFuture
			.failedFuture(new NotAsked("over the lookup limits (" + settings.maxConcurrentLookups() + " at once, "
					+ settings.maxLookupsPerSecond() + " a second), not asked"));
		this.running = new Semaphore(settings.maxConcurrentLookups());
		this.rate = new LookupRate(settings.maxLookupsPerSecond());
		this.executor = executor;
	}

	ResolverSettings settings() {
		return this.settings;
	}

	@Override
	public String name() {
		return this.settings.bean();
	}

	@Override
	public Known known(String origin) {
		CompletableFuture<Answer> answer = this.answers.getIfPresent(origin);
		if (answer == null || !answer.isDone()) {
			return Known.UNKNOWN;
		}
		Answer known = answer.join();
		if (known.failure() != null) {
			return Known.UNKNOWN;
		}
		this.hits.incrementAndGet();
		return known.allowed() ? Known.ALLOWED : Known.DENIED;
	}

	@Override
	public CompletableFuture<Boolean> lookup(String origin) {
		CompletableFuture<Answer> answer = this.answers.getIfPresent(origin);
		if (answer == null) {
			// Past the bounds, refuse before the cache: a refusal is not an answer to
			// keep, and a flood of unknown origins must cost next to nothing.
			if (!this.rate.tryAcquire() || !this.running.tryAcquire()) {
				this.refused.incrementAndGet();
				return this.overTheLimits;
			}
			boolean[] started = new boolean[1];
			answer = this.answers.get(origin, (key, executor) -> {
				started[0] = true;
				return start(key);
			});
			if (!started[0]) {
				// Another request started this origin's lookup meanwhile: share it.
				this.running.release();
			}
		}
		return answer.thenCompose(Answer::asFuture);
	}

	/**
	 * Starts a lookup, holding one of the running permits until the resolver returns or
	 * its timeout passes: then the lookup is cancelled (its thread interrupted) and the
	 * permit comes back, even from a resolver that never returns. The answer never
	 * completes exceptionally: Caffeine would log each failure with its stack trace; a
	 * failure is an answer that expires at once instead.
	 */
	private CompletableFuture<Answer> start(String origin) {
		this.lookups.incrementAndGet();
		CompletableFuture<Answer> answer = new CompletableFuture<>();
		RunningLookup running = new RunningLookup(this.running);
		try {
			if (this.closed) {
				throw new RejectedExecutionException("origin resolver '" + this.settings.bean() + "' is closed");
			}
			this.executor.execute(() -> {
				running.begin();
				try {
					answer.complete(Answer.of(this.resolver.get().isAllowed(origin)));
				}
				catch (Throwable ex) {
					answer.complete(Answer.failed(ex));
				}
				finally {
					running.end();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			running.cancel();
			answer.complete(Answer.failed(ex));
		}
		return answer.completeOnTimeout(Answer.TIMED_OUT, this.settings.timeout().toNanos(), TimeUnit.NANOSECONDS)
			.whenComplete((result, failure) -> {
				if (result == Answer.TIMED_OUT) {
					this.timeouts.incrementAndGet();
					running.cancel();
				}
				else if (result != null && result.failure() != null) {
					this.failures.incrementAndGet();
				}
			});
	}

	/** Counts since this lookup was created, for metrics and the Actuator view. */
	OriginResolverStatus status(String policy) {
		return new OriginResolverStatus(policy, this.settings.bean(), this.answers.synchronous().estimatedSize(),
				this.hits.get(), this.lookups.get(), this.timeouts.get(), this.failures.get(), this.refused.get());
	}

	/** Lets lookups that run finish; starts no other. */
	@Override
	public void close() {
		this.closed = true;
	}

	/**
	 * A resolver's settings; a reload that keeps them keeps the cache.
	 */
	record ResolverSettings(String bean, Duration timeout, Duration allowedTtl, Duration deniedTtl, int cacheSize,
			int maxConcurrentLookups, int maxLookupsPerSecond) {
	}

	/**
	 * What a lookup found: allowed or not, or why there is no answer (kept for no time).
	 */
	private record Answer(boolean allowed, @Nullable Throwable failure) {

		private static final Answer ALLOWED = new Answer(true, null);

		private static final Answer DENIED = new Answer(false, null);

		private static final Answer TIMED_OUT = new Answer(false, new TimeoutException("no answer within its timeout"));

		static Answer of(boolean allowed) {
			return allowed ? ALLOWED : DENIED;
		}

		static Answer failed(Throwable failure) {
			return new Answer(false, failure);
		}

		Duration lifetime(ResolverSettings settings) {
			if (this.failure != null) {
				return Duration.ZERO;
			}
			return this.allowed ? settings.allowedTtl() : settings.deniedTtl();
		}

		CompletableFuture<Boolean> asFuture() {
			return (this.failure != null) ? CompletableFuture.failedFuture(this.failure)
					: CompletableFuture.completedFuture(this.allowed);
		}

	}

	/**
	 * A lookup refused for the bounds: one shared instance, without a stack trace, since
	 * a flood may refuse thousands a second.
	 */
	private static final class NotAsked extends RejectedExecutionException {

		NotAsked(String message) {
			super(message);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

	/** At most so many lookups started in each second. */
	private static final class LookupRate {

		private final int perSecond;

		private long second;

		private int started;

		LookupRate(int perSecond) {
			this.perSecond = perSecond;
		}

		synchronized boolean tryAcquire() {
			long now = System.nanoTime() / 1_000_000_000L;
			if (now != this.second) {
				this.second = now;
				this.started = 0;
			}
			if (this.started >= this.perSecond) {
				return false;
			}
			this.started++;
			return true;
		}

	}

}
