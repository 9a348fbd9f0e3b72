package com.example.notes.origins;

import java.time.OffsetDateTime;

/** A row of the {@code trusted_origins} table, as the admin API lists it. */
public record TrustedOrigin(String origin, OffsetDateTime createdAt) {
}
