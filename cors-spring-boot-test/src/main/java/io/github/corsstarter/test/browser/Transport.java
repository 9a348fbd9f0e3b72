package io.github.corsstarter.test.browser;

/**
 * Sends what the browser would send and returns the answer's status and headers: a
 * {@code MockMvc}, a {@code WebTestClient}, a real HTTP client or a table of canned
 * answers.
 */
@FunctionalInterface
public interface Transport {

	/**
	 * Sends a request.
	 * @param request the preflight or the actual request
	 * @return the response's status and headers
	 */
	ResponseHead exchange(OutgoingRequest request);

}
