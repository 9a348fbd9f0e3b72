package io.github.corsstarter.test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.corsstarter.test.browser.Header;
import io.github.corsstarter.test.browser.OutgoingRequest;
import io.github.corsstarter.test.browser.ResponseHead;
import io.github.corsstarter.test.browser.Transport;

/** Sends the browser's requests to a running server with the JDK's HTTP client. */
final class HttpClientTransport implements Transport {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(TIMEOUT)
		.build();

	@Override
	public ResponseHead exchange(OutgoingRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
			.timeout(TIMEOUT)
			.method(request.method(),
					(request.body() != null) ? BodyPublishers.ofString(request.body()) : BodyPublishers.noBody());
		request.headers().forEach((header) -> builder.header(header.name(), header.value()));
		try {
			HttpResponse<Void> response = this.client.send(builder.build(), BodyHandlers.discarding());
			List<Header> headers = new ArrayList<>();
			response.headers()
				.map()
				.forEach((name, values) -> values.forEach((value) -> headers.add(new Header(name, value))));
			return new ResponseHead(response.statusCode(), headers);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + request.url() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling " + request.url(), ex);
		}
	}

}
