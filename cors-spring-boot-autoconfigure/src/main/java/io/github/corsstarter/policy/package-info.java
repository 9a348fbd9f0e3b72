/**
 * CORS policies in plain Java, free of Spring and of the Servlet API.
 * <p>
 * A {@link io.github.corsstarter.policy.CorsPolicySpec} is what the user wrote; {@code compile()} validates it in
 * one pass, collecting every problem at once, and yields an immutable
 * {@link io.github.corsstarter.policy.CorsPolicy} whose response header values are computed ahead of time. Request
 * handling then only looks values up: origins by hash, header names by a case-insensitive table, origin patterns by
 * structural comparison (scheme, host, port), never by regular expression.
 * <p>
 * The rules follow the WHATWG Fetch Standard, section 3.2 "CORS protocol".
 */
package io.github.corsstarter.policy;
