package io.github.corsstarter.test;

import java.net.URI;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Entry points of the CORS assertions, one per way of reaching the application. Each
 * returns a {@link CorsPage}: say which origin the page is on, then which call it makes,
 * then what the browser should do:
 *
 * <pre class="code">
 * assertThatCors(mvc).from("http://localhost:5173")
 *     .withCredentials()
 *     .put("/api/notes/1")
 *     .header("Authorization", "Bearer x")
 *     .isAllowed()
 *     .canRead("X-Total-Count");
 * </pre>
 */
public final class CorsAssertions {

	/** The origin of the server as {@code MockMvc} and {@code WebTestClient} see it. */
	static final URI MOCK_SERVER = URI.create("http://localhost");

	private CorsAssertions() {
	}

	/**
	 * Calls through a {@code MockMvc}.
	 * @param mvc the application's {@code MockMvc}
	 * @return the page whose calls are checked
	 */
	public static CorsPage assertThatCors(MockMvc mvc) {
		return new CorsPage(MOCK_SERVER,
				new MockMvcTransport((request) -> mvc.perform(request).andReturn().getResponse()));
	}

	/**
	 * Calls through a {@code MockMvcTester}.
	 * @param mvc the application's {@code MockMvcTester}
	 * @return the page whose calls are checked
	 */
	public static CorsPage assertThatCors(MockMvcTester mvc) {
		return new CorsPage(MOCK_SERVER, new MockMvcTransport(MockMvcTransport.performer(mvc)));
	}

	/**
	 * Calls through a {@code WebTestClient}, bound to an application, a controller or a
	 * running server; paths are resolved against the client's base URL.
	 * @param client the client
	 * @return the page whose calls are checked
	 */
	public static CorsPage assertThatCors(WebTestClient client) {
		return new CorsPage(MOCK_SERVER, new WebTestClientTransport(client));
	}

	/**
	 * Calls a running server over HTTP ({@code @SpringBootTest(webEnvironment =
	 * RANDOM_PORT)} with {@code "http://localhost:" + port}).
	 * @param baseUrl the server's base URL, such as {@code http://localhost:8080}
	 * @return the page whose calls are checked
	 */
	public static CorsPage assertThatCors(String baseUrl) {
		URI base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
		return new CorsPage(base, new HttpClientTransport());
	}

}
