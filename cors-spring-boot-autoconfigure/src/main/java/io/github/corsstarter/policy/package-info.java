/**
 * CORS policies in plain Java, free of Spring and of the Servlet API.
 * <p>
 * Immutable {@link io.github.corsstarter.policy.CorsPolicy} objects with every response
 * header value computed ahead of time, and what a request needs of them: origin parsing,
 * the origin matchers, the allowed headers, the rejection reasons. Only what a request
 * touches lives here: the runtime package checks what the user wrote, reports every
 * problem, and builds these types from values it has already validated. Request handling
 * then only looks values up: origins by hash, header names by a case-insensitive table,
 * origin patterns by structural comparison (scheme, host, port), never by regular
 * expression.
 * <p>
 * The rules follow the WHATWG Fetch Standard, section 3.2 "CORS protocol".
 */
@NullMarked
package io.github.corsstarter.policy;

import org.jspecify.annotations.NullMarked;
