package io.github.corsstarter.test;

import java.util.ArrayList;
import java.util.List;

import io.github.corsstarter.test.browser.Header;
import io.github.corsstarter.test.browser.OutgoingRequest;
import io.github.corsstarter.test.browser.ResponseHead;
import io.github.corsstarter.test.browser.Transport;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Sends the browser's requests through {@code MockMvc} or {@code MockMvcTester}. */
final class MockMvcTransport implements Transport {

	private final Performer performer;

	MockMvcTransport(Performer performer) {
		this.performer = performer;
	}

	static Performer performer(MockMvcTester tester) {
		return (request) -> {
			MvcTestResult result = tester.perform(request);
			if (result.getUnresolvedException() != null) {
				throw result.getUnresolvedException();
			}
			return result.getResponse();
		};
	}

	@Override
	public ResponseHead exchange(OutgoingRequest request) {
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()),
				request.url());
		request.headers().forEach((header) -> builder.header(header.name(), header.value()));
		if (request.body() != null) {
			builder.content(request.body());
		}
		MockHttpServletResponse response;
		try {
			response = this.performer.perform(builder);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"The application failed on " + request.method() + " " + request.url() + " before answering: " + ex,
					ex);
		}
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			response.getHeaders(name).forEach((value) -> headers.add(new Header(name, value)));
		}
		return new ResponseHead(response.getStatus(), headers);
	}

	/**
	 * Performs a request: {@code MockMvc::perform}, or through a {@code MockMvcTester}.
	 */
	@FunctionalInterface
	interface Performer {

		MockHttpServletResponse perform(RequestBuilder request) throws Exception;

	}

}
