package io.github.corsstarter.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.OriginLookup;

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

	private final AsyncCache<String, Boolean> answers;

	private final Semaphore running;

	private final LookupRate rate;

	private final ThreadPoolExecutor pool;

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong lookups = new AtomicLong();

	private final AtomicLong timeouts = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	CachingOriginLookup(ResolverSettings settings, Supplier<AllowedOriginResolver> resolver) {
		this.settings = settings;
		this.resolver = resolver;
		this.answers = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfter(Expiry
				.<String, Boolean>creating((origin, allowed) -> allowed ? settings.allowedTtl() : settings.deniedTtl()))
			.executor(Runnable::run)
			.buildAsync();
		this.running = new Semaphore(settings.maxConcurrentLookups());
		this.rate = new LookupRate(settings.maxLookupsPerSecond());
		AtomicInteger threads = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(0, settings.maxConcurrentLookups(), 30, TimeUnit.SECONDS,
				new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task,
							"cors-origin-resolver-" + settings.bean() + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
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
		CompletableFuture<Boolean> answer = this.answers.getIfPresent(origin);
		if (answer == null || !answer.isDone() || answer.isCompletedExceptionally()) {
			return Known.UNKNOWN;
		}
		this.hits.incrementAndGet();
		return answer.join() ? Known.ALLOWED : Known.DENIED;
	}

	@Override
	public CompletableFuture<Boolean> lookup(String origin) {
		return this.answers.get(origin, (key, executor) -> start(key));
	}

	/**
	 * Starts a lookup, if the bounds allow one; a refused or failed lookup leaves nothing
	 * in the cache.
	 */
	private CompletableFuture<Boolean> start(String origin) {
		if (!this.rate.tryAcquire() || !this.running.tryAcquire()) {
			this.refused.incrementAndGet();
			return CompletableFuture.failedFuture(
					new RejectedExecutionException("over the lookup limits (" + this.settings.maxConcurrentLookups()
							+ " at once, " + this.settings.maxLookupsPerSecond() + " a second), not asked"));
		}
		this.lookups.incrementAndGet();
		CompletableFuture<Boolean> answer = new CompletableFuture<>();
		try {
			this.pool.execute(() -> {
				try {
					answer.complete(this.resolver.get().isAllowed(origin));
				}
				catch (Throwable ex) {
					answer.completeExceptionally(ex);
				}
				finally {
					this.running.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.running.release();
			answer.completeExceptionally(ex);
		}
		return answer.orTimeout(this.settings.timeout().toNanos(), TimeUnit.NANOSECONDS)
			.whenComplete((allowed, failure) -> {
				if (failure instanceof TimeoutException) {
					this.timeouts.incrementAndGet();
				}
				else if (failure != null) {
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
		this.pool.shutdown();
	}

	/**
	 * A resolver's settings; a reload that keeps them keeps the cache.
	 */
	record ResolverSettings(String bean, Duration timeout, Duration allowedTtl, Duration deniedTtl, int cacheSize,
			int maxConcurrentLookups, int maxLookupsPerSecond) {
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
