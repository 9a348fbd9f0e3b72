package io.github.corsstarter.test;

import java.net.URI;
import java.util.Objects;

import io.github.corsstarter.test.browser.BrowserRules;
import io.github.corsstarter.test.browser.CredentialsMode;
import io.github.corsstarter.test.browser.Transport;
import org.jspecify.annotations.Nullable;

/**
 * A page on an origin, about to call the application: {@link #from(String)} says where
 * the page is, {@link #withCredentials()} whether its calls include credentials, and
 * {@link #get(String)}, {@link #put(String)}... start a call.
 */
public final class CorsPage {

	private final URI server;

	private final Transport transport;

	private @Nullable String origin;

	private CredentialsMode credentials = CredentialsMode.SAME_ORIGIN;

	private BrowserRules rules = BrowserRules.FETCH_STANDARD;

	CorsPage(URI server, Transport transport) {
		this.server = server;
		this.transport = transport;
	}

	/**
	 * The page's origin, exactly as browsers send it in {@code Origin}.
	 * @param pageOrigin the origin, such as {@code http://localhost:5173}
	 * @return this page
	 */
	public CorsPage from(String pageOrigin) {
		this.origin = Objects.requireNonNull(pageOrigin, "pageOrigin");
		return this;
	}

	/**
	 * Calls with {@code credentials: 'include'} (cookies, HTTP authentication), which the
	 * server must allow with {@code Access-Control-Allow-Credentials: true} and without
	 * {@code *}.
	 * @return this page
	 */
	public CorsPage withCredentials() {
		this.credentials = CredentialsMode.INCLUDE;
		return this;
	}

	/**
	 * Judges by other rules where browsers differ; the default,
	 * {@link BrowserRules#FETCH_STANDARD}, is the strictest.
	 * @param browserRules the rules
	 * @return this page
	 */
	public CorsPage judgedBy(BrowserRules browserRules) {
		this.rules = Objects.requireNonNull(browserRules, "browserRules");
		return this;
	}

	/**
	 * A {@code GET}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall get(String path) {
		return call("GET", path);
	}

	/**
	 * A {@code HEAD}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall head(String path) {
		return call("HEAD", path);
	}

	/**
	 * A {@code POST}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall post(String path) {
		return call("POST", path);
	}

	/**
	 * A {@code PUT}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall put(String path) {
		return call("PUT", path);
	}

	/**
	 * A {@code PATCH}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall patch(String path) {
		return call("PATCH", path);
	}

	/**
	 * A {@code DELETE}.
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall delete(String path) {
		return call("DELETE", path);
	}

	/**
	 * A call with any method, written as the page's {@code fetch()} would write it
	 * ({@code patch} stays lower case, as browsers send it).
	 * @param method the method
	 * @param path the path, with its query if any
	 * @return the call
	 */
	public CorsCall call(String method, String path) {
		if (this.origin == null) {
			throw new IllegalStateException("Say which origin the page is on first: from(\"http://localhost:5173\")");
		}
		URI url = URI.create(this.server + (path.startsWith("/") ? path : "/" + path));
		return new CorsCall(this.origin, method, url, this.credentials, this.rules, this.transport);
	}

}
