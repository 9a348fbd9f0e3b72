package io.github.corsstarter.runtime;

import org.apache.commons.logging.Log;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Where the CORS filter sits relative to Spring Security's filter chain: the filter's
 * order, computed once at startup, and what the Actuator view reports of it.
 *
 * @param stack {@code servlet} or {@code reactive}
 * @param order the filter's order
 * @param securityOrder the order of Spring Security's filter chain
 * @param securityPresent whether Spring Security's support for the stack is on the class
 * path
 * @param aheadOfSecurity whether preflights are answered before Spring Security sees them
 */
public record CorsFilterPlacement(String stack, int order, int securityOrder, boolean securityPresent,
		boolean aheadOfSecurity) {

	private static final String ORDER_PROPERTY = "cors.filter.order";

	private static final String SECURITY_ORDER_PROPERTY = "spring.security.filter.order";

	private static final String SECURITY_FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

	private static final String SECURITY_WEB_FILTER_CHAIN = "org.springframework.security.web.server.SecurityWebFilterChain";

	/**
	 * The servlet filter's placement: the configured {@code cors.filter.order}, else one
	 * less than Spring Security's, so the filter stays just ahead of it when
	 * {@code spring.security.filter.order} is changed.
	 * @param securityDefaultOrder Spring Security's order when
	 * {@code spring.security.filter.order} is not set
	 */
	public static CorsFilterPlacement servlet(Environment environment, int securityDefaultOrder) {
		return justAhead("servlet", environment,
				environment.getProperty(SECURITY_ORDER_PROPERTY, Integer.class, securityDefaultOrder),
				SECURITY_FILTER_CHAIN);
	}

	/**
	 * The WebFlux filter's placement: the configured {@code cors.filter.order}, else one
	 * less than Spring Security's {@code WebFilterChainProxy}, whose order is fixed.
	 */
	public static CorsFilterPlacement reactive(Environment environment, int securityOrder) {
		return justAhead("reactive", environment, securityOrder, SECURITY_WEB_FILTER_CHAIN);
	}

	/**
	 * {@code cors.filter.order} (read at startup only, as filters are registered once),
	 * else one less than Spring Security's order.
	 */
	private static CorsFilterPlacement justAhead(String stack, Environment environment, int securityOrder,
			String securityClass) {
		Integer configured = environment.getProperty(ORDER_PROPERTY, Integer.class);
		int order = (configured != null) ? configured : securityOrder - 1;
		boolean securityPresent = ClassUtils.isPresent(securityClass, CorsFilterPlacement.class.getClassLoader());
		return new CorsFilterPlacement(stack, order, securityOrder, securityPresent,
				!(securityPresent && order >= securityOrder));
	}

	/** Logs where the filter runs, as a warning when it runs behind Spring Security. */
	public void logTo(Log logger) {
		if (!this.aheadOfSecurity) {
			logger.warn("cors.filter.order=" + this.order + " puts the CORS filter behind Spring Security (order "
					+ this.securityOrder + "): preflights will meet authentication and be refused with 401/403, and "
					+ "error responses may lack CORS headers. Remove cors.filter.order or set it below "
					+ this.securityOrder + ".");
		}
		else {
			logger.info("CORS filter registered at order " + this.order
					+ (this.securityPresent ? " (Spring Security at " + this.securityOrder + ")" : ""));
		}
	}

}
