package io.github.corsstarter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Map;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PreflightVerdict;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Applies compiled CORS policies. It only classifies each request and writes what the policy computed:
 * <ul>
 * <li>a preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) on a covered path
 * is answered here, 204 or 403, and never reaches the rest of the chain (authentication included);</li>
 * <li>an actual request from an allowed origin gets its CORS headers before the chain runs, so they are on every
 * response, a 401 from Spring Security included, and again on the {@code ERROR} dispatch to the error page;</li>
 * <li>anything else on a covered path passes untouched but for {@code Vary: Origin}; uncovered paths pass
 * untouched.</li>
 * </ul>
 */
public final class CorsPolicyFilter implements Filter {

	private static final Log logger = LogFactory.getLog(CorsPolicyFilter.class);

	private static final String ORIGIN = "Origin";

	private static final String REQUEST_METHOD = "Access-Control-Request-Method";

	private static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

	private static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";

	private static final VaryValues ACTUAL_VARY = new VaryValues(ORIGIN);

	private static final VaryValues PREFLIGHT_VARY = new VaryValues(ORIGIN, REQUEST_METHOD, REQUEST_HEADERS);

	private static final VaryValues PRIVATE_NETWORK_PREFLIGHT_VARY = new VaryValues(ORIGIN, REQUEST_METHOD,
			REQUEST_HEADERS, REQUEST_PRIVATE_NETWORK);

	private static final Map<PreflightVerdict, byte[]> REJECTION_BODIES = rejectionBodies();

	private final CorsPolicyMapping mapping;

	public CorsPolicyFilter(CorsPolicyMapping mapping) {
		this.mapping = mapping;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		if (!(servletRequest instanceof HttpServletRequest request)
				|| !(servletResponse instanceof HttpServletResponse response)) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
		CorsPolicy policy = this.mapping.policyFor(errorDispatch ? originalPath(request) : pathWithinApplication(request));
		if (policy == null) {
			chain.doFilter(request, response);
			return;
		}
		String origin = request.getHeader(ORIGIN);
		String requestedMethod = (origin != null && !errorDispatch) ? preflightMethod(request) : null;
		if (requestedMethod != null) {
			answerPreflight(policy, origin, requestedMethod, request, response);
			return;
		}
		ACTUAL_VARY.addTo(response);
		if (origin != null) {
			addActualResponseHeaders(policy, origin, request, response);
		}
		chain.doFilter(request, response);
	}

	/**
	 * Fetch, "CORS-preflight request": an OPTIONS request that names the method it asks for.
	 * @return the requested method, or {@code null} if the request is no preflight
	 */
	private static String preflightMethod(HttpServletRequest request) {
		return "OPTIONS".equals(request.getMethod()) ? request.getHeader(REQUEST_METHOD) : null;
	}

	private static void answerPreflight(CorsPolicy policy, String origin, String method, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		(policy.allowPrivateNetwork() ? PRIVATE_NETWORK_PREFLIGHT_VARY : PREFLIGHT_VARY).addTo(response);
		String requestHeaders = request.getHeader(REQUEST_HEADERS);
		if (!hasSingleOrigin(request)) {
			if (logger.isDebugEnabled()) {
				logger.debug("preflight rejected: " + severalOrigins(policy));
			}
			reject(PreflightVerdict.ORIGIN_NOT_ALLOWED, response);
			return;
		}
		PreflightVerdict verdict = policy.checkPreflight(origin, method, requestHeaders);
		if (verdict != PreflightVerdict.ALLOWED) {
			if (logger.isDebugEnabled()) {
				logger.debug("preflight rejected: " + policy.explain(verdict, origin, method, requestHeaders));
			}
			reject(verdict, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		addAllowOrigin(policy, origin, response);
		response.setHeader("Access-Control-Allow-Methods", policy.allowMethods(method));
		String allowHeaders = policy.allowHeaders(requestHeaders);
		if (allowHeaders != null) {
			response.setHeader("Access-Control-Allow-Headers", allowHeaders);
		}
		response.setHeader("Access-Control-Max-Age", policy.maxAge());
		// Only read when it can change the answer or the log.
		if ((policy.allowPrivateNetwork() || logger.isDebugEnabled())
				&& "true".equals(request.getHeader(REQUEST_PRIVATE_NETWORK))) {
			addPrivateNetworkAccess(policy, response);
		}
	}

	/**
	 * Private Network Access (WICG draft): without the allow header the browser fails the preflight, which is the
	 * right answer for a policy that does not opt in.
	 */
	private static void addPrivateNetworkAccess(CorsPolicy policy, HttpServletResponse response) {
		if (policy.allowPrivateNetwork()) {
			response.setHeader("Access-Control-Allow-Private-Network", "true");
		}
		else {
			logger.debug("private network access was requested but policy '" + policy.name()
					+ "' does not set allow-private-network");
		}
	}

	private static void reject(PreflightVerdict verdict, HttpServletResponse response) throws IOException {
		byte[] body = REJECTION_BODIES.get(verdict);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/plain;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void addActualResponseHeaders(CorsPolicy policy, String origin, HttpServletRequest request,
			HttpServletResponse response) {
		boolean allowed = policy.allowsOrigin(origin);
		if (!allowed || !hasSingleOrigin(request)) {
			if (logger.isDebugEnabled()) {
				logger.debug("no CORS headers for " + request.getMethod() + " " + request.getRequestURI() + ": "
						+ (allowed ? severalOrigins(policy) : policy.explainOrigin(origin)));
			}
			return;
		}
		addAllowOrigin(policy, origin, response);
		if (policy.exposeHeaders() != null) {
			response.setHeader("Access-Control-Expose-Headers", policy.exposeHeaders());
		}
	}

	/** The headers that let the origin read the response, on preflights and actual requests alike. */
	private static void addAllowOrigin(CorsPolicy policy, String origin, HttpServletResponse response) {
		response.setHeader("Access-Control-Allow-Origin", policy.allowOrigin(origin));
		if (policy.allowCredentials()) {
			response.setHeader("Access-Control-Allow-Credentials", "true");
		}
	}

	/** Browsers send one {@code Origin}; several mean a hand-made request that gets no CORS answer. */
	private static boolean hasSingleOrigin(HttpServletRequest request) {
		Enumeration<String> origins = request.getHeaders(ORIGIN);
		origins.nextElement();
		return !origins.hasMoreElements();
	}

	private static String severalOrigins(CorsPolicy policy) {
		return "the request carries several Origin headers, which no browser sends (policy '" + policy.name() + "')";
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		return stripContextPath(request.getRequestURI(), request);
	}

	/** On the ERROR dispatch the request URI is the error page's; the policy is the one of the failed request. */
	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return stripContextPath((uri instanceof String value) ? value : request.getRequestURI(), request);
	}

	private static String stripContextPath(String uri, HttpServletRequest request) {
		String contextPath = request.getContextPath();
		return (!contextPath.isEmpty() && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

	private static Map<PreflightVerdict, byte[]> rejectionBodies() {
		Map<PreflightVerdict, byte[]> bodies = new EnumMap<>(PreflightVerdict.class);
		for (PreflightVerdict verdict : PreflightVerdict.values()) {
			bodies.put(verdict, ("CORS preflight rejected: " + verdict.phrase() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return bodies;
	}

}
