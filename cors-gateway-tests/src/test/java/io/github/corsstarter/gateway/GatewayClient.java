package io.github.corsstarter.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Plain HTTP requests to a running gateway, as a browser's would arrive, for the gateway
 * tests of both variants.
 */
public final class GatewayClient {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	public GatewayClient(ConfigurableApplicationContext gateway) {
		this.port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
	}

	/** Sends a request; {@code headers} are name/value pairs. */
	public HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every {@code Access-Control-*} header, {@code Timing-Allow-Origin} and {@code Vary}
	 * of a response, by lower-case name, each field's values joined in order, so that a
	 * duplicate shows as a second value.
	 */
	public static Map<String, String> corsHeaders(HttpResponse<String> response) {
		Map<String, String> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.startsWith("access-control-") || name.equals("timing-allow-origin") || name.equals("vary")) {
				headers.put(name, String.join(", ", values));
			}
		});
		return headers;
	}

}
