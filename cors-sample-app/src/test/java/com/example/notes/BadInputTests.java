package com.example.notes;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputTests extends ApiIntegrationTest {

	/**
	 * Every mistake a client can make with a well-formed HTTP request. Bodies use
	 * {@code '} for JSON's double quotes to keep the table readable; writes carry a valid
	 * token so that only the input is wrong.
	 */
	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					GET    | /api/notes/999999 |                        | 404 | Note 999999 does not exist
					PUT    | /api/notes/999999 | {'text':'x'}           | 404 | Note 999999 does not exist
					DELETE | /api/notes/999999 |                        | 404 | Note 999999 does not exist
					GET    | /api/notes/abc    |                        | 400 | Failed to convert 'id' with value: 'abc'
					POST   | /api/notes        | {'text':               | 400 | not valid JSON
					POST   | /api/notes        | null                   | 400 | not valid JSON
					POST   | /api/notes        | {'text':'   '}         | 400 | text: must not be blank
					POST   | /api/notes        | {}                     | 400 | text: must not be blank
					PUT    | /api/notes/1      | {'text':''}            | 400 | text: must not be blank
					POST   | /api/auth/token   | {'username':''}        | 400 | password: must not be blank; username: must not be blank
					POST   | /api/auth/token   | [1, 2]                 | 400 | not valid JSON
					""")
	void badInputGetsAClearClientErrorProblem(String method, String path, String body, int status, String detail) {
		ApiClient.Call call = this.api.call(method, path).bearer(demoUserToken());
		if (body != null) {
			call.json(body.replace('\'', '"'));
		}

		HttpResponse<String> response = call.send();

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains(detail);
	}

	@ParameterizedTest(name = "{0} characters -> {1}")
	@CsvSource({ "500, 201", "501, 400" })
	void textLongerThanTheColumnIsRefusedBeforeTheDatabaseSeesIt(int length, int status) {
		HttpResponse<String> response = this.api.call("POST", "/api/notes").json(jsonNote("n".repeat(length))).send();

		assertThat(response.statusCode()).isEqualTo(status);
	}

	/**
	 * Form and text bodies are what a page may send cross-origin without a preflight;
	 * they never create a note.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded" })
	void bodyThatIsNotJsonIsRefusedWithUnsupportedMediaType(String contentType) {
		HttpResponse<String> response = this.api.call("POST", "/api/notes").body(contentType, "text=sneaky").send();

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(json(response).get("detail").asString()).contains(contentType);
	}

}
