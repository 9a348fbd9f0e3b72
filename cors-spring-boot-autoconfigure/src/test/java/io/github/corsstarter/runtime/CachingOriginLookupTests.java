package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.policy.OriginLookup.Known;
import io.github.corsstarter.runtime.CachingOriginLookup;
import io.github.corsstarter.runtime.OriginResolverStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingOriginLookupTests {

	private static final String TENANT = "https://tenant.example";

	private final AtomicInteger asked = new AtomicInteger();

	private final List<CachingOriginLookup> lookups = new ArrayList<>();

	private final CorsTasks tasks = CorsTasks.withDefaults();

	@AfterEach
	void close() {
		this.lookups.forEach(CachingOriginLookup::close);
		this.tasks.close();
	}

	@Test
	void answersAreKeptSoTheResolverIsAskedOnce() throws Exception {
		CachingOriginLookup lookup = lookup(settings(), (origin) -> origin.equals(TENANT));
		assertThat(lookup.known(TENANT)).isEqualTo(Known.UNKNOWN);
		assertThat(lookup.lookup(TENANT).get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(lookup.lookup("https://other.example").get(5, TimeUnit.SECONDS)).isFalse();
		assertThat(lookup.known(TENANT)).isEqualTo(Known.ALLOWED);
		assertThat(lookup.known("https://other.example")).isEqualTo(Known.DENIED);
		assertThat(lookup.lookup(TENANT).get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.asked).hasValue(2);
		assertThat(lookup.status("api")).isEqualTo(new OriginResolverStatus("api", "tenants", 2, 2, 2, 0, 0, 0));
	}

	@Test
	void deniedAnswersHaveTheirOwnLifetime() throws Exception {
		CachingOriginLookup lookup = lookup(settings(Duration.ofHours(1), Duration.ZERO, 10, 10, 100),
				(origin) -> origin.equals(TENANT));
		lookup.lookup(TENANT).get(5, TimeUnit.SECONDS);
		lookup.lookup("https://other.example").get(5, TimeUnit.SECONDS);
		assertThat(lookup.known(TENANT)).isEqualTo(Known.ALLOWED);
		assertThat(lookup.known("https://other.example")).isEqualTo(Known.UNKNOWN);
	}

	@Test
	void concurrentRequestsForOneOriginShareOneLookup() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CachingOriginLookup lookup = lookup(settings(), (origin) -> {
			release.await();
			return true;
		});
		List<CompletableFuture<Boolean>> answers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			answers.add(lookup.lookup(TENANT));
		}
		release.countDown();
		for (CompletableFuture<Boolean> answer : answers) {
			assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(this.asked).hasValue(1);
	}

	@Test
	void aLookupTooSlowMeansNotAllowedAndIsNotCached() {
		CountDownLatch never = new CountDownLatch(1);
		CachingOriginLookup lookup = lookup(settings(Duration.ofMillis(50)),
				(origin) -> never.await(10, TimeUnit.SECONDS));
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> lookup.lookup(TENANT).get(5, TimeUnit.SECONDS))
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(lookup.known(TENANT)).isEqualTo(Known.UNKNOWN);
		assertThat(lookup.status("api").timeouts()).isEqualTo(1);
		never.countDown();
	}

	@Test
	void aFailedLookupMeansNotAllowedAndIsNotCached() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		CachingOriginLookup lookup = lookup(settings(), (origin) -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("database down");
			}
			return true;
		});
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> lookup.lookup(TENANT).get(5, TimeUnit.SECONDS))
			.withMessageContaining("database down");
		assertThat(lookup.known(TENANT)).isEqualTo(Known.UNKNOWN);
		assertThat(lookup.lookup(TENANT).get(5, TimeUnit.SECONDS)).as("asked again").isTrue();
		assertThat(lookup.status("api").failures()).isEqualTo(1);
	}

	@Test
	void pastTheConcurrencyBoundAnUnknownOriginIsRefusedWithoutALookup() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CachingOriginLookup lookup = lookup(settings(Duration.ofSeconds(5), Duration.ofMinutes(1), 100, 2, 1000),
				(origin) -> release.await(5, TimeUnit.SECONDS));
		CompletableFuture<Boolean> first = lookup.lookup("https://a.example");
		CompletableFuture<Boolean> second = lookup.lookup("https://b.example");
		CompletableFuture<Boolean> third = lookup.lookup("https://c.example");
		assertThat(third).isCompletedExceptionally();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(third::get)
			.withCauseInstanceOf(RejectedExecutionException.class);
		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(this.asked).hasValue(2);
		assertThat(lookup.known("https://c.example")).as("not cached as a denial").isEqualTo(Known.UNKNOWN);
		assertThat(lookup.status("api").refused()).isEqualTo(1);
	}

	@Test
	void aFloodOfRandomOriginsBecomesAtMostTheRateOfLookupsAndBoundedMemory() throws Exception {
		CachingOriginLookup lookup = lookup(settings(Duration.ofSeconds(1), Duration.ofMinutes(1), 50, 4, 20),
				(origin) -> false);
		long start = System.nanoTime();
		List<CompletableFuture<Boolean>> answers = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			answers.add(lookup.lookup("https://random-" + i + ".example"));
		}
		long seconds = 1 + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		for (CompletableFuture<Boolean> answer : answers) {
			answer.handle((allowed, failure) -> null).get(5, TimeUnit.SECONDS);
		}
		// A second boundary may fall inside the loop: at most the rate in each second it
		// spanned.
		OriginResolverStatus status = lookup.status("api");
		assertThat(status.lookups()).isPositive().isLessThanOrEqualTo(20 * (seconds + 1));
		assertThat(status.refused()).isEqualTo(10_000 - status.lookups());
		assertThat(this.asked.get()).isLessThanOrEqualTo((int) status.lookups());
		assertThat(status.cached()).isLessThanOrEqualTo(50);
	}

	@Test
	void refusedFailedAndLateLookupsLeaveCaffeineNothingToLog() throws Exception {
		List<LogRecord> logged = new ArrayList<>();
		Handler handler = new Handler() {

			@Override
			public void publish(LogRecord record) {
				logged.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};
		Logger caffeine = Logger.getLogger("com.github.benmanes.caffeine");
		caffeine.addHandler(handler);
		try {
			CountDownLatch never = new CountDownLatch(1);
			CountDownLatch fail = new CountDownLatch(1);
			CachingOriginLookup lookup = lookup(new CachingOriginLookup.ResolverSettings("tenants",
					Duration.ofMillis(200), Duration.ofMinutes(1), Duration.ofMinutes(1), 100, 2, 1000),
					(origin) -> switch (origin) {
						case "https://late.example" -> never.await(10, TimeUnit.SECONDS);
						case "https://failing.example" -> {
							fail.await(5, TimeUnit.SECONDS);
							throw new IllegalStateException("database down");
						}
						default -> true;
					});
			CompletableFuture<Boolean> late = lookup.lookup("https://late.example");
			CompletableFuture<Boolean> failing = lookup.lookup("https://failing.example");
			// Both lookups hold their permits: the third is refused.
			CompletableFuture<Boolean> refused = lookup.lookup("https://refused.example");
			fail.countDown();
			for (CompletableFuture<Boolean> answer : List.of(late, failing, refused)) {
				assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer.get(5, TimeUnit.SECONDS));
			}
			never.countDown();
			assertThat(lookup.status("api"))
				.extracting(OriginResolverStatus::timeouts, OriginResolverStatus::failures,
						OriginResolverStatus::refused)
				.containsExactly(1L, 1L, 1L);
			assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
		}
		finally {
			caffeine.removeHandler(handler);
		}
	}

	private CachingOriginLookup lookup(CachingOriginLookup.ResolverSettings settings, AllowedOriginResolver resolver) {
		CachingOriginLookup lookup = new CachingOriginLookup(settings, () -> (origin) -> {
			this.asked.incrementAndGet();
			return resolver.isAllowed(origin);
		}, this.tasks.executor());
		this.lookups.add(lookup);
		return lookup;
	}

	private static CachingOriginLookup.ResolverSettings settings() {
		return settings(Duration.ofSeconds(5));
	}

	private static CachingOriginLookup.ResolverSettings settings(Duration timeout) {
		return new CachingOriginLookup.ResolverSettings("tenants", timeout, Duration.ofMinutes(10),
				Duration.ofMinutes(1), 100, 4, 1000);
	}

	private static CachingOriginLookup.ResolverSettings settings(Duration allowedTtl, Duration deniedTtl, int size,
			int concurrent, int perSecond) {
		return new CachingOriginLookup.ResolverSettings("tenants", Duration.ofSeconds(5), allowedTtl, deniedTtl, size,
				concurrent, perSecond);
	}

}
