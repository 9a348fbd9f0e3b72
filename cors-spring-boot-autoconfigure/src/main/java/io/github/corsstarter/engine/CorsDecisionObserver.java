package io.github.corsstarter.engine;

/**
 * Told of every decision the engine made for a real request (never for a dry run):
 * metrics count them, the rejection log keeps the latest rejections. Called on the
 * request's thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface CorsDecisionObserver {

	void onDecision(CorsDecision decision, CorsRequest request);

}
