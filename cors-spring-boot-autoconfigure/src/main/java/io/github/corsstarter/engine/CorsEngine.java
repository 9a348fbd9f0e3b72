package io.github.corsstarter.engine;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.github.corsstarter.policy.CorsPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one place where CORS is decided, for every stack: the servlet filter, the WebFlux
 * filter and the Actuator dry run all ask it, and only write what it decided.
 * <p>
 * It holds the current {@link CompiledCorsConfiguration} in a single reference, read once
 * per request, so a request is answered entirely by the configuration it started with,
 * and a reload replaces the configuration in one step without ever making a request wait.
 */
public final class CorsEngine {

	private static final Log logger = LogFactory.getLog(CorsEngine.class);

	/**
	 * At most one WARN a minute for a request the engine failed to classify: such a
	 * request may repeat.
	 */
	private static final long FAILURE_LOG_INTERVAL_NANOS = 60_000_000_000L;

	/**
	 * Longest log line about a request, in characters: a request's values (an
	 * {@code Origin} may be kilobytes long) must not flood the log.
	 */
	private static final int LOGGED_LENGTH = 2000;

	private volatile CompiledCorsConfiguration configuration;

	private volatile CorsDecisionObserver[] observers = {};

	private final AtomicLong lastFailureLog = new AtomicLong(System.nanoTime() - FAILURE_LOG_INTERVAL_NANOS);

	public CorsEngine(CompiledCorsConfiguration configuration) {
		this.configuration = Objects.requireNonNull(configuration, "configuration");
	}

	/** The configuration requests are answered from now. */
	public CompiledCorsConfiguration configuration() {
		return this.configuration;
	}

	/**
	 * Replaces the configuration in one step: requests that already read the old one
	 * finish with it, every later request uses the new one.
	 * @return the configuration replaced
	 */
	public synchronized CompiledCorsConfiguration install(CompiledCorsConfiguration next) {
		CompiledCorsConfiguration previous = this.configuration;
		this.configuration = Objects.requireNonNull(next, "next");
		for (CorsDecisionObserver observer : this.observers) {
			observer.onInstall(next);
		}
		return previous;
	}

	/**
	 * Decides a request. Never throws: a request the engine cannot classify is treated as
	 * covered by no policy, so it passes without any CORS header and a cross-origin page
	 * can read nothing of it.
	 */
	public CorsDecision decide(CorsRequest request) {
		try {
			return this.configuration.decide(request);
		}
		catch (RuntimeException ex) {
			logClassificationFailure(ex);
			return CorsDecision.NOT_COVERED;
		}
	}

	/**
	 * Logs a decision made for a real request at DEBUG (each rejection with its reason),
	 * names the server observation of a request answered here (no handler names it), and
	 * tells the observers. The Actuator dry run decides without recording.
	 */
	public void record(CorsDecision decision, CorsRequest request) {
		if (!decision.isCovered()) {
			return;
		}
		String pathPattern = decision.pathPattern();
		if (decision.isAnsweredHere() && pathPattern != null) {
			request.nameObservation(pathPattern);
		}
		if (logger.isDebugEnabled()) {
			logDecision(decision, request);
		}
		for (CorsDecisionObserver observer : this.observers) {
			observer.onDecision(decision, request);
		}
	}

	/** Adds an observer of every decision recorded from now on. */
	public synchronized void addObserver(CorsDecisionObserver observer) {
		CorsDecisionObserver[] observers = Arrays.copyOf(this.observers, this.observers.length + 1);
		observers[observers.length - 1] = Objects.requireNonNull(observer, "observer");
		this.observers = observers;
	}

	/**
	 * Logs a decision at DEBUG; what comes from the request (origin, method, path, header
	 * names) is escaped ({@link SafeText}).
	 */
	private static void logDecision(CorsDecision decision, CorsRequest request) {
		if (decision.isRejected()) {
			logger.debug(SafeText.escaped(decision.isPreflight() ? "preflight rejected: " + decision.explain(request)
					: (decision.isAnsweredHere() ? "refused " : "no CORS headers for ") + request.method() + " "
							+ request.path() + ": " + decision.explain(request),
					LOGGED_LENGTH));
			return;
		}
		CorsPolicy policy = decision.policy();
		if (decision.isPreflight() && policy != null && !policy.allowPrivateNetwork()
				&& request.asksForPrivateNetwork()) {
			logger.debug(SafeText.escaped(
					"preflight answered without private network access: " + decision.explain(request), LOGGED_LENGTH));
		}
	}

	private void logClassificationFailure(RuntimeException ex) {
		long now = System.nanoTime();
		long last = this.lastFailureLog.get();
		if (now - last >= FAILURE_LOG_INTERVAL_NANOS && this.lastFailureLog.compareAndSet(last, now)) {
			logger.warn("A request could not be classified for CORS and passes without CORS headers; "
					+ "please report this (later failures are logged at most once a minute)", ex);
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("A request could not be classified for CORS", ex);
		}
	}

}
