package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.runtime.InvalidCorsConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid CORS configuration into a startup report that lists every bad
 * {@code cors.*} property (unknown keys and invalid values together), its value as
 * written, where it was set and why it is wrong, and says how to fix each.
 */
class CorsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCorsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCorsConfigurationException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
