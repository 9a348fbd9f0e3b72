package io.github.corsstarter.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;

/**
 * Keeps the {@link CorsEngine}'s configuration in step with the {@code cors.*} properties
 * and the application's origin sources, compiling a new configuration each time and
 * swapping it in, in one step, only when it is valid.
 * <p>
 * {@link #reload()} rebinds {@code cors.*} from the {@link Environment} as it is now and
 * compiles it with exactly the startup validation: a valid configuration replaces the
 * current one and each changed policy is logged; an invalid one is rejected with the same
 * report a failed startup prints, and the current one stays in force. Spring Cloud's
 * refresh events call it; applications without Spring Cloud call it from their own
 * mechanism.
 */
public final class CorsConfigurationManager implements SmartInitializingSingleton, DisposableBean {

	private static final Log logger = LogFactory.getLog(CorsConfigurationManager.class);

	private final CorsConfigurationLoader loader;

	private final OriginSources sources;

	private final OriginResolvers resolvers;

	private final CorsEngine engine;

	private final Clock clock;

	private final CorsTasks tasks;

	private final boolean startupEnabled;

	private final @Nullable Integer startupFilterOrder;

	/** The properties the configuration in force was compiled from. */
	private CorsProperties applied;

	private volatile @Nullable ReloadResult lastReload;

	private final Map<ReloadResult.Outcome, AtomicLong> reloadCounts = new EnumMap<>(ReloadResult.Outcome.class);

	private boolean started;

	/**
	 * @param tasks runs origin source reads and origin resolver lookups in the background
	 */
	public CorsConfigurationManager(Environment environment, ListableBeanFactory beanFactory, Clock clock,
			CorsTasks tasks) {
		for (ReloadResult.Outcome outcome : ReloadResult.Outcome.values()) {
			this.reloadCounts.put(outcome, new AtomicLong());
		}
		this.loader = new CorsConfigurationLoader(environment);
		this.clock = clock;
		this.tasks = tasks;
		this.sources = new OriginSources(beanFactory, this::recompose, clock, tasks.scheduler());
		this.resolvers = new OriginResolvers(beanFactory, tasks.executor());
		this.startupEnabled = CorsProperties.isEnabled(environment);
		CorsPropertiesBinder.Bound bound = this.loader.bind();
		// Read as bound whether or not the starter is enabled, as every reload reads it.
		this.startupFilterOrder = bound.properties().getFilter().getOrder();
		CompiledCorsConfiguration configuration;
		if (this.startupEnabled) {
			CorsConfigurationLoader.Loaded loaded = compile(bound);
			loaded.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
			configuration = loaded.orThrow();
			this.applied = loaded.properties();
		}
		else {
			logger.info("cors.enabled=false: every request passes untouched and cors.policies are not checked");
			configuration = new CompiledCorsConfiguration(List.of(), Map.of());
			this.applied = new CorsProperties();
			this.applied.setEnabled(false);
		}
		this.engine = new CorsEngine(configuration);
		if (this.startupEnabled && configuration.policies().isEmpty()) {
			logger.warn("No cors.policies are configured, so no request gets CORS headers; "
					+ "add cors.policies.<name>.allowed-origins or set cors.enabled=false");
		}
		configuration.policies().forEach((policy) -> {
			logger.info("CORS " + configuration.describe(policy));
			// With credentials, browsers send cookies with POSTs (no preflight needed)
			// from any page.
			if (policy.allowCredentials() && !policy.crossOriginProtection()) {
				logger.info("CORS policy '" + policy.name() + "' allows credentials, so browsers send cookies with "
						+ "POSTs from any page; set cors.policies." + policy.name()
						+ ".cross-origin-protection=true to refuse those from origins the policy does not allow");
			}
		});
	}

	/** The engine whose configuration this manager keeps. */
	public CorsEngine engine() {
		return this.engine;
	}

	/**
	 * Reads every origin source once, after all beans exist and before the server accepts
	 * requests (waiting at most each source's startup timeout), then keeps reading each
	 * in the background.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.sources.start(bySource(this.applied, OriginSourceSpec::getStartupTimeout));
		synchronized (this) {
			this.started = true;
			this.sources.schedule(bySource(this.applied, OriginSourceSpec::getRefreshInterval));
		}
	}

	/**
	 * Rebinds {@code cors.*} from the environment as it is now and compiles it with the
	 * startup validation. Never throws: a configuration that cannot be compiled is
	 * rejected, logged at ERROR with the startup report, and the current one stays in
	 * force.
	 * @return what the reload did, also kept as {@link #lastReload()}
	 */
	public synchronized ReloadResult reload() {
		ReloadResult result;
		try {
			result = reloadNow();
		}
		catch (RuntimeException ex) {
			logger.error("CORS reload failed; the current configuration stays in force", ex);
			result = new ReloadResult(this.clock.instant(), ReloadResult.Outcome.REJECTED, List.of(),
					List.of(new PropertyProblem(Kind.RELOAD_FAILED, CorsProperties.PREFIX, "", null,
							String.valueOf(ex.getMessage()), "see the log for the stack trace")),
					List.of());
		}
		this.lastReload = result;
		this.reloadCounts.get(result.outcome()).incrementAndGet();
		return result;
	}

	private ReloadResult reloadNow() {
		CorsPropertiesBinder.Bound bound = this.loader.bind();
		List<String> restartRequired = restartRequired(bound.properties());
		restartRequired.forEach((setting) -> logger.warn("CORS reload: " + setting));
		if (!this.startupEnabled) {
			// Nothing is compiled for a filter that does not run.
			return new ReloadResult(this.clock.instant(), ReloadResult.Outcome.UNCHANGED, List.of(), List.of(),
					restartRequired);
		}
		CorsConfigurationLoader.Loaded loaded = compile(bound);
		Optional<CompiledCorsConfiguration> compiled = loaded.configuration();
		if (compiled.isEmpty()) {
			this.resolvers.retainUsedBy(this.engine.configuration());
			logger.error("CORS reload rejected; the current configuration stays in force." + System.lineSeparator()
					+ new CorsConfigurationReport(loaded.errors()));
			return new ReloadResult(this.clock.instant(), ReloadResult.Outcome.REJECTED, List.of(), loaded.errors(),
					restartRequired);
		}
		loaded.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
		CompiledCorsConfiguration next = compiled.get();
		CompiledCorsConfiguration previous = this.engine.install(next);
		this.applied = loaded.properties();
		this.resolvers.retainUsedBy(next);
		if (this.started) {
			this.sources.schedule(bySource(this.applied, OriginSourceSpec::getRefreshInterval));
		}
		List<String> changes = ConfigurationChanges.between(previous, next);
		changes.forEach((change) -> logger.info("CORS " + change));
		return new ReloadResult(this.clock.instant(),
				changes.isEmpty() ? ReloadResult.Outcome.UNCHANGED : ReloadResult.Outcome.APPLIED, changes, List.of(),
				restartRequired);
	}

	/** The last reload's outcome, if there was one. */
	public Optional<ReloadResult> lastReload() {
		return Optional.ofNullable(this.lastReload);
	}

	/**
	 * Reads an origin source now, on the caller's thread, as after an administrator
	 * registered an origin; when it returns, what the source listed is in force.
	 * @param name the source's bean name, as a policy's {@code origin-source.bean} names
	 * it
	 * @throws IllegalArgumentException if no policy names a source of that name
	 */
	public OriginSourceStatus refreshOriginSource(String name) {
		return this.sources.refresh(Objects.requireNonNull(name, "name"));
	}

	/** Where each origin source stands. */
	public List<OriginSourceStatus> originSources() {
		return this.sources.statuses();
	}

	/** How the origin resolver of each policy in force fares, in declaration order. */
	public List<OriginResolverStatus> originResolvers() {
		List<OriginResolverStatus> statuses = new ArrayList<>();
		for (CorsPolicy policy : this.engine.configuration().policies()) {
			if (policy.originResolver() instanceof CachingOriginLookup lookup) {
				statuses.add(lookup.status(policy.name()));
			}
		}
		return statuses;
	}

	/** How many reloads had each outcome, since startup. */
	public long reloads(ReloadResult.Outcome outcome) {
		return this.reloadCounts.get(outcome).get();
	}

	/**
	 * Compiles the applied properties again with what the origin sources list now, and
	 * swaps it in.
	 */
	synchronized void recompose() {
		Map<String, CorsPolicySpec> specs = this.applied.getPolicies();
		CorsConfigurationLoader.Loaded loaded = this.loader.recompile(this.applied, this.sources.snapshot(specs),
				this.resolvers.lookups(specs));
		Optional<CompiledCorsConfiguration> next = loaded.configuration();
		if (next.isPresent()) {
			this.engine.install(next.get());
		}
		else {
			logger.error("CORS configuration could not be compiled with the origin sources' new lists; the "
					+ "current one stays in force." + System.lineSeparator()
					+ new CorsConfigurationReport(loaded.errors()));
		}
		this.resolvers.retainUsedBy(this.engine.configuration());
	}

	/**
	 * Compiles what was just bound, with what the origin sources list now and the lookups
	 * of the origin resolvers it names, passed in as values.
	 */
	private CorsConfigurationLoader.Loaded compile(CorsPropertiesBinder.Bound bound) {
		Map<String, CorsPolicySpec> specs = bound.properties().getPolicies();
		return this.loader.compile(bound, this.sources.snapshot(specs), this.resolvers.lookups(specs));
	}

	/** Settings read once at startup: a changed value is reported, never half-applied. */
	private List<String> restartRequired(CorsProperties reloaded) {
		List<String> settings = new ArrayList<>();
		if (reloaded.isEnabled() != this.startupEnabled) {
			settings.add("cors.enabled changed to " + reloaded.isEnabled()
					+ ", which takes effect only after a restart; the filter keeps running");
		}
		if (!Objects.equals(reloaded.getFilter().getOrder(), this.startupFilterOrder)) {
			settings.add("cors.filter.order changed to " + reloaded.getFilter().getOrder()
					+ ", which takes effect only after a restart; the filter keeps its order");
		}
		return settings;
	}

	/**
	 * Each source a policy names, with the shortest of a duration (refresh interval,
	 * startup timeout) any policy gives it.
	 */
	private static Map<String, Duration> bySource(CorsProperties properties,
			Function<OriginSourceSpec, Duration> setting) {
		Map<String, Duration> durations = new LinkedHashMap<>();
		for (CorsPolicySpec spec : properties.getPolicies().values()) {
			String bean = spec.getOriginSource().getBean();
			if (bean != null && !bean.isBlank()) {
				durations.merge(bean, setting.apply(spec.getOriginSource()), (a, b) -> (a.compareTo(b) <= 0) ? a : b);
			}
		}
		return durations;
	}

	@Override
	public void destroy() {
		this.sources.close();
		this.resolvers.close();
		this.tasks.close();
	}

}
