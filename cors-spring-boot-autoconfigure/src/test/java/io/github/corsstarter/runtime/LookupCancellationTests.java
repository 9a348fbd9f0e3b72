package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.corsstarter.origins.AllowedOriginResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A lookup that outlives its timeout is cancelled: its thread is interrupted and its slot
 * comes back at once, even from a resolver that never returns, so one lookup at a time
 * still serves the next origin.
 */
class LookupCancellationTests {

	private static final String HANGING = "https://hanging.example";

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch interrupted = new CountDownLatch(1);

	private final CountDownLatch finish = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.finish.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void aLookupPastItsTimeoutIsInterruptedAndGivesItsSlotBack() throws Exception {
		CachingOriginLookup lookup = lookup((origin) -> {
			if (origin.equals(HANGING)) {
				try {
					this.finish.await();
				}
				catch (InterruptedException ex) {
					this.interrupted.countDown();
					throw ex;
				}
			}
			return true;
		});
		assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> lookup.lookup(HANGING).join())
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(this.interrupted.await(5, TimeUnit.SECONDS)).as("interrupted").isTrue();
		assertThat(lookup.lookup("https://next.example").join()).isTrue();
	}

	@Test
	void aResolverThatIgnoresInterruptsStillGivesItsSlotBack() {
		CachingOriginLookup lookup = lookup((origin) -> {
			while (origin.equals(HANGING) && this.finish.getCount() > 0) {
				try {
					this.finish.await();
				}
				catch (InterruptedException ex) {
					// Ignored, as a blocking driver call may ignore it.
				}
			}
			return true;
		});
		assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> lookup.lookup(HANGING).join())
			.withCauseInstanceOf(TimeoutException.class);
		assertThat(lookup.lookup("https://next.example").join()).isTrue();
	}

	/** One lookup at a time, 100 ms each at most. */
	private CachingOriginLookup lookup(AllowedOriginResolver resolver) {
		return new CachingOriginLookup(new CachingOriginLookup.ResolverSettings("tenants", Duration.ofMillis(100),
				Duration.ofMinutes(1), Duration.ofMinutes(1), 100, 1, 100), () -> resolver, this.threads);
	}

}
