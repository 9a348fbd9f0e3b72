package io.github.corsstarter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of docs/design.md, bottom up: each package imports only the packages below
 * it, so an arrow never points up and nothing outside {@code autoconfigure} imports it.
 */
class LayeringTests {

	private static final Path MAIN = Path.of("src/main/java/io/github/corsstarter");

	/** Bottom up; each package may import those before it in this list. */
	private static final List<String> LAYERS = List.of("policy", "origins", "engine", "web", "runtime", "actuate",
			"metrics", "autoconfigure");

	private static final Pattern STARTER_IMPORT = Pattern
		.compile("^import (?:static )?io\\.github\\.corsstarter\\.(\\w+)", Pattern.MULTILINE);

	static Stream<String> layers() {
		return LAYERS.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("layers")
	void importsOnlyTheLayersBelow(String layer) throws IOException {
		List<String> allowed = LAYERS.subList(0, LAYERS.indexOf(layer) + 1);
		// actuate and metrics sit side by side: neither imports the other.
		List<String> forbiddenSiblings = layer.equals("metrics") ? List.of("actuate") : List.of();
		try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
			List<String> upward = files.filter((file) -> file.toString().endsWith(".java"))
				.flatMap((file) -> starterImports(file).map((imported) -> file.getFileName() + " -> " + imported))
				.filter((edge) -> {
					String imported = edge.substring(edge.indexOf(" -> ") + 4);
					return !allowed.contains(imported) || forbiddenSiblings.contains(imported);
				})
				.toList();
			assertThat(upward).as("imports of layers above " + layer).isEmpty();
		}
	}

	private static Stream<String> starterImports(Path file) {
		try {
			Matcher imports = STARTER_IMPORT.matcher(Files.readString(file));
			return imports.results().map((match) -> match.group(1)).distinct();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
