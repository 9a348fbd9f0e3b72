package io.github.corsstarter.actuate;

import java.util.List;

import io.github.corsstarter.actuate.RecentRejections.Rejection;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.runtime.OriginSourceStatus;
import io.github.corsstarter.runtime.PropertyProblem;
import io.github.corsstarter.runtime.ReloadResult;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;

/**
 * What the report hides when values are not shown, as Spring Boot's {@code env} endpoint
 * hides property values: the value becomes {@code ******}, its key stays and a missing
 * value stays {@code null}, so the JSON keeps its shape. Hidden is what the application's
 * data or its callers wrote, which may carry secrets: error messages of origin sources,
 * origin resolvers and a failed reload, a source's entries, and the origin, method, path
 * and explanation of a rejected request. What the {@code cors.requests} metric publishes
 * (policy, kind, reason), counts, times and the configuration itself stay: they are the
 * configuration in force and its effects, what the endpoint is for.
 */
final class ShownValues {

	static final String HIDDEN = SanitizableData.SANITIZED_VALUE;

	private ShownValues() {
	}

	static OriginSourceStatus hidden(OriginSourceStatus source) {
		List<ListedOrigins.Rejected> rejected = source.rejected()
			.stream()
			.map((entry) -> new ListedOrigins.Rejected(HIDDEN, HIDDEN, HIDDEN))
			.toList();
		return new OriginSourceStatus(source.name(), source.origins(), rejected, source.lastSuccess(),
				source.lastFailure(), hidden(source.lastError()), source.failures());
	}

	static Rejection hidden(Rejection rejection) {
		return new Rejection(rejection.time(), rejection.policy(), rejection.kind(), hidden(rejection.origin()),
				hidden(rejection.method()), hidden(rejection.path()), rejection.reason(),
				hidden(rejection.explanation()));
	}

	/**
	 * A reload's problems name configured properties and values, shown as the policies
	 * are; a failed reload's reason is an exception's message.
	 */
	static ReloadResult hidden(ReloadResult reload) {
		List<PropertyProblem> problems = reload.problems()
			.stream()
			.map((problem) -> (problem.kind() != Kind.RELOAD_FAILED) ? problem
					: new PropertyProblem(problem.kind(), problem.property(), problem.value(), problem.origin(), HIDDEN,
							problem.fix()))
			.toList();
		return new ReloadResult(reload.time(), reload.outcome(), reload.changes(), problems, reload.restartRequired());
	}

	private static @Nullable String hidden(@Nullable String value) {
		return (value != null) ? HIDDEN : null;
	}

}
