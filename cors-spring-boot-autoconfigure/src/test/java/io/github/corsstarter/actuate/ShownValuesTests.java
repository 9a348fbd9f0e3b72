package io.github.corsstarter.actuate;

import java.time.Instant;
import java.util.List;

import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.PropertyProblem;
import io.github.corsstarter.runtime.ReloadResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reload's report when values are hidden: a failed reload's exception message is
 * hidden, the problems with configured values are shown as the policies are.
 */
class ShownValuesTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void aFailedReloadsMessageIsHiddenAndConfiguredValuesAreShown() {
		PropertyProblem failed = new PropertyProblem(Kind.RELOAD_FAILED, "cors", "", null,
				"Connection refused: jdbc:postgresql://db.internal/cors?password=xyz",
				"see the log for the stack trace");
		PropertyProblem invalid = new PropertyProblem(Kind.MALFORMED_ORIGIN, "cors.policies.api.allowed-origins[0]",
				"https://App.example.com/", "application.yml:5:24", "not an origin as browsers send it",
				"write 'https://app.example.com'");
		ReloadResult reload = new ReloadResult(NOW, ReloadResult.Outcome.REJECTED, List.of(), List.of(failed, invalid),
				List.of("cors.filter.order"));

		ReloadResult hidden = ShownValues.hidden(reload);

		assertThat(hidden.problems()).containsExactly(
				new PropertyProblem(Kind.RELOAD_FAILED, "cors", "", null, "******", "see the log for the stack trace"),
				invalid);
		assertThat(hidden).usingRecursiveComparison().ignoringFields("problems").isEqualTo(reload);
	}

}
