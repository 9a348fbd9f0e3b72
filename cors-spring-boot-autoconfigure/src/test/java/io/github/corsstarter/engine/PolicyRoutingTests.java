package io.github.corsstarter.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.corsstarter.policy.CorsPolicy;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import io.github.corsstarter.testing.PolicySpecs;
import io.github.corsstarter.testing.PolicySpecs.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.corsstarter.testing.PolicySpecs.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PolicyRoutingTests {

	private static final List<PolicySpecs> SPECS = List.of(spec("everything", "/**"), spec("api", "/api/**"),
			spec("admin", "/api/admin/**"), spec("note", "/api/notes/{id}"), spec("exact", "/api/notes/export"),
			spec("files", "/files/*.pdf"));

	static Stream<Arguments> paths() {
		return Stream.of(Arguments.of("/", "everything"), Arguments.of("/index.html", "everything"),
				Arguments.of("/api", "api"), Arguments.of("/api/", "api"), Arguments.of("/api/things/1", "api"),
				Arguments.of("/apix", "everything"), Arguments.of("/api/admin", "admin"),
				Arguments.of("/api/admin/users/1", "admin"), Arguments.of("/api/notes/7", "note"),
				Arguments.of("/api/notes/export", "exact"), Arguments.of("/api/notes/export/", "api"),
				Arguments.of("/files/a.pdf", "files"), Arguments.of("/files/a.txt", "everything"),
				Arguments.of("/api/admin;jsessionid=1/users", "admin"), Arguments.of("/api/%61dmin/users", "admin"),
				Arguments.of("/API/admin", "everything"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("paths")
	void mostSpecificPatternWinsWhateverTheDeclarationOrder(String path, String expected) {
		List<PolicySpecs> reversed = new ArrayList<>(SPECS);
		Collections.reverse(reversed);
		assertThat(compile(SPECS).policyFor(path)).map(CorsPolicy::name).hasValue(expected);
		assertThat(compile(reversed).policyFor(path)).map(CorsPolicy::name).hasValue(expected);
	}

	@Test
	void pathsNoPatternCoversHaveNoPolicy() {
		CompiledCorsConfiguration configuration = compile(List.of(spec("api", "/api/**")));
		assertThat(configuration.policyFor("/other")).isEmpty();
		assertThat(configuration.policyFor("")).isEmpty();
		assertThat(configuration.policyFor("/ap")).isEmpty();
	}

	@Test
	void findsTheRightPolicyAmongAHundred() {
		CompiledCorsConfiguration configuration = compile(
				IntStream.range(0, 100).mapToObj((i) -> spec("p" + i, "/svc" + i + "/**")).toList());
		assertThat(IntStream.range(0, 100))
			.allSatisfy((i) -> assertThat(configuration.policyFor("/svc" + i + "/items/1")).map(CorsPolicy::name)
				.hasValue("p" + i));
	}

	@Test
	void samePatternInTwoPoliciesIsAnError() {
		Compilation compilation = PolicySpecs.compilation(spec("one", "/api/**"), spec("two", "/api/**"));
		assertThat(compilation.configuration()).isEmpty();
		assertThat(compilation.errors()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_PATH_PATTERN);
			assertThat(problem.policy()).isEqualTo("two");
			assertThat(problem.settingKey()).isEqualTo("path-patterns[0]");
			assertThat(problem.reason()).isEqualTo("policy 'one' already covers this path pattern");
		});
	}

	@Test
	void invalidPathPatternsAreReportedWithThePolicyProblems() {
		Compilation compilation = PolicySpecs
			.compilation(named("bad").pathPatterns("/api/{id", "api/**").allowedOrigins("https://a.com/"));
		assertThat(compilation.errors())
			.extracting(ConfigurationProblem::kind, ConfigurationProblem::setting, ConfigurationProblem::index)
			.containsExactlyInAnyOrder(tuple(Kind.MALFORMED_PATH_PATTERN, PolicySetting.PATH_PATTERNS, 0),
					tuple(Kind.MALFORMED_PATH_PATTERN, PolicySetting.PATH_PATTERNS, 1),
					tuple(Kind.MALFORMED_ORIGIN, PolicySetting.ALLOWED_ORIGINS, 0));
		assertThat(compilation.errors()).filteredOn((p) -> p.value().equals("api/**"))
			.singleElement()
			.extracting(ConfigurationProblem::fix)
			.isEqualTo("write '/api/**'");
	}

	private static CompiledCorsConfiguration compile(List<PolicySpecs> specs) {
		return PolicySpecs.compile(specs.toArray(PolicySpecs[]::new));
	}

	private static PolicySpecs spec(String name, String pattern) {
		return named(name).pathPatterns(pattern).allowedOrigins("https://" + name + ".example");
	}

}
