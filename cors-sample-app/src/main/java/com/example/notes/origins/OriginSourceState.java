package com.example.notes.origins;

import java.time.Instant;
import java.util.List;

import io.github.corsstarter.runtime.OriginSourceStatus;

/**
 * What the CORS starter has in force from the {@code trusted_origins} table, as the admin
 * API reports it.
 *
 * @param name the origin source's bean name
 * @param origins how many of the stored origins the CORS policy allows now
 * @param lastRead when the starter last read the table
 * @param skipped stored entries that are no origins browsers send, which the starter
 * skipped, with the reason
 */
record OriginSourceState(String name, int origins, Instant lastRead, List<Skipped> skipped) {

	static OriginSourceState of(OriginSourceStatus status) {
		List<Skipped> skipped = status.rejected()
			.stream()
			.map((entry) -> new Skipped(entry.value(), entry.reason(), entry.fix()))
			.toList();
		return new OriginSourceState(status.name(), status.origins(), status.lastSuccess(), skipped);
	}

	/** A stored entry that the starter does not allow, why, and what to store instead. */
	record Skipped(String value, String reason, String fix) {
	}
}
