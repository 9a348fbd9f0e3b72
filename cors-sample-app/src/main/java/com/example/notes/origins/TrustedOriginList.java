package com.example.notes.origins;

import java.util.List;

/**
 * The answer to {@code GET /api/admin/trusted-origins}.
 *
 * @param stored what the table holds
 * @param inForce what the CORS policy allows from it now: the same, unless an entry was
 * skipped or a change is still to be read
 */
record TrustedOriginList(List<TrustedOrigin> stored, OriginSourceState inForce) {
}
