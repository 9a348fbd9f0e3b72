package io.github.corsstarter.actuate;

import java.util.List;
import java.util.Map;

import io.github.corsstarter.runtime.CorsFilterPlacement;
import io.github.corsstarter.runtime.OriginResolverStatus;
import io.github.corsstarter.runtime.OriginSourceStatus;
import io.github.corsstarter.runtime.ReloadResult;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the {@code cors} Actuator endpoint answers with: a stable, documented
 * structure (see the README's "Actuator endpoint" section).
 */
public final class CorsDescriptors {

	private CorsDescriptors() {
	}

	/**
	 * {@code GET /actuator/cors}: everything about the running CORS configuration.
	 *
	 * @param filter where the filter runs, or {@code null} if none is registered
	 * @param policies every policy, by name, in declaration order
	 * @param lastReload the last reload's outcome, or {@code null} if there was none
	 * @param originSources where each origin source stands
	 * @param originResolvers how each origin resolver fares
	 * @param recentRejections the most recent rejections, newest first, at most 50
	 */
	public record CorsReport(@Nullable CorsFilterPlacement filter, Map<String, PolicyDescriptor> policies,
			@Nullable ReloadResult lastReload, List<OriginSourceStatus> originSources,
			List<OriginResolverStatus> originResolvers, List<RecentRejections.Rejection> recentRejections) {
	}

	/**
	 * One compiled policy, its lists normalised as they are applied.
	 *
	 * @param pathPatterns the path patterns, as Spring's parser normalised them
	 * @param allowedOrigins the exact origins: how many, and the first 100
	 * @param allowedOriginPatterns the origin patterns
	 * @param anyOrigin whether every origin is allowed
	 * @param originSource the origin source's name, or {@code null}
	 * @param listedOrigins how many origins the origin source lists now
	 * @param originResolver the origin resolver's name, or {@code null}
	 * @param allowedMethods the allowed methods ({@code *} for any)
	 * @param allowedHeaders the allowed request headers, lower-cased ({@code *} for any)
	 * @param exposedHeaders the exposed response headers, lower-cased
	 * @param allowCredentials whether credentials are allowed
	 * @param maxAgeSeconds the preflight cache lifetime sent
	 * @param allowPrivateNetwork whether Private Network Access preflights are answered
	 */
	public record PolicyDescriptor(List<String> pathPatterns, Listing allowedOrigins,
			List<String> allowedOriginPatterns, boolean anyOrigin, @Nullable String originSource, int listedOrigins,
			@Nullable String originResolver, List<String> allowedMethods, List<String> allowedHeaders,
			List<String> exposedHeaders, boolean allowCredentials, long maxAgeSeconds, boolean allowPrivateNetwork) {
	}

	/**
	 * A list that may be long: its size, and its first {@value CorsEndpoint#LISTED}
	 * values.
	 *
	 * @param count how many values there are
	 * @param values the first values, in declaration order
	 * @param truncated whether values were left out
	 */
	public record Listing(int count, List<String> values, boolean truncated) {
	}

	/**
	 * {@code GET /actuator/cors?origin=...&path=...}: what the filter would answer a
	 * browser.
	 *
	 * @param request the request described, as given
	 * @param policy the policy covering the path, or {@code null}
	 * @param pathPattern the path pattern that covers it, or {@code null}
	 * @param browserSendsPreflight whether a browser sends a preflight first (a method
	 * other than GET, HEAD and POST, or non-safelisted request headers)
	 * @param preflight the answer to that preflight
	 * @param actual the answer to the request itself
	 */
	public record DryRun(DryRunRequest request, @Nullable String policy, @Nullable String pathPattern,
			boolean browserSendsPreflight, Decision preflight, Decision actual) {
	}

	/**
	 * The request a dry run describes.
	 *
	 * @param origin the page's origin
	 * @param method the request's method
	 * @param path the path within the application
	 * @param requestHeaders the non-safelisted request headers, comma-separated, or
	 * {@code null}
	 */
	public record DryRunRequest(String origin, String method, String path, @Nullable String requestHeaders) {
	}

	/**
	 * One decision of the engine, as the filter would apply it.
	 *
	 * @param outcome {@code allowed}, {@code rejected}, {@code not-cors} (no
	 * {@code Origin}) or {@code not-covered}
	 * @param reason the reason, as the {@code cors.requests} metric tags it ({@code none}
	 * when allowed)
	 * @param explanation the reason in the words of the DEBUG log
	 * @param status the status the filter answers with (preflights), or {@code null} when
	 * the application answers
	 * @param headers every header the filter writes, by name
	 */
	public record Decision(String outcome, String reason, String explanation, @Nullable Integer status,
			Map<String, List<String>> headers) {
	}

}
