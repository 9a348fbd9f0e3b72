package io.github.corsstarter.actuate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.corsstarter.actuate.CorsDescriptors.CorsReport;
import io.github.corsstarter.actuate.CorsDescriptors.Decision;
import io.github.corsstarter.actuate.CorsDescriptors.DryRun;
import io.github.corsstarter.actuate.CorsDescriptors.DryRunRequest;
import io.github.corsstarter.actuate.CorsDescriptors.Listing;
import io.github.corsstarter.actuate.RecentRejections.Rejection;
import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsDecision;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.CorsFilterPlacement;
import io.github.corsstarter.runtime.OriginSourceStatus;
import io.github.corsstarter.runtime.ReloadResult;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The {@code cors} Actuator endpoint: what the running server decides, and why.
 * Read-only.
 * <ul>
 * <li>{@code GET /actuator/cors}: the filter's placement, every policy as compiled, the
 * origin sources and resolvers, the last reload and the most recent rejections;</li>
 * <li>{@code GET /actuator/cors/{policy}}: one policy;</li>
 * <li>{@code GET /actuator/cors?origin=...&method=...&path=...&requestHeaders=...}: a dry
 * run, answered by the same engine call the filters make: which policy covers the path,
 * and for the preflight and for the request the verdict, the reason in the words of the
 * DEBUG log, and the exact status and headers the filter would send.</li>
 * </ul>
 * What origin sources, origin resolvers and requests wrote is shown as
 * {@code management.endpoint.cors.show-values} says (see {@link ShownValues}).
 */
@Endpoint(id = "cors")
public class CorsEndpoint {

	/** How many exact origins a policy shows; the count is always complete. */
	static final int LISTED = 100;

	/**
	 * Longest wait for an origin resolver during a dry run; its own timeout ends a lookup
	 * sooner.
	 */
	private static final Duration RESOLUTION_WAIT = Duration.ofSeconds(10);

	private final CorsEngine engine;

	private final @Nullable CorsConfigurationManager manager;

	private final @Nullable CorsFilterPlacement placement;

	private final RecentRejections rejections;

	private final Show showValues;

	public CorsEndpoint(CorsEngine engine, @Nullable CorsConfigurationManager manager,
			@Nullable CorsFilterPlacement placement, RecentRejections rejections, Show showValues) {
		this.engine = engine;
		this.manager = manager;
		this.placement = placement;
		this.rejections = rejections;
		this.showValues = showValues;
	}

	/**
	 * The whole report, or with {@code origin} and {@code path} a dry run of that
	 * request.
	 * @param origin the page's origin, for a dry run
	 * @param method the request's method (default {@code GET})
	 * @param path the path within the application, for a dry run
	 * @param requestHeaders the request headers that are not CORS-safelisted,
	 * comma-separated
	 */
	@ReadOperation
	public Object cors(@Nullable String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		// Over JMX, reaching the endpoint is the authorization (as for Boot's env);
		// over HTTP, CorsEndpointWebExtension decides per caller.
		return cors(this.showValues.isShown(true), origin, method, path, requestHeaders);
	}

	Object cors(boolean showValues, @Nullable String origin, @Nullable String method, @Nullable String path,
			@Nullable String requestHeaders) {
		if (origin == null && method == null && path == null && requestHeaders == null) {
			return report(showValues);
		}
		List<String> missing = new ArrayList<>();
		if (origin == null || origin.isBlank()) {
			missing.add("origin");
		}
		if (path == null || !path.startsWith("/")) {
			missing.add("path (starting with '/')");
		}
		if (!missing.isEmpty()) {
			// A body naming what is missing: an exception would be a bare 400.
			return new WebEndpointResponse<>(
					Map.of("error", "A dry run needs origin and path; method defaults to GET", "missing", missing),
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		return dryRun(showValues, origin, (method != null && !method.isBlank()) ? method : "GET", path,
				(requestHeaders != null && !requestHeaders.isBlank()) ? requestHeaders : null);
	}

	/** One policy, or {@code null} (404) if there is none of that name. */
	@ReadOperation
	public @Nullable Map<String, Object> policy(@Selector String policy) {
		CompiledCorsConfiguration configuration = this.engine.configuration();
		return configuration.policy(policy).map((found) -> describe(configuration, found)).orElse(null);
	}

	private CorsReport report(boolean showValues) {
		CompiledCorsConfiguration configuration = this.engine.configuration();
		Map<String, Map<String, Object>> policies = new LinkedHashMap<>();
		configuration.policies().forEach((policy) -> policies.put(policy.name(), describe(configuration, policy)));
		CorsConfigurationManager manager = this.manager;
		ReloadResult lastReload = (manager != null) ? manager.lastReload().orElse(null) : null;
		List<OriginSourceStatus> sources = (manager != null) ? manager.originSources() : List.of();
		List<Rejection> rejections = this.rejections.newestFirst();
		if (!showValues) {
			lastReload = (lastReload != null) ? ShownValues.hidden(lastReload) : null;
			sources = sources.stream().map(ShownValues::hidden).toList();
			rejections = rejections.stream().map(ShownValues::hidden).toList();
		}
		return new CorsReport(this.placement, policies, lastReload, sources,
				(manager != null) ? manager.originResolvers() : List.of(), rejections);
	}

	/**
	 * A policy's effective settings under their property keys, derived from the compiled
	 * policy so that a new setting shows here without a change.
	 */
	private static Map<String, Object> describe(CompiledCorsConfiguration configuration, CorsPolicy policy) {
		Map<String, Object> settings = new LinkedHashMap<>();
		configuration.settings(policy)
			.forEach((setting, value) -> settings.put(setting.key(),
					(value instanceof List<?> list) ? listing(list) : value));
		return settings;
	}

	private static Listing listing(List<?> list) {
		List<String> values = list.stream().map(String::valueOf).limit(LISTED).toList();
		return new Listing(list.size(), values, list.size() > LISTED);
	}

	/**
	 * A dry run shows the caller's own request back; of what others wrote it holds only
	 * why an origin resolver failed, hidden unless values are shown.
	 */
	private DryRun dryRun(boolean showValues, String origin, String method, String path,
			@Nullable String requestHeaders) {
		DryRunExchange preflight = DryRunExchange.preflight(path, origin, method, requestHeaders);
		DryRunExchange actual = DryRunExchange.actual(path, origin, method);
		CorsDecision preflightDecision = decide(preflight);
		CorsDecision actualDecision = decide(actual);
		CorsPolicy policy = preflightDecision.policy();
		return new DryRun(new DryRunRequest(origin, method, path, requestHeaders),
				(policy != null) ? policy.name() : null, preflightDecision.pathPattern(),
				CorsPolicy.isPreflightedByBrowsers(method, requestHeaders),
				describe(preflightDecision, preflight, showValues), describe(actualDecision, actual, showValues));
	}

	/**
	 * Decides as the filters do, waiting for an origin resolver if the decision needs
	 * one; records nothing.
	 */
	private CorsDecision decide(DryRunExchange exchange) {
		CorsDecision decision = this.engine.decide(exchange);
		if (decision.isPending()) {
			try {
				decision = decision.resolution().get(RESOLUTION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the origin resolver answered", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IllegalStateException("The origin resolver gave no answer", ex);
			}
		}
		decision.writeHeaders(exchange, exchange);
		return decision;
	}

	private static Decision describe(CorsDecision decision, DryRunExchange exchange, boolean showValues) {
		String outcome = switch (decision.kind()) {
			case NOT_COVERED -> "not-covered";
			case NO_ORIGIN -> "not-cors";
			case PREFLIGHT, ACTUAL -> decision.isAllowed() ? "allowed" : "rejected";
		};
		int status = decision.status();
		return new Decision(outcome, decision.reason().tag(),
				showValues ? decision.explain(exchange) : decision.explain(exchange, ShownValues.HIDDEN),
				(status != 0) ? status : null, Collections.unmodifiableMap(new LinkedHashMap<>(exchange.headers())));
	}

}
