package io.github.corsstarter.autoconfigure;

/**
 * Where the CORS filter runs, as the Actuator view reports it.
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

	static CorsFilterPlacement of(String stack, CorsFilterOrder order) {
		return new CorsFilterPlacement(stack, order.value(), order.securityOrder(), order.securityPresent(),
				!order.isBehindSecurity());
	}

}
