package io.github.corsstarter.autoconfigure;

import org.apache.commons.logging.Log;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Where the CORS filter sits relative to Spring Security's filter chain.
 *
 * @param value the CORS filter's order
 * @param securityOrder the order of Spring Security's filter chain
 * @param securityPresent whether Spring Security's support for the stack is on the
 * classpath
 */
record CorsFilterOrder(int value, int securityOrder, boolean securityPresent) {

	static final String ORDER_PROPERTY = "cors.filter.order";

	static final String SECURITY_ORDER_PROPERTY = "spring.security.filter.order";

	private static final String SECURITY_FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

	private static final String SECURITY_WEB_FILTER_CHAIN = "org.springframework.security.web.server.SecurityWebFilterChain";

	/**
	 * The servlet filter's order: the configured {@code cors.filter.order}, else one less
	 * than Spring Security's, so the filter stays just ahead of it when
	 * {@code spring.security.filter.order} is changed.
	 */
	static CorsFilterOrder servlet(Environment environment, int securityDefaultOrder) {
		return justAhead(environment,
				environment.getProperty(SECURITY_ORDER_PROPERTY, Integer.class, securityDefaultOrder),
				SECURITY_FILTER_CHAIN);
	}

	/**
	 * The WebFlux filter's order: the configured {@code cors.filter.order}, else one less
	 * than Spring Security's {@code WebFilterChainProxy}, whose order is fixed.
	 */
	static CorsFilterOrder reactive(Environment environment, int securityOrder) {
		return justAhead(environment, securityOrder, SECURITY_WEB_FILTER_CHAIN);
	}

	/**
	 * {@code cors.filter.order} (read at startup only, as filters are registered once),
	 * else one less than Spring Security's order.
	 */
	private static CorsFilterOrder justAhead(Environment environment, int securityOrder, String securityClass) {
		Integer configured = environment.getProperty(ORDER_PROPERTY, Integer.class);
		return new CorsFilterOrder((configured != null) ? configured : securityOrder - 1, securityOrder,
				isPresent(securityClass));
	}

	private static boolean isPresent(String className) {
		return ClassUtils.isPresent(className, CorsFilterOrder.class.getClassLoader());
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
