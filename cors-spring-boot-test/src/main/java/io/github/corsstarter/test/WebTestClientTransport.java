package io.github.corsstarter.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.corsstarter.test.browser.Header;
import io.github.corsstarter.test.browser.OutgoingRequest;
import io.github.corsstarter.test.browser.ResponseHead;
import io.github.corsstarter.test.browser.Transport;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sends the browser's requests through a {@code WebTestClient}. */
final class WebTestClientTransport implements Transport {

	private final WebTestClient client;

	WebTestClientTransport(WebTestClient client) {
		this.client = client;
	}

	@Override
	public ResponseHead exchange(OutgoingRequest request) {
		WebTestClient.RequestBodySpec spec = this.client.method(HttpMethod.valueOf(request.method()))
			.uri((builder) -> absolute(
					builder.path(request.url().getRawPath()).replaceQuery(request.url().getRawQuery()).build()))
			.headers((headers) -> request.headers().forEach((header) -> headers.add(header.name(), header.value())));
		WebTestClient.ResponseSpec response = (request.body() != null) ? spec.bodyValue(request.body()).exchange()
				: spec.exchange();
		EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
		List<Header> headers = new ArrayList<>();
		result.getResponseHeaders()
			.forEach((name, values) -> values.forEach((value) -> headers.add(new Header(name, value))));
		return new ResponseHead(result.getStatus().value(), headers);
	}

	/**
	 * The URI resolved against the client's base URL, or, for a client bound to an
	 * application or controller without one, on {@code http://localhost}: WebFlux's CORS
	 * support refuses requests whose URI has no host.
	 */
	private static URI absolute(URI uri) {
		return uri.isAbsolute() ? uri : CorsAssertions.MOCK_SERVER.resolve(uri);
	}

}
