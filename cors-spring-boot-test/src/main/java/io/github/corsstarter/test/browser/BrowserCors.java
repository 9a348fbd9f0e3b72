package io.github.corsstarter.test.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The browser's side of CORS for one {@code fetch()} from a page, after the Fetch
 * Standard's <a href="https://fetch.spec.whatwg.org/#http-cors-protocol">CORS
 * protocol</a>, and where Chromium differs from the text, after Chromium (checked by this
 * module's browser differential against Debian's Chromium).
 * <p>
 * Modelled: same-origin requests; {@code fetch()}'s own refusals (forbidden methods);
 * method normalization; forbidden request headers, which are dropped; when a preflight is
 * sent and its {@code Access-Control-Request-Method} and {@code -Request-Headers}; the
 * preflight's status, {@code Access-Control-Allow-Origin}, {@code -Allow-Credentials},
 * {@code -Allow-Methods} and {@code -Allow-Headers} (with the {@code *} rules and
 * {@code Authorization}, which {@code *} never covers); the CORS check of the actual
 * response; and which response headers the page can read
 * ({@code Access-Control-Expose-Headers}, {@code *} only without credentials).
 * <p>
 * Not modelled: the preflight cache ({@code Access-Control-Max-Age}), redirects of the
 * actual request, cookies and their {@code SameSite} rules, Private and Local Network
 * Access, {@code no-cors} and navigation requests, service workers, and mixed content.
 */
public final class BrowserCors {

	private static final String PREFLIGHT = "Response to preflight request doesn't pass access control check: ";

	private static final String NO_ALLOW_ORIGIN = "No 'Access-Control-Allow-Origin' header is present on the requested resource.";

	private static final String VALID_VALUE_HINT = " Have the server send the header with a valid value.";

	private BrowserCors() {
	}

	/**
	 * Runs one {@code fetch()}: the preflight if one is needed, then the actual request
	 * unless the preflight's answer refuses it, and judges the answers.
	 * @param request the page's request
	 * @param transport what answers the requests
	 * @return the verdict
	 */
	public static CorsVerdict fetch(CorsRequest request, Transport transport) {
		return fetch(request, transport, BrowserRules.FETCH_STANDARD);
	}

	/**
	 * Runs one {@code fetch()} as {@link #fetch(CorsRequest, Transport)} does, after the
	 * given rules.
	 * @param request the page's request
	 * @param transport what answers the requests
	 * @param rules whose rules decide where browsers differ
	 * @return the verdict
	 */
	public static CorsVerdict fetch(CorsRequest request, Transport transport, BrowserRules rules) {
		Refusal refusedByFetch = refusedByFetch(request);
		if (refusedByFetch != null) {
			return new CorsVerdict(request, null, null, null, null, refusedByFetch, Set.of());
		}
		OutgoingRequest preflight = preflight(request).orElse(null);
		ResponseHead preflightResponse = null;
		if (preflight != null) {
			preflightResponse = transport.exchange(preflight);
			Refusal refusal = checkPreflight(request, preflightResponse, rules).orElse(null);
			if (refusal != null) {
				return new CorsVerdict(request, preflight, preflightResponse, null, null, refusal, Set.of());
			}
		}
		OutgoingRequest actual = actualRequest(request);
		ResponseHead response = transport.exchange(actual);
		Refusal refusal = checkResponse(request, response).orElse(null);
		Set<String> readable = (refusal != null) ? Set.of() : readableHeaders(request, response);
		return new CorsVerdict(request, preflight, preflightResponse, actual, response, refusal, readable);
	}

	/**
	 * Whether the page and the URL share an origin, so CORS does not apply.
	 * @param request the page's request
	 * @return whether the request is same-origin
	 */
	public static boolean isSameOrigin(CorsRequest request) {
		return request.origin().equals(request.targetOrigin());
	}

	/**
	 * What {@code fetch()} refuses before sending anything: a method that is no HTTP
	 * token or is forbidden ({@code CONNECT}, {@code TRACE}, {@code TRACK}), and a body
	 * on {@code GET} or {@code HEAD}.
	 * @param request the page's request
	 * @return the refusal, or {@code null} when the request is sent
	 */
	public static @Nullable Refusal refusedByFetch(CorsRequest request) {
		if (!FetchRules.isToken(request.method())) {
			return new Refusal(Refusal.Stage.REQUEST, "'" + request.method() + "' is not a valid HTTP method.", null);
		}
		if (FetchRules.isForbiddenMethod(request.method())) {
			return new Refusal(Refusal.Stage.REQUEST, "'" + request.method() + "' HTTP method is unsupported.", null);
		}
		String method = request.normalizedMethod();
		if (request.body() != null && ("GET".equals(method) || "HEAD".equals(method))) {
			return new Refusal(Refusal.Stage.REQUEST, "Request with GET/HEAD method cannot have body.", null);
		}
		return null;
	}

	/**
	 * The preflight the browser sends before the request, if it sends one
	 * (<a href="https://fetch.spec.whatwg.org/#main-fetch">main fetch</a>: a method that
	 * is not CORS-safelisted, or any CORS-unsafe request-header name;
	 * <a href="https://fetch.spec.whatwg.org/#cors-preflight-fetch">CORS-preflight
	 * fetch</a> for its headers). The preflight cache is not modelled: every request that
	 * needs a preflight gets one.
	 * @param request the page's request
	 * @return the {@code OPTIONS} request with {@code Origin},
	 * {@code Access-Control-Request-Method} and, when the page sets unsafe headers,
	 * {@code Access-Control-Request-Headers} (lower case, sorted, comma-separated without
	 * spaces); empty when no preflight is sent
	 */
	public static Optional<OutgoingRequest> preflight(CorsRequest request) {
		if (refusedByFetch(request) != null || isSameOrigin(request)) {
			return Optional.empty();
		}
		String method = request.normalizedMethod();
		List<String> unsafe = FetchRules.unsafeRequestHeaderNames(sentHeaders(request));
		if (FetchRules.isSafelistedMethod(method) && unsafe.isEmpty()) {
			return Optional.empty();
		}
		List<Header> headers = new ArrayList<>();
		headers.add(new Header("Origin", request.origin()));
		headers.add(new Header("Access-Control-Request-Method", method));
		if (!unsafe.isEmpty()) {
			headers.add(new Header("Access-Control-Request-Headers", String.join(",", unsafe)));
		}
		return Optional.of(new OutgoingRequest("OPTIONS", request.url(), headers, null));
	}

	/**
	 * The actual request as the browser sends it: {@code Origin}, then the page's headers
	 * without the forbidden ones, and {@code Content-Type: text/plain;charset=UTF-8} for
	 * a body the page gave no type.
	 * @param request the page's request
	 * @return the request sent
	 */
	public static OutgoingRequest actualRequest(CorsRequest request) {
		List<Header> headers = new ArrayList<>();
		String method = request.normalizedMethod();
		// Browsers send Origin on every cross-origin request, and on same-origin ones
		// but GET and HEAD.
		if (!isSameOrigin(request) || !("GET".equals(method) || "HEAD".equals(method))) {
			headers.add(new Header("Origin", request.origin()));
		}
		headers.addAll(sentHeaders(request));
		return new OutgoingRequest(method, request.url(), headers, request.body());
	}

	/**
	 * Whether the preflight's answer lets the actual request through
	 * (<a href="https://fetch.spec.whatwg.org/#cors-preflight-fetch">CORS-preflight
	 * fetch</a>, steps 7 on): the CORS check and an ok status, then
	 * {@code Access-Control-Allow-Methods} and {@code -Allow-Headers}, in Chromium's
	 * order and with its messages.
	 * @param request the page's request
	 * @param response the preflight's answer
	 * @return the refusal, or empty when the actual request is sent
	 */
	public static Optional<Refusal> checkPreflight(CorsRequest request, ResponseHead response) {
		return checkPreflight(request, response, BrowserRules.FETCH_STANDARD);
	}

	/**
	 * Whether the preflight's answer lets the actual request through, after the given
	 * rules.
	 * @param request the page's request
	 * @param response the preflight's answer
	 * @param rules whose rules decide where browsers differ
	 * @return the refusal, or empty when the actual request is sent
	 */
	public static Optional<Refusal> checkPreflight(CorsRequest request, ResponseHead response, BrowserRules rules) {
		if (isRedirect(response)) {
			return refusePreflight(PREFLIGHT + "Redirect is not allowed for a preflight request.",
					"answer the preflight itself, with a 2xx status, instead of redirecting it (status "
							+ response.status() + " to " + response.combined("Location") + ").");
		}
		Refusal refusal = corsCheck(request, response, true);
		if (refusal != null) {
			return Optional.of(refusal);
		}
		int status = response.status();
		if (status < 200 || status > 299) {
			return refusePreflight(PREFLIGHT + "It does not have HTTP ok status.",
					"answer the preflight (OPTIONS with Access-Control-Request-Method) with a 2xx status, not " + status
							+ ": a preflight carries no credentials, so authentication must not apply to it, and "
							+ "a 404 or 405 means no CORS handling covers OPTIONS " + request.url().getPath() + ".");
		}
		String allowMethods = response.combined("Access-Control-Allow-Methods");
		List<String> methods = FetchRules.parseTokenList(allowMethods);
		if (methods == null) {
			return refusePreflight(
					"Cannot parse Access-Control-Allow-Methods response header field in preflight response.",
					"send Access-Control-Allow-Methods as a comma-separated list of method names, not '" + allowMethods
							+ "'.");
		}
		String allowHeaders = response.combined("Access-Control-Allow-Headers");
		List<String> headerNames = FetchRules.parseTokenList(allowHeaders);
		if (headerNames == null) {
			return refusePreflight(
					"Cannot parse Access-Control-Allow-Headers response header field in preflight response.",
					"send Access-Control-Allow-Headers as a comma-separated list of header names, not '" + allowHeaders
							+ "'.");
		}
		String method = request.normalizedMethod();
		if (!isMethodAllowed(method, methods, request.includesCredentials())) {
			return refusePreflight(
					"Method " + method + " is not allowed by Access-Control-Allow-Methods in preflight response.",
					methodFix(method, methods, allowMethods, request.includesCredentials()));
		}
		String header = firstHeaderNotAllowed(request, headerNames, rules);
		if (header != null) {
			return refusePreflight(
					"Request header field " + header
							+ " is not allowed by Access-Control-Allow-Headers in preflight response.",
					headerFix(header, headerNames, allowHeaders, request.includesCredentials()));
		}
		return Optional.empty();
	}

	/**
	 * Whether the page can read the actual response
	 * (<a href="https://fetch.spec.whatwg.org/#concept-cors-check">CORS check</a>): its
	 * status does not matter, a 401 or a 500 is readable like a 200.
	 * @param request the page's request
	 * @param response the actual response
	 * @return the refusal, or empty when the page reads the response
	 */
	public static Optional<Refusal> checkResponse(CorsRequest request, ResponseHead response) {
		if (isSameOrigin(request)) {
			return Optional.empty();
		}
		return Optional.ofNullable(corsCheck(request, response, false));
	}

	/**
	 * The response headers the page can read with {@code response.headers.get(name)},
	 * lower-cased: on a cross-origin response the <a href=
	 * "https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name">CORS-safelisted
	 * response-header names</a> and those listed in {@code Access-Control-Expose-Headers}
	 * ({@code *} exposes all, but only without credentials); never {@code Set-Cookie}.
	 * Only headers present in the response are returned.
	 * @param request the page's request
	 * @param response a response the page can read
	 * @return the readable header names
	 */
	public static Set<String> readableHeaders(CorsRequest request, ResponseHead response) {
		Set<String> exposed = exposedHeaderNames(response.combined("Access-Control-Expose-Headers"));
		boolean all = isSameOrigin(request) || (!request.includesCredentials() && exposed.contains("*"));
		Set<String> readable = new LinkedHashSet<>();
		for (String name : response.names()) {
			if (!FetchRules.isForbiddenResponseHeaderName(name)
					&& (all || FetchRules.isSafelistedResponseHeaderName(name) || exposed.contains(name))) {
				readable.add(name);
			}
		}
		return readable;
	}

	/**
	 * The names of {@code Access-Control-Expose-Headers}, lower-cased; none when the
	 * value does not parse, as in Chromium
	 * (<a href="https://fetch.spec.whatwg.org/#main-fetch">main fetch</a>, the
	 * CORS-exposed header-name list).
	 */
	private static Set<String> exposedHeaderNames(@Nullable String value) {
		List<String> names = FetchRules.parseTokenList(value);
		Set<String> exposed = new LinkedHashSet<>();
		if (names != null) {
			names.forEach((name) -> exposed.add(name.toLowerCase(Locale.ROOT)));
		}
		return exposed;
	}

	/**
	 * The CORS check (<a href="https://fetch.spec.whatwg.org/#concept-cors-check">Fetch,
	 * CORS check</a>), with Chromium's distinctions between a missing, a wildcard, a
	 * multiple, an invalid and a mismatching {@code Access-Control-Allow-Origin}.
	 */
	private static @Nullable Refusal corsCheck(CorsRequest request, ResponseHead response, boolean preflight) {
		Refusal.Stage stage = preflight ? Refusal.Stage.PREFLIGHT : Refusal.Stage.RESPONSE;
		String prefix = preflight ? PREFLIGHT : "";
		String origin = request.origin();
		String where = preflight ? "the preflight (OPTIONS " + request.url().getPath() + ")"
				: "this response (status " + response.status() + ")";
		String allowOrigin = response.combined("Access-Control-Allow-Origin");
		if (allowOrigin == null) {
			return new Refusal(stage, prefix + NO_ALLOW_ORIGIN,
					"answer " + where + " with Access-Control-Allow-Origin: " + origin
							+ ": allow this origin for this path, and make sure the CORS handling runs for "
							+ (preflight ? "OPTIONS requests before authentication."
									: "every response, error responses included."));
		}
		if ("*".equals(allowOrigin)) {
			if (request.includesCredentials()) {
				return new Refusal(stage, prefix
						+ "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
						"send the page's origin (Access-Control-Allow-Origin: " + origin
								+ ") instead of '*': with credentials, list the allowed origins.");
			}
		}
		else if (!allowOrigin.equals(origin)) {
			if (allowOrigin.indexOf(',') >= 0 || allowOrigin.indexOf(' ') >= 0) {
				return new Refusal(stage,
						prefix + "The 'Access-Control-Allow-Origin' header contains multiple values '" + allowOrigin
								+ "', but only one is allowed." + VALID_VALUE_HINT,
						"send Access-Control-Allow-Origin once, with the one value " + origin
								+ ": two layers (a filter and the framework, or a proxy) may both be adding it.");
			}
			if (!"null".equals(allowOrigin) && !isValidUrl(allowOrigin)) {
				return new Refusal(
						stage, prefix + "The 'Access-Control-Allow-Origin' header contains the invalid value '"
								+ allowOrigin + "'." + VALID_VALUE_HINT,
						"send exactly the page's origin, " + origin + ".");
			}
			return new Refusal(stage,
					prefix + "The 'Access-Control-Allow-Origin' header has a value '" + allowOrigin
							+ "' that is not equal to the supplied origin." + VALID_VALUE_HINT,
					"send exactly " + origin
							+ " (scheme, host and port as the browser sends them, no trailing slash), or allow that origin.");
		}
		if (request.includesCredentials()) {
			String allowCredentials = response.combined("Access-Control-Allow-Credentials");
			if (!"true".equals(allowCredentials)) {
				return new Refusal(stage,
						prefix + "The value of the 'Access-Control-Allow-Credentials' header in the response is '"
								+ ((allowCredentials != null) ? allowCredentials : "")
								+ "' which must be 'true' when the request's credentials mode is 'include'.",
						"send Access-Control-Allow-Credentials: true (exactly, lower case) on " + where
								+ ": allow credentials for this origin.");
			}
		}
		return null;
	}

	private static boolean isMethodAllowed(String method, List<String> methods, boolean credentials) {
		// Compared case-sensitively, after fetch() normalized the request's method.
		return FetchRules.isSafelistedMethod(method) || methods.contains(method)
				|| (!credentials && methods.contains("*"));
	}

	private static String methodFix(String method, List<String> methods, @Nullable String allowMethods,
			boolean credentials) {
		String was = (allowMethods != null) ? " (it was '" + allowMethods + "')" : " (it was absent)";
		if (credentials && methods.contains("*")) {
			return "list " + method + " in Access-Control-Allow-Methods" + was
					+ ": with credentials, '*' is no wildcard but a method named '*'.";
		}
		if (methods.stream().anyMatch(method::equalsIgnoreCase)) {
			return "send " + method + " in Access-Control-Allow-Methods exactly as the browser sends it" + was
					+ ": method names compare case-sensitively.";
		}
		return "add " + method + " to Access-Control-Allow-Methods" + was + ".";
	}

	/**
	 * The first CORS-unsafe request-header name the preflight's answer does not allow,
	 * {@code Authorization} first when only a {@code *} would cover it: it is a
	 * <a href="https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name">CORS
	 * non-wildcard request-header name</a>.
	 */
	private static @Nullable String firstHeaderNotAllowed(CorsRequest request, List<String> headerNames,
			BrowserRules rules) {
		Set<String> allowed = new LinkedHashSet<>();
		headerNames.forEach((name) -> allowed.add(name.toLowerCase(Locale.ROOT)));
		boolean wildcard = !request.includesCredentials() && allowed.contains("*");
		for (String name : FetchRules.unsafeRequestHeaderNames(sentHeaders(request))) {
			boolean coveredByWildcard = wildcard
					&& (!"authorization".equals(name) || rules.wildcardCoversAuthorization());
			if (!allowed.contains(name) && !coveredByWildcard) {
				return name;
			}
		}
		return null;
	}

	private static String headerFix(String header, List<String> headerNames, @Nullable String allowHeaders,
			boolean credentials) {
		String was = (allowHeaders != null) ? " (it was '" + allowHeaders + "')" : " (it was absent)";
		if (headerNames.contains("*")) {
			if ("authorization".equals(header)) {
				return "list Authorization in Access-Control-Allow-Headers" + was + ": '*' never covers Authorization.";
			}
			if (credentials) {
				return "list " + header + " in Access-Control-Allow-Headers" + was
						+ ": with credentials, '*' is no wildcard but a header named '*'.";
			}
		}
		return "add " + header + " to Access-Control-Allow-Headers" + was + ".";
	}

	private static Optional<Refusal> refusePreflight(String reason, String fix) {
		return Optional.of(new Refusal(Refusal.Stage.PREFLIGHT, reason, fix));
	}

	/** The page's headers the browser sends, with the type it gives a typeless body. */
	private static List<Header> sentHeaders(CorsRequest request) {
		List<Header> headers = new ArrayList<>(FetchRules.sendable(request.headers()));
		if (request.body() != null && headers.stream().noneMatch((header) -> header.hasName("Content-Type"))) {
			headers.add(new Header("Content-Type", "text/plain;charset=UTF-8"));
		}
		return headers;
	}

	private static boolean isRedirect(ResponseHead response) {
		int status = response.status();
		return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
				&& response.combined("Location") != null;
	}

	private static boolean isValidUrl(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getScheme() != null
					&& (uri.getHost() != null || !uri.getSchemeSpecificPart().startsWith("//"));
		}
		catch (Exception ex) {
			return false;
		}
	}

}
