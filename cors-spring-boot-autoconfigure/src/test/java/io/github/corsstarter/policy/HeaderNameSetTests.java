package io.github.corsstarter.policy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderNameSetTests {

	@Test
	void findsNamesInsideALargerValueIgnoringCase() {
		HeaderNameSet set = new HeaderNameSet(List.of("authorization", "content-type"));
		String list = "x, Content-Type, AUTHORIZATION, content-typ";
		assertThat(set.contains(list, 3, 15)).isTrue();
		assertThat(set.contains(list, 17, 30)).isTrue();
		assertThat(set.contains(list, 32, 43)).isFalse();
		assertThat(set.contains(list, 0, 1)).isFalse();
	}

	@Test
	void holdsManyNamesWithoutLosingAny() {
		List<String> names = IntStream.range(0, 500).mapToObj((i) -> "x-header-" + i).toList();
		HeaderNameSet set = new HeaderNameSet(names);
		assertThat(names).allSatisfy((name) -> assertThat(set.contains(name.toUpperCase(), 0, name.length())).isTrue());
		assertThat(set.contains("x-header-500", 0, 12)).isFalse();
	}

	@Test
	void emptySetContainsNothing() {
		assertThat(new HeaderNameSet(List.of()).contains("a", 0, 1)).isFalse();
	}

}
