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
	 * @param policies every policy, by name, in declaration order: each effective setting
	 * under its property key ({@code allowed-origins}, {@code max-age} in seconds), lists
	 * as a {@link Listing}
	 * @param lastReload the last reload's outcome, or {@code null} if there was none
	 * @param originSources where each origin source stands
	 * @param originResolvers how each origin resolver fares
	 * @param recentRejections the most recent rejections, newest first, at most 50
	 */
	public record CorsReport(@Nullable CorsFilterPlacement filter, Map<String, Map<String, Object>> policies,
			@Nullable ReloadResult lastReload, List<OriginSourceStatus> originSources,
			List<OriginResolverStatus> originResolvers, List<RecentRejections.Rejection> recentRejections) {
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
