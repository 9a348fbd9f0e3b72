package io.github.corsstarter.engine;

import java.util.Iterator;
import java.util.Locale;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.Origin;
import org.jspecify.annotations.Nullable;

/**
 * What the engine reads of a request. An adapter (servlet filter, WebFlux filter, the
 * Actuator dry run) extends it over its own request type; each value is read from the
 * request at most once, and only when a decision needs it, so a request on an uncovered
 * path costs one path read.
 */
public abstract class CorsRequest {

	/**
	 * Most bytes of a preflight's body an adapter reads (and discards) to keep the
	 * connection open for the next request; a longer body is never read.
	 */
	public static final int PREFLIGHT_BODY_LIMIT = 4096;

	/**
	 * Marks a value not read yet; compared by identity, never equal to a real header
	 * value.
	 */
	@SuppressWarnings("StringOperationCanBeSimplified")
	private static final String UNREAD = new String("unread");

	private String path = UNREAD;

	private String method = UNREAD;

	private @Nullable String origin = UNREAD;

	private @Nullable String requestMethod = UNREAD;

	private @Nullable String requestHeaders = UNREAD;

	private @Nullable String fetchSite = UNREAD;

	private @Nullable String ownOrigin = UNREAD;

	/**
	 * The request path within the application (without context path or base path), not
	 * decoded.
	 */
	protected abstract String readPath();

	/** The request method, as sent. */
	protected abstract String readMethod();

	/** The first value of a request header, or {@code null} if it is absent. */
	protected abstract @Nullable String readHeader(String name);

	/** Whether a request header occurs more than once. */
	protected abstract boolean hasSeveralValues(String name);

	/**
	 * Every field line of a request header, combined into one list value (RFC 9110,
	 * section 5.3), or {@code null} if it is absent. Only list-valued headers are read
	 * so. By default the first line: an adapter whose requests may carry several
	 * overrides it, with {@link #combine(Iterator)}.
	 */
	protected @Nullable String readHeaderLines(String name) {
		return readHeader(name);
	}

	/**
	 * Combines a header's field lines in order, separated by a comma, leaving out empty
	 * ones (an empty list element means nothing); once longer than any list the engine
	 * reads ({@link CorsPolicy#MAX_REQUEST_HEADERS_LENGTH}) no more lines are added.
	 * @return the combined value, the first line if every line is empty, or {@code null}
	 * if there is none
	 */
	protected static @Nullable String combine(Iterator<String> lines) {
		String first = null;
		StringBuilder combined = null;
		while (lines.hasNext()) {
			String line = lines.next();
			if (first == null || first.isBlank()) {
				first = line;
			}
			else if (!line.isBlank()) {
				if (combined == null) {
					combined = new StringBuilder(first);
				}
				combined.append(", ").append(line);
				if (combined.length() > CorsPolicy.MAX_REQUEST_HEADERS_LENGTH) {
					break;
				}
			}
		}
		return (combined != null) ? combined.toString() : first;
	}

	public final String path() {
		if (this.path == UNREAD) {
			this.path = readPath();
		}
		return this.path;
	}

	public final String method() {
		if (this.method == UNREAD) {
			this.method = readMethod();
		}
		return this.method;
	}

	/**
	 * The {@code Origin} header, or {@code null}: without it a request is no CORS
	 * request.
	 */
	public final @Nullable String origin() {
		if (this.origin == UNREAD) {
			this.origin = readHeader(CorsHeaders.ORIGIN);
		}
		return this.origin;
	}

	/**
	 * The {@code Access-Control-Request-Method} header: the method a preflight asks
	 * permission for.
	 */
	public final @Nullable String accessControlRequestMethod() {
		if (this.requestMethod == UNREAD) {
			this.requestMethod = readHeader(CorsHeaders.REQUEST_METHOD);
		}
		return this.requestMethod;
	}

	/**
	 * The {@code Access-Control-Request-Headers} header, all its field lines combined:
	 * the headers a preflight asks permission for.
	 */
	public final @Nullable String accessControlRequestHeaders() {
		if (this.requestHeaders == UNREAD) {
			this.requestHeaders = readHeaderLines(CorsHeaders.REQUEST_HEADERS);
		}
		return this.requestHeaders;
	}

	/**
	 * Whether a preflight asks for Private Network Access
	 * ({@code Access-Control-Request-Private-Network: true}).
	 */
	public final boolean asksForPrivateNetwork() {
		return "true".equals(readHeader(CorsHeaders.REQUEST_PRIVATE_NETWORK));
	}

	/**
	 * Whether the request's body, if any, may be longer than
	 * {@link #PREFLIGHT_BODY_LIMIT} bytes: its {@code Content-Length} says so (or is no
	 * number), or it comes in chunks ({@code Transfer-Encoding}), whose length is known
	 * only once read. Browsers send preflights without a body; the adapters read a
	 * preflight's body only up to that limit, and otherwise answer at once and close the
	 * connection.
	 */
	public final boolean mayCarryLongBody() {
		if (readHeader("Transfer-Encoding") != null) {
			return true;
		}
		String length = readHeader("Content-Length");
		if (length == null) {
			return false;
		}
		try {
			return Long.parseLong(length.strip()) > PREFLIGHT_BODY_LIMIT;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	/**
	 * Browsers send one {@code Origin}; several mean a hand-made request that gets no
	 * CORS answer.
	 */
	public final boolean hasSeveralOrigins() {
		return hasSeveralValues(CorsHeaders.ORIGIN);
	}

	/**
	 * The {@code Sec-Fetch-Site} header (Fetch Metadata): how the page that sent the
	 * request relates to this server, as the browser saw it; {@code null} from older
	 * browsers and non-browser clients.
	 */
	public final @Nullable String fetchSite() {
		if (this.fetchSite == UNREAD) {
			this.fetchSite = readHeader(CorsHeaders.SEC_FETCH_SITE);
		}
		return this.fetchSite;
	}

	/**
	 * The request's own origin, as the application sees it (scheme, host and port, after
	 * the stack applied any forwarded headers), serialized as browsers send
	 * {@code Origin}; {@code null} when unknown. Read only by cross-origin protection,
	 * for requests without {@code Sec-Fetch-Site}.
	 */
	public final @Nullable String ownOrigin() {
		if (this.ownOrigin == UNREAD) {
			this.ownOrigin = readOwnOrigin();
		}
		return this.ownOrigin;
	}

	/**
	 * Reads the request's own origin, built with {@link #serializeOrigin}; {@code null}
	 * by default, which no {@code Origin} equals.
	 */
	protected @Nullable String readOwnOrigin() {
		return null;
	}

	/**
	 * An origin serialized as browsers send it (HTML, "serialization of an origin"):
	 * lower case, an IPv6 address in brackets, no default port.
	 * @param port the port, or a negative number when the request named none
	 * @return the origin, or {@code null} when scheme or host is missing
	 */
	protected static @Nullable String serializeOrigin(@Nullable String scheme, @Nullable String host, int port) {
		if (scheme == null || host == null || host.isEmpty()) {
			return null;
		}
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		String lowerHost = host.toLowerCase(Locale.ROOT);
		if (lowerHost.indexOf(':') >= 0 && lowerHost.charAt(0) != '[') {
			lowerHost = "[" + lowerHost + "]";
		}
		boolean defaultPort = port < 0 || port == Origin.defaultPort(lowerScheme);
		return lowerScheme + "://" + lowerHost + (defaultPort ? "" : ":" + port);
	}

	/**
	 * Names the request's server observation ({@code http.server.requests}) after a path
	 * pattern, where the stack keeps one in the request: a preflight is answered before
	 * any handler could name it, so {@link CorsEngine#record} names it after the pattern
	 * that covered it instead of {@code UNKNOWN}. Does nothing by default.
	 */
	protected void nameObservation(String pathPattern) {
	}

}
