package io.github.corsstarter.autoconfigure;

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
		CorsConfigurationReport report = cause.getReport();
		return new FailureAnalysis(report.description(), report.action(), cause);
	}

}
