/**
 * CORS policies in plain Java, free of Spring and of the Servlet API.
 * <p>
 * Immutable {@link io.github.corsstarter.policy.CorsPolicy} objects with every response
 * header value computed ahead of time, and the checks that build them: origins, origin
 * patterns (against the Public Suffix List), token lists. The checks report typed
 * {@link io.github.corsstarter.policy.ConfigurationProblem}s, which name the setting,
 * never a property key; the runtime package, which holds what the user wrote
 * ({@code CorsPolicySpec}) and drives the compilation, renders them as property keys.
 * Request handling then only looks values up: origins by hash, header names by a
 * case-insensitive table, origin patterns by structural comparison (scheme, host, port),
 * never by regular expression.
 * <p>
 * The rules follow the WHATWG Fetch Standard, section 3.2 "CORS protocol".
 */
@NullMarked
package io.github.corsstarter.policy;

import org.jspecify.annotations.NullMarked;
