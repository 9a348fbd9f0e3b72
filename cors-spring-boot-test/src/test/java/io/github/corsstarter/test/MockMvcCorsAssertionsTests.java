package io.github.corsstarter.test;

import io.github.corsstarter.test.browser.BrowserRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static io.github.corsstarter.test.CorsAssertions.assertThatCors;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The assertions through {@code MockMvc}, against Spring MVC's own CORS support: each
 * assertion passes where the configuration allows and fails, with the browser's reason,
 * where it does not.
 */
class MockMvcCorsAssertionsTests {

	private static final String CLIENT = NotesController.CLIENT;

	private static final String STRANGER = "http://localhost:3000";

	private final MockMvc mvc = mockMvc();

	@Test
	void putWithAuthorizationFromTheAllowedOriginIsAllowedAndReadsTheExposedHeader() {
		assertThatCors(this.mvc).from(CLIENT)
			.withCredentials()
			.put("/api/notes/1")
			.header("Authorization", "Bearer x")
			.contentType("application/json")
			.body("{}")
			.isPreflighted()
			.isAllowed()
			.canRead("X-Total-Count", "Content-Type")
			.cannotRead("X-Hidden");
	}

	@Test
	void isAllowedFailsWithTheBrowsersReasonForAnOriginThatIsNotAllowed() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER).put("/api/notes/1").isAllowed())
			.withMessageContaining("Expected the browser to let the page read the response to PUT /api/notes/1 from "
					+ STRANGER + ", but it blocks it:")
			.withMessageContaining("Response to preflight request doesn't pass access control check: "
					+ "No 'Access-Control-Allow-Origin' header is present on the requested resource.")
			.withMessageContaining("Fix on the server: answer the preflight (OPTIONS /api/notes/1) with "
					+ "Access-Control-Allow-Origin: " + STRANGER)
			.withMessageContaining("Preflight answered:\n  403");
	}

	@Test
	void originThatIsNotAllowedIsBlockedAtThePreflight() {
		assertThatCors(this.mvc).from(STRANGER)
			.put("/api/notes/1")
			.isBlocked()
			.atPreflight()
			.because("No 'Access-Control-Allow-Origin' header is present");
	}

	@Test
	void isBlockedFailsWhenThePageReadsTheResponse() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").isBlocked())
			.withMessageContaining("Expected the browser to block GET /api/notes/1 from " + CLIENT
					+ ", but the page reads the response (status 200)");
	}

	@Test
	void becauseFailsOnAnotherReason() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER)
				.put("/api/notes/1")
				.isBlocked()
				.because("Method PUT is not allowed"))
			.withMessageContaining("to be blocked because of \"Method PUT is not allowed\", but the reason is: "
					+ "Response to preflight request doesn't pass access control check");
	}

	@Test
	void simpleGetFromAStrangerIsSentAndBlockedAtTheResponse() {
		assertThatCors(this.mvc).from(STRANGER)
			.get("/api/notes/1")
			.isNotPreflighted()
			.isBlocked()
			.atResponse()
			.because("No 'Access-Control-Allow-Origin' header is present on the requested resource.");
	}

	@Test
	void atPreflightFailsWhenTheResponseWasRefused() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER).get("/api/notes/1").isBlocked().atPreflight())
			.withMessageContaining("to be blocked by the preflight's answer, but it is blocked at response");
	}

	@Test
	void atResponseFailsWhenThePreflightRefused() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER).put("/api/notes/1").isBlocked().atResponse())
			.withMessageContaining("to be blocked by the actual response, but it is blocked at preflight");
	}

	@Test
	void isPreflightedFailsForASimpleGet() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").isPreflighted())
			.withMessageContaining("Expected the browser to send a preflight before GET /api/notes/1");
	}

	@Test
	void isNotPreflightedFailsForAJsonPost() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT)
				.post("/api/notes/1")
				.contentType("application/json")
				.isNotPreflighted())
			.withMessageContaining("without a preflight, but it sends one")
			.withMessageContaining("Access-Control-Request-Headers: content-type");
	}

	@Test
	void canReadFailsForAHeaderThatIsNotExposed() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").canRead("X-Hidden"))
			.withMessageContaining("Expected the page to read the X-Hidden header of the response to GET /api/notes/1"
					+ " from " + CLIENT + ", but it is not exposed: list X-Hidden in Access-Control-Expose-Headers "
					+ "(it was 'X-Total-Count')");
	}

	@Test
	void canReadFailsForAHeaderTheResponseDoesNotHave() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").canRead("Location"))
			.withMessageContaining("but the response has no Location header");
	}

	@Test
	void canReadFailsWhenTheResponseIsBlocked() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(STRANGER).get("/api/notes/1").canRead("X-Total-Count"))
			.withMessageContaining("but it blocks it:\nNo 'Access-Control-Allow-Origin' header");
	}

	@Test
	void cannotReadFailsForAnExposedHeader() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").cannotRead("X-Total-Count"))
			.withMessageContaining("Expected the page not to read the X-Total-Count header")
			.withMessageContaining("but it can: it is exposed");
	}

	@Test
	void wildcardOriginServesPagesWithoutCredentialsOnly() {
		assertThatCors(this.mvc).from(STRANGER).get("/public/info").isAllowed().cannotRead("X-Total-Count");
		assertThatCors(this.mvc).from(STRANGER)
			.withCredentials()
			.get("/public/info")
			.isBlocked()
			.because("must not be the wildcard '*' when the request's credentials mode is 'include'");
	}

	@ParameterizedTest(name = "{0} {1} with [{2}] from {3}, credentials {4}: {5}")
	@CsvSource(delimiter = '|',
			textBlock = """
					GET    | /api/notes/1       |                  | http://localhost:5173 | include | allowed
					PUT    | /api/notes/1       | Authorization    | http://localhost:5173 | include | allowed
					DELETE | /api/notes/1       |                  | http://localhost:5173 | omit    | allowed
					PATCH  | /api/notes/1       |                  | http://localhost:5173 | omit    | Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header
					PUT    | /api/notes/1       | X-Custom         | http://localhost:5173 | omit    | Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header
					PUT    | /api/notes/1       | Authorization    | http://localhost:3000 | include | Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header
					PUT    | /internal/settings |                  | http://localhost:5173 | omit    | Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header
					GET    | /public/info       | X-Requested-With | http://localhost:3000 | omit    | allowed
					GET    | /public/info       |                  | http://localhost:3000 | include | The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.
					PUT    | /legacy/notes/1    | X-Custom         | http://localhost:5173 | omit    | allowed
					PATCH  | /legacy/notes/1    |                  | http://localhost:5173 | omit    | Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.
					PUT    | /legacy/notes/1    | Authorization    | http://localhost:5173 | omit    | Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.
					PUT    | /legacy/notes/1    | X-Custom         | http://localhost:5173 | include | Response to preflight request doesn't pass access control check: The value of the 'Access-Control-Allow-Credentials' header in the response is '' which must be 'true'
					GET    | /legacy/notes/1    |                  | http://localhost:3000 | omit    | The 'Access-Control-Allow-Origin' header has a value 'http://localhost:5173' that is not equal to the supplied origin.
					""")
	void verdictTable(String method, String path, String header, String origin, String credentials, String expected) {
		CorsPage page = assertThatCors(this.mvc).from(origin);
		if ("include".equals(credentials)) {
			page.withCredentials();
		}
		CorsCall call = page.call(method, path);
		if (header != null) {
			call.header(header, "x");
		}
		if ("allowed".equals(expected)) {
			call.isAllowed();
		}
		else {
			call.isBlocked().because(expected);
		}
	}

	@Test
	void authorizationUnderTheWildcardPassesOnlyInChromium() {
		assertThatCors(this.mvc).from(CLIENT)
			.judgedBy(BrowserRules.CHROMIUM)
			.put("/legacy/notes/1")
			.header("Authorization", "Bearer x")
			.isAllowed();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThatCors(this.mvc).from(CLIENT)
				.put("/legacy/notes/1")
				.header("Authorization", "Bearer x")
				.isAllowed())
			.withMessageContaining("Fix on the server: list Authorization in Access-Control-Allow-Headers "
					+ "(it was '*'): '*' never covers Authorization");
	}

	@Test
	void theCallCannotChangeOnceSent() {
		CorsCall call = assertThatCors(this.mvc).from(CLIENT).get("/api/notes/1").isAllowed();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> call.header("X-Late", "1"))
			.withMessage("The call was already sent: describe it before the first assertion");
	}

	static MockMvc mockMvc() {
		AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.register(MvcApplication.class);
		context.refresh();
		return MockMvcBuilders.webAppContextSetup(context).addFilters(new LegacyCorsFilter()).build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@Import(NotesController.class)
	static class MvcApplication implements WebMvcConfigurer {

		@Override
		public void addCorsMappings(CorsRegistry registry) {
			registry.addMapping("/api/**").combine(NotesController.apiPolicy());
		}

	}

}
