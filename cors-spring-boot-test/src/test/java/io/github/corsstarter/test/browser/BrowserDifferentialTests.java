package io.github.corsstarter.test.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.corsstarter.test.browser.DifferentialCases.Case;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The model checked against a real browser: every generated case is fetched by Debian's
 * Chromium (driven by Playwright) from a page on one loopback origin to a test server on
 * another, and what Chromium did is compared with the model's verdict: whether a
 * preflight reached the server and with which {@code Access-Control-Request-*} headers,
 * whether the actual request reached it, whether {@code fetch()} resolved, which response
 * headers the page could read, and the console message of each refusal. The line
 * {@code browser-verdict: N agreed, M disagreed} goes to
 * {@code target/browser-verdict.txt} (scripts/test-all.sh prints it), each disagreement
 * to {@code target/browser-verdict-disagreements.txt}.
 */
class BrowserDifferentialTests {

	private static final int MINIMUM_CASES = 300;

	private static final Pattern BLOCKED = Pattern
		.compile("^Access to fetch at '[^']*/case/(\\d+)' from origin '[^']*' has been blocked by CORS policy: .*$");

	private static final Path VERDICT = Paths.get("target", "browser-verdict.txt");

	private static final Path DISAGREEMENTS = Paths.get("target", "browser-verdict-disagreements.txt");

	@Test
	void modelAgreesWithChromiumOnEveryCase() throws Exception {
		// Deleted first, so a skipped run leaves no earlier verdict for
		// scripts/test-all.sh to print.
		Files.deleteIfExists(VERDICT);
		Path chromium = chromium();
		assumeTrue(chromium != null, "No Chromium: set CHROMIUM_PATH or install /usr/bin/chromium "
				+ "(scripts/test-all.sh does both); the browser differential is skipped");
		long started = System.nanoTime();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		HttpServer page = server(threads);
		HttpServer api = server(threads);
		try {
			page.createContext("/", BrowserDifferentialTests::servePage);
			String origin = "http://127.0.0.1:" + page.getAddress().getPort();
			String apiBase = "http://127.0.0.1:" + api.getAddress().getPort();
			List<Case> cases = DifferentialCases.generate(origin, apiBase);
			ServerLog log = new ServerLog();
			api.createContext("/case/", (exchange) -> log.answer(exchange, cases));
			page.start();
			api.start();
			Map<Integer, BrowserResult> results = runInChromium(chromium, origin, cases);
			List<String> disagreements = new ArrayList<>();
			for (Case c : cases) {
				CorsVerdict verdict = BrowserCors.fetch(c.request(), (request) -> ServerLog.asSent(c, request),
						BrowserRules.CHROMIUM);
				String difference = difference(verdict, results.get(c.id()), log, c.id());
				if (difference != null) {
					disagreements.add("#" + c.id() + " " + c.description() + ": " + difference);
				}
				CorsVerdict standard = BrowserCors.fetch(c.request(), (request) -> ServerLog.asSent(c, request));
				if (standard.isAllowed() != verdict.isAllowed() && !isAuthorizationUnderWildcard(c)) {
					disagreements.add("#" + c.id() + " " + c.description()
							+ ": the standard's rules and Chromium's differ beyond Authorization under '*'");
				}
			}
			int agreed = cases.size() - disagreements.size();
			String line = "browser-verdict: " + agreed + " agreed, " + disagreements.size() + " disagreed";
			Files.createDirectories(VERDICT.getParent());
			Files.writeString(DISAGREEMENTS, String.join("\n", disagreements) + "\n");
			Files.writeString(VERDICT, line + "\n");
			System.out.println(line + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(disagreements).as("cases where Chromium and the model disagree (%s), the first 20 of them", line)
				.isEmpty();
			assertThat(agreed).as("cases agreed").isGreaterThanOrEqualTo(MINIMUM_CASES);
		}
		finally {
			page.stop(0);
			api.stop(0);
			threads.shutdownNow();
		}
	}

	/**
	 * The one place {@link BrowserRules#FETCH_STANDARD} and {@link BrowserRules#CHROMIUM}
	 * may differ: {@code Authorization} allowed only by a {@code *}, without credentials.
	 */
	private static boolean isAuthorizationUnderWildcard(Case c) {
		String allowHeaders = c.preflightResponse().combined("Access-Control-Allow-Headers");
		return !c.request().includesCredentials() && allowHeaders != null && allowHeaders.contains("*")
				&& !allowHeaders.toLowerCase(java.util.Locale.ROOT).contains("authorization")
				&& c.request().headers().stream().anyMatch((header) -> header.hasName("Authorization"));
	}

	private static @Nullable Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path path = Paths.get((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium");
		return Files.isExecutable(path) ? path : null;
	}

	private static HttpServer server(ExecutorService threads) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(threads);
		return server;
	}

	private static Map<Integer, BrowserResult> runInChromium(Path chromium, String origin, List<Case> cases) {
		Map<Integer, BrowserResult> results = new ConcurrentHashMap<>();
		Map<Integer, String> console = new ConcurrentHashMap<>();
		// PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: Playwright never downloads a browser;
		// Debian's runs.
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync")));
			Page page = browser.newPage();
			page.onConsoleMessage((message) -> {
				Matcher matcher = BLOCKED.matcher(message.text());
				if (matcher.matches()) {
					console.put(Integer.valueOf(matcher.group(1)), message.text());
				}
			});
			page.navigate(origin + "/");
			int batch = 100;
			for (int from = 0; from < cases.size(); from += batch) {
				List<Map<String, Object>> calls = cases.subList(from, Math.min(cases.size(), from + batch))
					.stream()
					.map(BrowserDifferentialTests::call)
					.toList();
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> outcomes = (List<Map<String, Object>>) page.evaluate(FETCH_ALL, calls);
				for (Map<String, Object> outcome : outcomes) {
					int id = ((Number) outcome.get("id")).intValue();
					@SuppressWarnings("unchecked")
					List<String> names = (List<String>) outcome.get("names");
					results.put(id, new BrowserResult(Boolean.TRUE.equals(outcome.get("resolved")),
							new TreeSet<>(names), (String) outcome.get("error")));
				}
			}
			long blocked = results.values().stream().filter((result) -> !result.resolved()).count();
			for (int i = 0; i < 50 && console.size() < blocked; i++) {
				page.waitForTimeout(20);
			}
			browser.close();
		}
		console.forEach((id, text) -> results.computeIfPresent(id, (key, result) -> result.withConsole(text)));
		return results;
	}

	/** Runs the page's fetches in parallel and reports how each ended. */
	private static final String FETCH_ALL = """
			async (calls) => Promise.all(calls.map(async (call) => {
			  const headers = new Headers();
			  for (const [name, value] of call.headers) headers.append(name, value);
			  const init = { method: call.method, headers, credentials: call.credentials, cache: 'no-store' };
			  if (call.body !== null) init.body = call.body;
			  try {
			    const response = await fetch(call.url, init);
			    await response.arrayBuffer();
			    return { id: call.id, resolved: true, names: [...response.headers.keys()], error: null };
			  } catch (e) {
			    return { id: call.id, resolved: false, names: [], error: String(e) };
			  }
			}))
			""";

	private static Map<String, Object> call(Case c) {
		CorsRequest request = c.request();
		List<List<String>> headers = request.headers()
			.stream()
			.map((header) -> List.of(header.name(), header.value()))
			.toList();
		Map<String, Object> call = new java.util.HashMap<>();
		call.put("id", c.id());
		call.put("url", request.url().toString());
		call.put("method", request.method());
		call.put("headers", headers);
		call.put("credentials", request.credentials().fetchValue());
		call.put("body", request.body());
		return call;
	}

	private static @Nullable String difference(CorsVerdict model, @Nullable BrowserResult browser, ServerLog log,
			int id) {
		if (browser == null) {
			return "no result from the browser";
		}
		List<String> differences = new ArrayList<>();
		Received preflight = log.preflights.get(id);
		if (model.isPreflighted() != (preflight != null)) {
			differences.add("preflight: model " + model.isPreflighted() + ", Chromium " + (preflight != null));
		}
		else if (preflight != null && model.preflight() != null) {
			compare(differences, "Access-Control-Request-Method",
					model.preflight().header("Access-Control-Request-Method"), preflight.requestMethod());
			compare(differences, "Access-Control-Request-Headers",
					model.preflight().header("Access-Control-Request-Headers"), preflight.requestHeaders());
		}
		Received actual = log.actuals.get(id);
		if ((model.actualRequest() != null) != (actual != null)) {
			differences.add(
					"actual request sent: model " + (model.actualRequest() != null) + ", Chromium " + (actual != null));
		}
		else if (actual != null && model.actualRequest() != null) {
			compare(differences, "method", model.actualRequest().method(), actual.method());
		}
		if (model.isAllowed() != browser.resolved()) {
			differences.add("allowed: model " + model.isAllowed() + ", Chromium " + browser.resolved() + " ("
					+ browser.error() + ")");
		}
		else if (model.isAllowed() && !new TreeSet<>(model.readableHeaders()).equals(browser.readable())) {
			differences.add("readable headers: model " + new TreeSet<>(model.readableHeaders()) + ", Chromium "
					+ browser.readable());
		}
		else if (!model.isAllowed()) {
			String expected = model.refusal().consoleMessage(model.request());
			if (!expected.equals(browser.console())) {
				differences.add("message: model \"" + expected + "\", Chromium \"" + browser.console() + "\"");
			}
		}
		return differences.isEmpty() ? null : String.join("; ", differences);
	}

	private static void compare(List<String> differences, String what, @Nullable String model,
			@Nullable String browser) {
		if (!Objects.equals(model, browser)) {
			differences.add(what + ": model " + model + ", Chromium " + browser);
		}
	}

	/** What the page learned from one {@code fetch()}. */
	record BrowserResult(boolean resolved, Set<String> readable, @Nullable String error, @Nullable String console) {

		BrowserResult(boolean resolved, Set<String> readable, @Nullable String error) {
			this(resolved, readable, error, null);
		}

		BrowserResult withConsole(String text) {
			return new BrowserResult(this.resolved, this.readable, this.error, text);
		}

	}

	/** What reached the API server for one case. */
	record Received(String method, @Nullable String requestMethod, @Nullable String requestHeaders) {

	}

	/** The API server: answers each case's requests and remembers what reached it. */
	static final class ServerLog {

		final Map<Integer, Received> preflights = new ConcurrentHashMap<>();

		final Map<Integer, Received> actuals = new ConcurrentHashMap<>();

		void answer(HttpExchange exchange, List<Case> cases) throws IOException {
			try (exchange; InputStream body = exchange.getRequestBody()) {
				body.readAllBytes();
				String path = exchange.getRequestURI().getPath();
				int id = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
				Case c = cases.get(id);
				String method = exchange.getRequestMethod();
				String requestMethod = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
				Received received = new Received(method, requestMethod,
						exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers"));
				boolean preflight = "OPTIONS".equals(method) && requestMethod != null;
				(preflight ? this.preflights : this.actuals).put(id, received);
				ResponseHead head = preflight ? c.preflightResponse() : c.actualResponse();
				head.headers().forEach((header) -> exchange.getResponseHeaders().add(header.name(), header.value()));
				byte[] content = preflight ? new byte[0] : "ok".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(head.status(), (content.length == 0) ? -1 : content.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(content);
				}
			}
		}

		/**
		 * The case's answer as the browser receives it: the JDK server adds {@code Date},
		 * and {@code Content-Length} to the actual response, which has a body.
		 */
		static ResponseHead asSent(Case c, OutgoingRequest request) {
			if (request.isPreflight()) {
				return c.preflightResponse();
			}
			List<Header> headers = new ArrayList<>(c.actualResponse().headers());
			headers.add(new Header("Date", "Thu, 01 Jan 2026 00:00:00 GMT"));
			headers.add(new Header("Content-Length", "2"));
			return new ResponseHead(c.actualResponse().status(), headers);
		}

	}

	private static void servePage(HttpExchange exchange) throws IOException {
		byte[] page = "<!doctype html><title>CORS differential</title>".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, page.length);
		try (exchange; OutputStream out = exchange.getResponseBody()) {
			out.write(page);
		}
	}

}
