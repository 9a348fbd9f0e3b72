package io.github.corsstarter.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items a comma-separated property value split inside brackets or braces are joined
 * again, in every list setting of a policy.
 */
class ListItemsTests {

	static List<Arguments> splitItems() {
		return List.of(
				Arguments.of(List.of("http://localhost:[3000", "5173]"), List.of("http://localhost:[3000,5173]")),
				Arguments.of(List.of("/files/{name:[a-z]{1", "8}}", "/b"), List.of("/files/{name:[a-z]{1,8}}", "/b")),
				Arguments.of(List.of("a", "[b", "c", "d]", "e"), List.of("a", "[b,c,d]", "e")),
				Arguments.of(List.of("a]", "b"), List.of("a]", "b")), Arguments.of(List.of("[a", "b"), List.of("[a,b")),
				Arguments.of(List.of("[a]", "b"), List.of("[a]", "b")), Arguments.of(List.of(), List.of()));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("splitItems")
	void rejoinsWhatTheSplitCutInsideBracketsOrBraces(List<String> items, List<String> rejoined) {
		assertThat(ListItems.rejoin(items)).isEqualTo(rejoined);
	}

	@Test
	void rejoinsEveryListSettingOfAPolicy() {
		CorsPolicySpec spec = new CorsPolicySpec();
		spec.setPathPatterns(List.of("/files/{name:[a-z]{1", "8}}"));
		spec.setAllowedOrigins(List.of("http://localhost:[3000", "5173]"));
		spec.setAllowedOriginPatterns(List.of("http://*.localhost:[3000", "5173]"));
		spec.setAllowedMethods(List.of("GET", "{A", "B}"));
		spec.setAllowedHeaders(List.of("[X", "Y]", "Z"));
		spec.setExposedHeaders(List.of("{P", "Q}"));
		ListItems.rejoin(spec);
		assertThat(spec.getPathPatterns()).containsExactly("/files/{name:[a-z]{1,8}}");
		assertThat(spec.getAllowedOrigins()).containsExactly("http://localhost:[3000,5173]");
		assertThat(spec.getAllowedOriginPatterns()).containsExactly("http://*.localhost:[3000,5173]");
		assertThat(spec.getAllowedMethods()).containsExactly("GET", "{A,B}");
		assertThat(spec.getAllowedHeaders()).containsExactly("[X,Y]", "Z");
		assertThat(spec.getExposedHeaders()).containsExactly("{P,Q}");
	}

}
