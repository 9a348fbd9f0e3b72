package io.github.corsstarter.runtime;

import java.time.Instant;
import java.util.List;

import io.github.corsstarter.policy.ListedOrigins;
import org.jspecify.annotations.Nullable;

/**
 * Where an origin source stands: how many origins it lists, when it was last read, and
 * its last failure.
 *
 * @param name the source's bean name
 * @param origins how many origins are in force
 * @param rejected the entries of the last read that are no origins browsers send, with
 * the reason
 * @param lastSuccess when the source was last read, or {@code null} if never
 * @param lastFailure when a read last failed, or {@code null}
 * @param lastError why the last read failed, or {@code null} if it succeeded
 * @param failures how many reads failed since startup
 */
public record OriginSourceStatus(String name, int origins, List<ListedOrigins.Rejected> rejected,
		@Nullable Instant lastSuccess, @Nullable Instant lastFailure, @Nullable String lastError, long failures) {
}
