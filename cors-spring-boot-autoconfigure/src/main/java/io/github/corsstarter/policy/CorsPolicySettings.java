package io.github.corsstarter.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A compiled policy's effective settings, normalised (methods upper-cased as Fetch
 * normalises them, header names lower-cased), as the Actuator view shows them and a
 * reload compares them.
 *
 * @param allowedOrigins the exact origins, in declaration order, {@code *} excluded
 * @param allowedOriginPatterns the origin patterns, {@code *} excluded
 * @param anyOrigin whether {@code *} allows every origin
 * @param originSource the name of the origin source, or {@code null}
 * @param listedOrigins how many origins the origin source lists now
 * @param originResolver the name of the origin resolver, or {@code null}
 * @param allowedMethods the allowed methods; {@code *} for any
 * @param allowedHeaders the allowed request headers; {@code *} for any
 * @param exposedHeaders the exposed response headers
 * @param allowCredentials whether credentials are allowed
 * @param maxAgeSeconds the preflight cache lifetime sent, in seconds
 * @param allowPrivateNetwork whether Private Network Access is answered
 */
public record CorsPolicySettings(List<String> allowedOrigins, List<String> allowedOriginPatterns, boolean anyOrigin,
		@Nullable String originSource, int listedOrigins, @Nullable String originResolver, List<String> allowedMethods,
		List<String> allowedHeaders, List<String> exposedHeaders, boolean allowCredentials, long maxAgeSeconds,
		boolean allowPrivateNetwork) {
}
