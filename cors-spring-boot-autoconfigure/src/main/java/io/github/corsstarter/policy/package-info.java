/**
 * CORS policies in plain Java, free of Spring and of the Servlet API.
 * <p>
 * A {@link io.github.corsstarter.policy.CorsPolicySpec} is what the user wrote; compiling
 * it validates it in one pass, collecting every problem at once as typed
 * {@link io.github.corsstarter.policy.ConfigurationProblem}s (which name the setting,
 * never a property key: that is the Spring Boot layer's job), and yields an immutable
 * {@link io.github.corsstarter.policy.CorsPolicy} whose response header values are
 * computed ahead of time. Request handling then only looks values up: origins by hash,
 * header names by a case-insensitive table, origin patterns by structural comparison
 * (scheme, host, port), never by regular expression.
 * <p>
 * The rules follow the WHATWG Fetch Standard, section 3.2 "CORS protocol".
 */
@NullMarked
package io.github.corsstarter.policy;

import org.jspecify.annotations.NullMarked;
