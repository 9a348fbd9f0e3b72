package io.github.corsstarter.engine;

/**
 * Told of every decision the engine made for a real request (never for a dry run):
 * metrics count them, the rejection log keeps the latest rejections. Called on the
 * request's thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface CorsDecisionObserver {

	void onDecision(CorsDecision decision, CorsRequest request);

	/**
	 * Told of each configuration the engine installs, on the installing thread (a reload
	 * or an origin source's new list, never a request's): where an observer registers
	 * what that configuration needs, such as its meters. Does nothing by default.
	 */
	default void onInstall(CompiledCorsConfiguration configuration) {
	}

}
