package io.github.corsstarter.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.corsstarter.policy.ConfigurationProblem;
import io.github.corsstarter.policy.ConfigurationProblems;
import io.github.corsstarter.policy.CorsPolicySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyMappingTests {

	private static final List<CorsPolicySpec> SPECS = List.of(
			spec("everything", "/**"),
			spec("api", "/api/**"),
			spec("admin", "/api/admin/**"),
			spec("note", "/api/notes/{id}"),
			spec("exact", "/api/notes/export"),
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
		List<CorsPolicySpec> reversed = new ArrayList<>(SPECS);
		Collections.reverse(reversed);
		assertThat(compile(SPECS).policyFor(path).name()).isEqualTo(expected);
		assertThat(compile(reversed).policyFor(path).name()).isEqualTo(expected);
	}

	@Test
	void pathsNoPatternCoversHaveNoPolicy() {
		CorsPolicyMapping mapping = compile(List.of(spec("api", "/api/**")));
		assertThat(mapping.policyFor("/other")).isNull();
		assertThat(mapping.policyFor("")).isNull();
		assertThat(mapping.policyFor("/ap")).isNull();
	}

	@Test
	void findsTheRightPolicyAmongAHundred() {
		List<CorsPolicySpec> specs = IntStream.range(0, 100).mapToObj((i) -> spec("p" + i, "/svc" + i + "/**"))
			.toList();
		CorsPolicyMapping mapping = compile(specs);
		assertThat(IntStream.range(0, 100)).allSatisfy((i) ->
				assertThat(mapping.policyFor("/svc" + i + "/items/1").name()).isEqualTo("p" + i));
	}

	@Test
	void samePatternInTwoPoliciesIsAnError() {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicyMapping mapping = CorsPolicyMapping.compile(List.of(spec("one", "/api/**"), spec("two", "/api/**")),
				problems);
		assertThat(mapping).isNull();
		assertThat(problems.errors()).singleElement().satisfies((problem) -> {
			assertThat(problem.property()).isEqualTo("cors.policies.two.path-patterns[0]");
			assertThat(problem.reason()).isEqualTo("policy 'one' already covers this path pattern");
		});
	}

	@Test
	void invalidPathPatternsAreReportedWithThePolicyProblems() {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicyMapping.compile(List.of(CorsPolicySpec.named("bad")
			.pathPatterns("/api/{id", "api/**")
			.allowedOrigins("https://a.com/")), problems);
		assertThat(problems.errors()).extracting(ConfigurationProblem::property)
			.containsExactlyInAnyOrder("cors.policies.bad.path-patterns[0]", "cors.policies.bad.path-patterns[1]",
					"cors.policies.bad.allowed-origins[0]");
		assertThat(problems.errors()).filteredOn((p) -> p.value().equals("api/**"))
			.singleElement()
			.extracting(ConfigurationProblem::fix)
			.isEqualTo("write '/api/**'");
	}

	private static CorsPolicyMapping compile(List<CorsPolicySpec> specs) {
		ConfigurationProblems problems = new ConfigurationProblems();
		CorsPolicyMapping mapping = CorsPolicyMapping.compile(specs, problems);
		problems.throwIfAnyError();
		return mapping;
	}

	private static CorsPolicySpec spec(String name, String pattern) {
		return CorsPolicySpec.named(name).pathPatterns(pattern).allowedOrigins("https://" + name + ".example");
	}

}
