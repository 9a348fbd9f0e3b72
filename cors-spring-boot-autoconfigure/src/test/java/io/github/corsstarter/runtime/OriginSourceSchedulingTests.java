package io.github.corsstarter.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.corsstarter.origins.AllowedOriginsSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When origin sources are read again: at once the first time, then every interval, sooner
 * while a source has never been read; a changed interval or a source no policy names any
 * more cancels what was scheduled.
 */
class OriginSourceSchedulingTests {

	private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	private final RecordingScheduler scheduler = new RecordingScheduler();

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	private final AtomicInteger changes = new AtomicInteger();

	private final List<String> listed = new ArrayList<>(List.of("https://a.example"));

	private boolean failing;

	private final OriginSources sources = new OriginSources(this.beans, this.changes::incrementAndGet,
			Clock.fixed(NOW, ZoneOffset.UTC), this.scheduler);

	OriginSourceSchedulingTests() {
		this.beans.registerSingleton("tenants", (AllowedOriginsSource) () -> {
			if (this.failing) {
				throw new IllegalStateException("database down");
			}
			return List.copyOf(this.listed);
		});
	}

	@Test
	void readsANewSourceAtOnceThenEveryInterval() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		assertThat(this.scheduler.scheduled).singleElement().satisfies((task) -> assertThat(task.at).isEqualTo(NOW));
		this.scheduler.scheduled.get(0).task.run();
		assertThat(this.changes).hasValue(1);
		assertThat(this.scheduler.scheduled).hasSize(2);
		assertThat(this.scheduler.scheduled.get(1).at).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(this.sources.statuses())
			.containsExactly(new OriginSourceStatus("tenants", 1, List.of(), NOW, null, null, 0));
	}

	@Test
	void retriesASourceNeverReadAfterFiveSecondsAndKeepsNothingFromAFailure() {
		this.failing = true;
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.scheduler.scheduled.get(0).task.run();
		assertThat(this.changes).hasValue(0);
		assertThat(this.scheduler.scheduled.get(1).at).isEqualTo(NOW.plusSeconds(5));
		assertThat(this.sources.statuses())
			.containsExactly(new OriginSourceStatus("tenants", 0, List.of(), null, NOW, "database down", 1));
	}

	@Test
	void retriesASourceNeverReadAfterItsIntervalWhenThatIsShorter() {
		this.failing = true;
		this.sources.schedule(Map.of("tenants", Duration.ofSeconds(2)));
		this.scheduler.scheduled.get(0).task.run();
		assertThat(this.scheduler.scheduled.get(1).at).isEqualTo(NOW.plusSeconds(2));
	}

	@Test
	void aFailureAfterASuccessKeepsTheOriginsAndWaitsTheWholeInterval() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.scheduler.scheduled.get(0).task.run();
		this.failing = true;
		this.scheduler.scheduled.get(1).task.run();
		assertThat(this.changes).hasValue(1);
		assertThat(this.scheduler.scheduled.get(2).at).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(this.sources.statuses())
			.containsExactly(new OriginSourceStatus("tenants", 1, List.of(), NOW, NOW, "database down", 1));
	}

	@Test
	void aReadListingTheSameOriginsIsNoChange() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.scheduler.scheduled.get(0).task.run();
		this.scheduler.scheduled.get(1).task.run();
		assertThat(this.changes).hasValue(1);
		this.listed.add("https://b.example");
		this.scheduler.scheduled.get(2).task.run();
		assertThat(this.changes).hasValue(2);
	}

	@Test
	void aChangedIntervalCancelsWhatWasScheduled() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		assertThat(this.scheduler.scheduled).hasSize(1);
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(2)));
		assertThat(this.scheduler.scheduled).hasSize(2);
		assertThat(this.scheduler.scheduled.get(0).cancelled).isTrue();
		assertThat(this.scheduler.scheduled.get(1).cancelled).isFalse();
	}

	@Test
	void aSourceNoPolicyNamesAnyMoreIsCancelledAndForgotten() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.sources.schedule(Map.of());
		assertThat(this.scheduler.scheduled.get(0).cancelled).isTrue();
		assertThat(this.sources.statuses()).isEmpty();
	}

	@Test
	void closingCancelsEverySourceAndSchedulesNoMore() {
		this.sources.schedule(Map.of("tenants", Duration.ofMinutes(1)));
		this.sources.close();
		assertThat(this.scheduler.scheduled.get(0).cancelled).isTrue();
		this.scheduler.scheduled.get(0).task.run();
		assertThat(this.scheduler.scheduled).hasSize(1);
	}

	@Test
	void snapshotsOnlySourcesTheApplicationHas() {
		CorsPolicySpec known = new CorsPolicySpec();
		known.getOriginSource().setBean("tenants");
		CorsPolicySpec missing = new CorsPolicySpec();
		missing.getOriginSource().setBean("partners");
		assertThat(this.sources.snapshot(Map.of("a", known, "b", missing, "c", new CorsPolicySpec())))
			.containsOnlyKeys("tenants");
	}

	/** Records what is scheduled, and runs nothing by itself. */
	static final class RecordingScheduler implements TaskScheduler {

		final List<Scheduled> scheduled = new ArrayList<>();

		@Override
		public Clock getClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
			Scheduled scheduled = new Scheduled(task, startTime);
			this.scheduled.add(scheduled);
			return scheduled;
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
			throw new UnsupportedOperationException();
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
			throw new UnsupportedOperationException();
		}

	}

	static final class Scheduled implements ScheduledFuture<Object> {

		final Runnable task;

		final Instant at;

		boolean cancelled;

		Scheduled(Runnable task, Instant at) {
			this.task = task;
			this.at = at;
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			this.cancelled = true;
			return true;
		}

		@Override
		public boolean isCancelled() {
			return this.cancelled;
		}

		@Override
		public boolean isDone() {
			return this.cancelled;
		}

		@Override
		public Object get() {
			return null;
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			return null;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return 0;
		}

		@Override
		public int compareTo(Delayed other) {
			return 0;
		}

	}

}
