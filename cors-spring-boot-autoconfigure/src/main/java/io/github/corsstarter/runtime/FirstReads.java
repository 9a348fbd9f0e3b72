package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Startup's wait for the origin sources' first reads, each for at most its
 * {@code origin-source.startup-timeout}: a slow or hanging source must not keep the
 * server from accepting requests.
 */
final class FirstReads {

	private static final Log logger = LogFactory.getLog(OriginSources.class);

	private FirstReads() {
	}

	/**
	 * Waits for the reads, all started already, each until its source's timeout since
	 * this call; a read that comes later runs {@code onLateChange} itself if it changed
	 * what its source lists.
	 * @param reads each source's first read, by name: completes with whether it changed
	 * what the source lists
	 * @return whether a read that came in time changed what its source lists
	 */
	static boolean await(Map<String, CompletableFuture<Boolean>> reads, Map<String, Duration> timeouts,
			Runnable onLateChange) {
		long start = System.nanoTime();
		boolean changed = false;
		for (Map.Entry<String, CompletableFuture<Boolean>> read : reads.entrySet()) {
			Duration timeout = timeouts.getOrDefault(read.getKey(), Duration.ZERO);
			try {
				changed |= read.getValue().get(timeout.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				logger.warn("CORS origin source '" + read.getKey() + "' was not read within its startup timeout ("
						+ timeout + "); starting without its origins, which apply once it is read");
				read.getValue().thenAccept((late) -> {
					if (late) {
						onLateChange.run();
					}
				});
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return changed;
			}
			catch (ExecutionException ex) {
				// A source's read reports its own failures and never throws.
			}
		}
		return changed;
	}

}
