package io.github.corsstarter.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.policy.ListedOrigins;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The application's origin sources, by bean name: each read at startup and then on a
 * background thread every refresh interval, never by a request. A read that fails keeps
 * the last good origins in force; until a source was read once it lists nothing and is
 * retried sooner. Every change is handed to the {@code onChange} callback, which compiles
 * a new configuration with it.
 */
final class OriginSources implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(OriginSources.class);

	/** How soon a source that was never read is tried again. */
	private static final Duration FIRST_READ_RETRY = Duration.ofSeconds(5);

	private static final int REJECTED_SHOWN = 5;

	private final ListableBeanFactory beanFactory;

	private final Runnable onChange;

	private final Clock clock;

	private final Map<String, Source> sources = new ConcurrentHashMap<>();

	private final TaskScheduler refresher;

	private volatile boolean closed;

	/**
	 * @param refresher reads the sources in the background: the starter's, built with
	 * Spring Boot's task scheduling settings (virtual threads, customizers)
	 * @param onChange compiles the configuration again with the sources' new snapshots
	 */
	OriginSources(ListableBeanFactory beanFactory, Runnable onChange, Clock clock, TaskScheduler refresher) {
		this.beanFactory = beanFactory;
		this.onChange = onChange;
		this.clock = clock;
		this.refresher = refresher;
	}

	/**
	 * What each source that a policy names lists now, by source: what a compilation is
	 * given. A source the application does not have is left out (the compilation reports
	 * it). Naming a source makes it known: it is read when {@link #start} or
	 * {@link #refresh} runs.
	 */
	Map<String, ListedOrigins> snapshot(Map<String, CorsPolicySpec> policies) {
		Map<String, ListedOrigins> listed = new HashMap<>();
		for (CorsPolicySpec spec : policies.values()) {
			String name = spec.getOriginSource().getBean();
			if (name != null && this.beanFactory.containsBean(name)
					&& this.beanFactory.isTypeMatch(name, AllowedOriginsSource.class)) {
				listed.put(name, this.sources.computeIfAbsent(name, Source::new).listed);
			}
		}
		return listed;
	}

	/**
	 * Schedules the sources a compiled configuration names, each at the shortest interval
	 * a policy gives it, and forgets the others.
	 */
	synchronized void schedule(Map<String, Duration> intervals) {
		this.sources.keySet().removeIf((name) -> {
			boolean unused = !intervals.containsKey(name);
			if (unused) {
				this.sources.get(name).cancel();
			}
			return unused;
		});
		intervals.forEach((name, interval) -> {
			Source source = this.sources.computeIfAbsent(name, Source::new);
			if (!interval.equals(source.interval)) {
				source.interval = interval;
				source.scheduleNext();
			}
		});
	}

	/**
	 * Reads every source once, at startup, in the background, waiting for each at most
	 * its startup timeout ({@link FirstReads}), and hands what they listed on at once.
	 */
	void start(Map<String, Duration> startupTimeouts) {
		Map<String, CompletableFuture<Boolean>> reads = new HashMap<>();
		for (Source source : this.sources.values()) {
			CompletableFuture<Boolean> read = new CompletableFuture<>();
			this.refresher.schedule(() -> read.complete(source.readChanged()), this.refresher.getClock().instant());
			reads.put(source.name, read);
		}
		if (FirstReads.await(reads, startupTimeouts, this.onChange)) {
			this.onChange.run();
		}
	}

	/**
	 * Reads a source now, on the caller's thread, as after an administrator registered an
	 * origin.
	 * @return where the source stands after the read
	 * @throws IllegalArgumentException if no policy names a source of that name
	 */
	OriginSourceStatus refresh(String name) {
		Source source = this.sources.get(name);
		if (source == null) {
			throw new IllegalArgumentException("No cors.policies.*.origin-source.bean names '" + name + "'");
		}
		source.read();
		return source.status();
	}

	List<OriginSourceStatus> statuses() {
		return this.sources.values().stream().map(Source::status).toList();
	}

	@Override
	public void close() {
		this.closed = true;
		this.sources.values().forEach(Source::cancel);
	}

	/** One source: its current snapshot and the state of its reads. */
	private final class Source {

		private final String name;

		private volatile ListedOrigins listed;

		private volatile @Nullable Instant lastSuccess;

		private volatile @Nullable Instant lastFailure;

		private volatile @Nullable String lastError;

		private final AtomicLong failures = new AtomicLong();

		private @Nullable Duration interval;

		private @Nullable ScheduledFuture<?> next;

		private Set<String> loggedRejections = Set.of();

		/** One read at a time, on a lock of its own: scheduling never waits for it. */
		private final Object reading = new Object();

		/** Whether a read was tried: a source a reload just named is read at once. */
		private volatile boolean attempted;

		Source(String name) {
			this.name = name;
			this.listed = ListedOrigins.none(name);
		}

		/**
		 * Reads the source, one read at a time whoever asks, and hands a change on
		 * outside the lock: compiling it takes the configuration's own lock, which is
		 * held while sources are scheduled.
		 */
		void read() {
			if (readChanged()) {
				OriginSources.this.onChange.run();
			}
		}

		private boolean readChanged() {
			synchronized (this.reading) {
				return readNow();
			}
		}

		private boolean readNow() {
			this.attempted = true;
			Collection<String> values;
			try {
				values = OriginSources.this.beanFactory.getBean(this.name, AllowedOriginsSource.class).allowedOrigins();
			}
			catch (Exception ex) {
				this.lastFailure = OriginSources.this.clock.instant();
				this.lastError = String.valueOf(ex.getMessage());
				this.failures.incrementAndGet();
				logger.error("CORS origin source '" + this.name + "' could not be read: " + ex.getMessage()
						+ "; keeping the " + this.listed.size() + " origins "
						+ ((this.lastSuccess != null) ? "read at " + this.lastSuccess : "configured, none listed yet"),
						ex);
				return false;
			}
			ListedOrigins read = OriginDiagnosis.checkListed(this.name, (values != null) ? values : List.of());
			ListedOrigins previous = this.listed;
			this.listed = read;
			this.lastSuccess = OriginSources.this.clock.instant();
			this.lastError = null;
			reportRejections(read);
			if (read.origins().equals(previous.origins())) {
				return false;
			}
			logChange(previous, read);
			return true;
		}

		private void logChange(ListedOrigins previous, ListedOrigins read) {
			Set<String> added = new HashSet<>(read.origins());
			added.removeAll(previous.origins());
			Set<String> removed = new HashSet<>(previous.origins());
			removed.removeAll(read.origins());
			logger.info("CORS origin source '" + this.name + "' lists " + read.size() + " origins (" + added.size()
					+ " added, " + removed.size() + " removed)");
		}

		/**
		 * Logs the entries no browser sends, once for each set of them, so a typo is not
		 * logged every refresh.
		 */
		private void reportRejections(ListedOrigins read) {
			Set<String> rejected = new HashSet<>();
			read.rejected().forEach((entry) -> rejected.add(entry.value()));
			if (rejected.isEmpty() || rejected.equals(this.loggedRejections)) {
				this.loggedRejections = rejected;
				return;
			}
			this.loggedRejections = rejected;
			List<String> shown = new ArrayList<>();
			read.rejected()
				.stream()
				.limit(REJECTED_SHOWN)
				.forEach((entry) -> shown.add("'" + entry.value() + "': " + entry.reason() + "; " + entry.fix()));
			logger.warn("CORS origin source '" + this.name + "' lists " + read.rejected().size()
					+ " entries that are no origins browsers send, skipped: " + String.join(" | ", shown)
					+ ((read.rejected().size() > REJECTED_SHOWN)
							? " | and " + (read.rejected().size() - REJECTED_SHOWN) + " more" : ""));
		}

		synchronized void scheduleNext() {
			cancel();
			Duration interval = this.interval;
			if (interval == null || OriginSources.this.closed) {
				return;
			}
			Duration delay;
			if (!this.attempted) {
				delay = Duration.ZERO;
			}
			else if (this.lastSuccess == null && interval.compareTo(FIRST_READ_RETRY) > 0) {
				delay = FIRST_READ_RETRY;
			}
			else {
				delay = interval;
			}
			this.next = OriginSources.this.refresher.schedule(() -> {
				try {
					read();
				}
				finally {
					scheduleNext();
				}
			}, OriginSources.this.refresher.getClock().instant().plus(delay));
		}

		synchronized void cancel() {
			if (this.next != null) {
				this.next.cancel(false);
				this.next = null;
			}
		}

		OriginSourceStatus status() {
			return new OriginSourceStatus(this.name, this.listed.size(), this.listed.rejected(), this.lastSuccess,
					this.lastFailure, this.lastError, this.failures.get());
		}

	}

}
