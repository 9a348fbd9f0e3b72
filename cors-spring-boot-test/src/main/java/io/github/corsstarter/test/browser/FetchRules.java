package io.github.corsstarter.test.browser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The classifications of the Fetch Standard that CORS decisions rest on, each citing its
 * section of <a href="https://fetch.spec.whatwg.org/">fetch.spec.whatwg.org</a>. Where
 * Chromium differs from the text, Chromium is followed and the difference is named.
 */
public final class FetchRules {

	/**
	 * <a href="https://fetch.spec.whatwg.org/#cors-safelisted-method">CORS-safelisted
	 * method</a>.
	 */
	private static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");

	/**
	 * The methods {@code fetch()} upper-cases, matched case-insensitively
	 * (<a href="https://fetch.spec.whatwg.org/#concept-method-normalize">normalize a
	 * method</a>); any other method is sent as written.
	 */
	private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	/** <a href="https://fetch.spec.whatwg.org/#forbidden-method">Forbidden method</a>. */
	private static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

	/**
	 * <a href="https://fetch.spec.whatwg.org/#forbidden-request-header">Forbidden request
	 * header</a> names: {@code fetch()} drops them silently.
	 */
	private static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length", "cookie",
			"cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	/** Forbidden when their value names a forbidden method. */
	private static final Set<String> METHOD_OVERRIDE_HEADERS = Set.of("x-http-method", "x-http-method-override",
			"x-method-override");

	/**
	 * <a href=
	 * "https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name">CORS-safelisted
	 * response-header names</a>: readable by any page the response is shared with.
	 */
	private static final Set<String> SAFELISTED_RESPONSE_HEADERS = Set.of("cache-control", "content-language",
			"content-length", "content-type", "expires", "last-modified", "pragma");

	/**
	 * <a href="https://fetch.spec.whatwg.org/#forbidden-response-header-name">Forbidden
	 * response-header names</a>: never readable by a page.
	 */
	private static final Set<String> FORBIDDEN_RESPONSE_HEADERS = Set.of("set-cookie", "set-cookie2");

	/** The {@code Content-Type} essences that need no preflight. */
	private static final Set<String> SAFELISTED_CONTENT_TYPES = Set.of("application/x-www-form-urlencoded",
			"multipart/form-data", "text/plain");

	private static final java.util.regex.Pattern SIMPLE_RANGE = java.util.regex.Pattern
		.compile("bytes=([0-9]+)-([0-9]*)");

	/** A safelisted request header's value is at most this many bytes. */
	static final int SAFELISTED_VALUE_LIMIT = 128;

	/** All safelisted request headers' values together are at most this many bytes. */
	static final int SAFELISTED_TOTAL_LIMIT = 1024;

	private FetchRules() {
	}

	/**
	 * The method as {@code fetch()} sends it: {@code DELETE}, {@code GET}, {@code HEAD},
	 * {@code OPTIONS}, {@code POST} and {@code PUT} in any case become upper case; any
	 * other method ({@code patch}) is sent as written.
	 * @param method the method as the page wrote it
	 * @return the normalized method
	 */
	public static String normalizeMethod(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return NORMALIZED_METHODS.contains(upper) ? upper : method;
	}

	/**
	 * Whether {@code fetch()} refuses the method outright.
	 * @param method the method
	 * @return whether it is {@code CONNECT}, {@code TRACE} or {@code TRACK}, in any case
	 */
	public static boolean isForbiddenMethod(String method) {
		return FORBIDDEN_METHODS.contains(method.toUpperCase(Locale.ROOT));
	}

	/**
	 * Whether a normalized method needs no preflight.
	 * @param method the normalized method
	 * @return whether it is {@code GET}, {@code HEAD} or {@code POST}
	 */
	public static boolean isSafelistedMethod(String method) {
		return SAFELISTED_METHODS.contains(method);
	}

	/**
	 * Whether {@code fetch()} drops this header
	 * (<a href="https://fetch.spec.whatwg.org/#forbidden-request-header">forbidden
	 * request header</a>).
	 * @param name the header name
	 * @param value the header value
	 * @return whether the browser never sends it as the page set it
	 */
	public static boolean isForbiddenRequestHeader(String name, String value) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (FORBIDDEN_REQUEST_HEADERS.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")) {
			return true;
		}
		if (METHOD_OVERRIDE_HEADERS.contains(lower)) {
			List<String> methods = splitList(value);
			return methods.stream().anyMatch(FetchRules::isForbiddenMethod);
		}
		return false;
	}

	/**
	 * Whether a request header needs no preflight on its own (<a href=
	 * "https://fetch.spec.whatwg.org/#cors-safelisted-request-header">CORS-safelisted
	 * request-header</a>): {@code Accept}, {@code Accept-Language},
	 * {@code Content-Language} and {@code Content-Type} with restricted values of at most
	 * 128 bytes; {@code Content-Type} only {@code application/x-www-form-urlencoded},
	 * {@code multipart/form-data} or {@code text/plain}; {@code Range} with one simple
	 * range ({@code bytes=0-99}, {@code bytes=100-}).
	 * @param name the header name
	 * @param value the header value
	 * @return whether it is safelisted
	 */
	public static boolean isSafelistedRequestHeader(String name, String value) {
		if (value.getBytes(StandardCharsets.UTF_8).length > SAFELISTED_VALUE_LIMIT) {
			return false;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "accept" -> value.chars().noneMatch(FetchRules::isCorsUnsafeRequestHeaderByte);
			case "accept-language", "content-language" -> value.chars().allMatch(FetchRules::isLanguageByte);
			case "content-type" -> value.chars().noneMatch(FetchRules::isCorsUnsafeRequestHeaderByte)
					&& SAFELISTED_CONTENT_TYPES.contains(mimeEssence(value));
			case "range" -> isSimpleRange(value);
			default -> false;
		};
	}

	/**
	 * A <a href="https://fetch.spec.whatwg.org/#simple-range-header-value">simple range
	 * header value</a> without whitespace: {@code bytes=}, a start, {@code -}, and an end
	 * that is not before the start, or none.
	 */
	private static boolean isSimpleRange(String value) {
		java.util.regex.Matcher range = SIMPLE_RANGE.matcher(value);
		if (!range.matches()) {
			return false;
		}
		String end = range.group(2);
		return end.isEmpty() || new java.math.BigInteger(range.group(1)).compareTo(new java.math.BigInteger(end)) <= 0;
	}

	/**
	 * The names a preflight asks about, as {@code Access-Control-Request-Headers} lists
	 * them: lower-cased, sorted, each once (<a href=
	 * "https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names">CORS-unsafe
	 * request-header names</a>). Headers of one name are combined first, as browsers send
	 * them; when the safelisted headers' values exceed 1024 bytes together, they are
	 * asked about too. Forbidden request headers, which the browser drops, are left out.
	 * @param headers the headers the page set
	 * @return the unsafe names
	 */
	public static List<String> unsafeRequestHeaderNames(List<Header> headers) {
		Map<String, String> combined = combine(sendable(headers));
		Set<String> unsafe = new TreeSet<>();
		Set<String> safelisted = new TreeSet<>();
		int safelistedSize = 0;
		for (Map.Entry<String, String> header : combined.entrySet()) {
			if (isSafelistedRequestHeader(header.getKey(), header.getValue())) {
				safelisted.add(header.getKey());
				safelistedSize += header.getValue().getBytes(StandardCharsets.UTF_8).length;
			}
			else {
				unsafe.add(header.getKey());
			}
		}
		if (safelistedSize > SAFELISTED_TOTAL_LIMIT) {
			unsafe.addAll(safelisted);
		}
		return List.copyOf(unsafe);
	}

	/**
	 * The headers of the page that the browser sends: forbidden ones dropped.
	 * @param headers the headers the page set
	 * @return the headers sent
	 */
	public static List<Header> sendable(List<Header> headers) {
		return headers.stream().filter((header) -> !isForbiddenRequestHeader(header.name(), header.value())).toList();
	}

	/**
	 * Whether a response header is readable on every shared response.
	 * @param name the header name
	 * @return whether it is a CORS-safelisted response-header name
	 */
	public static boolean isSafelistedResponseHeaderName(String name) {
		return SAFELISTED_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a response header is never readable by a page.
	 * @param name the header name
	 * @return whether it is {@code Set-Cookie} or {@code Set-Cookie2}
	 */
	public static boolean isForbiddenResponseHeaderName(String name) {
		return FORBIDDEN_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The items of a list-valued header such as {@code Access-Control-Allow-Methods}
	 * (<a href="https://fetch.spec.whatwg.org/#extract-header-list-values">extract header
	 * list values</a>): the combined value of all its field lines split on commas, each
	 * item trimmed, so {@code GET,PUT}, {@code GET, PUT} and two field lines are one
	 * list. Empty items are skipped, as the list syntax of RFC 9110 (section 5.6.1) lets
	 * recipients do; any other item must be an HTTP token, or the whole value fails.
	 * @param combinedValue the header's combined value, or {@code null} when absent
	 * @return the items (empty when absent), or {@code null} when the value does not
	 * parse
	 */
	public static @Nullable List<String> parseTokenList(@Nullable String combinedValue) {
		if (combinedValue == null) {
			return List.of();
		}
		List<String> items = splitList(combinedValue).stream().filter((item) -> !item.isEmpty()).toList();
		return items.stream().allMatch(FetchRules::isToken) ? items : null;
	}

	/**
	 * Whether a string is an HTTP token (RFC 9110, section 5.6.2).
	 * @param value the string
	 * @return whether it is non-empty and only token characters
	 */
	public static boolean isToken(String value) {
		return !value.isEmpty() && value.chars().allMatch(FetchRules::isTokenChar);
	}

	/**
	 * The origin of a URL as browsers serialize it: scheme, host, and the port only when
	 * it is not the scheme's default.
	 * @param url an absolute URL
	 * @return the serialized origin
	 */
	public static String serializeOrigin(URI url) {
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		String host = url.getHost().toLowerCase(Locale.ROOT);
		int port = url.getPort();
		boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	static Map<String, String> combine(List<Header> headers) {
		Map<String, String> combined = new LinkedHashMap<>();
		for (Header header : headers) {
			combined.merge(header.name().toLowerCase(Locale.ROOT), header.value(), (a, b) -> a + ", " + b);
		}
		return combined;
	}

	private static List<String> splitList(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(",", -1)) {
			items.add(item.strip());
		}
		return items;
	}

	/**
	 * <a href=
	 * "https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte">CORS-unsafe
	 * request-header byte</a>.
	 */
	private static boolean isCorsUnsafeRequestHeaderByte(int c) {
		return (c < 0x20 && c != 0x09) || c == '"' || c == '(' || c == ')' || c == ':' || c == '<' || c == '>'
				|| c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '{' || c == '}' || c == 0x7F;
	}

	/** {@code 0-9 A-Z a-z}, space, {@code * , - . ; =}. */
	private static boolean isLanguageByte(int c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '*'
				|| c == ',' || c == '-' || c == '.' || c == ';' || c == '=';
	}

	private static boolean isTokenChar(int c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
				|| "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
	}

	/**
	 * The essence ({@code type/subtype}, lower case) of a MIME type, or {@code null} when
	 * it does not parse
	 * (<a href="https://mimesniff.spec.whatwg.org/#parse-a-mime-type">parse a MIME
	 * type</a>; parameters do not matter here).
	 */
	private static @Nullable String mimeEssence(String value) {
		String trimmed = value.strip();
		int slash = trimmed.indexOf('/');
		if (slash < 0) {
			return null;
		}
		String type = trimmed.substring(0, slash);
		int semicolon = trimmed.indexOf(';', slash);
		String subtype = ((semicolon < 0) ? trimmed.substring(slash + 1) : trimmed.substring(slash + 1, semicolon))
			.strip();
		if (!isToken(type) || !isToken(subtype)) {
			return null;
		}
		return (type + "/" + subtype).toLowerCase(Locale.ROOT);
	}

}
