package io.github.corsstarter.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code cors.*} value that cannot be read is reported under its key with what was
 * expected, the innermost cause's message and what to write; unknown keys follow, sorted.
 */
class PropertyProblemsTests {

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			value = {
					"cors.policies.api.max-age|ten|cannot be read as a duration: 'ten' is not a valid duration"
							+ "|write a duration such as 30m or 1h, or a number of seconds",
					"cors.policies.api.allow-credentials|maybe|cannot be read as true or false: "
							+ "Invalid boolean value 'maybe'|write true or false",
					"cors.policies.api.origin-resolver.cache-size|many|cannot be read as a whole number: "
							+ "For input string: \"many\"|write a whole number, such as -101" })
	void reportsAValueThatCannotBeReadWithTheInnermostCause(String key, String value, String reason, String fix) {
		CorsPropertiesBinder.Bound bound = CorsPropertiesBinder
			.bind(new MockEnvironment().withProperty(key, value).withProperty("cors.policies.api.max-ages", "1"));
		assertThat(bound.problems()).hasSize(2);
		assertThat(bound.problems().get(0)).satisfies((problem) -> {
			assertThat(problem.property()).isEqualTo(key);
			assertThat(problem.value()).isEqualTo(value);
			assertThat(problem.reason()).isEqualTo(reason);
			assertThat(problem.fix()).isEqualTo(fix);
		});
		assertThat(bound.problems().get(1).property()).isEqualTo("cors.policies.api.max-ages");
	}

	@Test
	void reportsUnknownKeysSortedByName() {
		CorsPropertiesBinder.Bound bound = CorsPropertiesBinder
			.bind(new MockEnvironment().withProperty("cors.policies.b.zz", "1")
				.withProperty("cors.policies.a.allowed-origin", "https://a.example")
				.withProperty("cors.policies.b.allowed-methds", "GET")
				.withProperty("cors.enabeld", "true"));
		assertThat(bound.problems()).extracting(PropertyProblem::property)
			.containsExactly("cors.enabeld", "cors.policies.a.allowed-origin", "cors.policies.b.allowed-methds",
					"cors.policies.b.zz");
		assertThat(bound.problems().get(0).fix()).isEqualTo("did you mean cors.enabled?");
	}

}
