package io.github.corsstarter.autoconfigure;

import org.apache.commons.logging.Log;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Where the CORS filter sits relative to Spring Security's filter chain.
 *
 * @param value the CORS filter's order
 * @param securityOrder the order of Spring Security's filter chain
 * @param securityPresent whether Spring Security's servlet support is on the classpath
 */
record CorsFilterOrder(int value, int securityOrder, boolean securityPresent) {

	/**
	 * Spring Boot's {@code SecurityFilterProperties.DEFAULT_FILTER_ORDER}, read by key rather than by class so that
	 * Spring Security stays optional.
	 */
	static final int SECURITY_DEFAULT_FILTER_ORDER = -100;

	static final String SECURITY_ORDER_PROPERTY = "spring.security.filter.order";

	private static final String SECURITY_FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

	/**
	 * Resolves the order: the configured {@code cors.filter.order}, else one less than Spring Security's, so the
	 * filter stays just ahead of it when {@code spring.security.filter.order} is changed.
	 */
	static CorsFilterOrder resolve(Integer configured, Environment environment) {
		int securityOrder = environment.getProperty(SECURITY_ORDER_PROPERTY, Integer.class,
				SECURITY_DEFAULT_FILTER_ORDER);
		int order = (configured != null) ? configured : securityOrder - 1;
		return new CorsFilterOrder(order, securityOrder,
				ClassUtils.isPresent(SECURITY_FILTER_CHAIN, CorsFilterOrder.class.getClassLoader()));
	}

	boolean isBehindSecurity() {
		return this.securityPresent && this.value >= this.securityOrder;
	}

	void logTo(Log logger) {
		if (isBehindSecurity()) {
			logger.warn("cors.filter.order=" + this.value + " puts the CORS filter behind Spring Security (order "
					+ this.securityOrder + "): preflights will meet authentication and be refused with 401/403, and "
					+ "error responses may lack CORS headers. Remove cors.filter.order or set it below "
					+ this.securityOrder + ".");
		}
		else {
			logger.info("CORS filter registered at order " + this.value
					+ (this.securityPresent ? " (Spring Security at " + this.securityOrder + ")" : ""));
		}
	}

}
