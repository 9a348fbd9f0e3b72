package io.github.corsstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationMetadataTests {

	private static final String PREFIX = "cors.policies.*.";

	@Test
	void everyPolicySettingIsDocumentedWithItsRealDefault() throws Exception {
		List<Map<String, Object>> properties = properties();
		CorsProperties.Policy defaults = new CorsProperties.Policy();
		List<Field> fields = Arrays.stream(CorsProperties.Policy.class.getDeclaredFields())
			.filter((field) -> !Modifier.isStatic(field.getModifiers()))
			.toList();
		assertThat(fields).hasSize(9);
		for (Field field : fields) {
			String name = PREFIX + kebabCase(field.getName());
			Map<String, Object> entry = properties.stream()
				.filter((property) -> name.equals(property.get("name")))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no metadata for " + name));
			assertThat((String) entry.get("description")).as(name).isNotBlank();
			field.setAccessible(true);
			assertThat(normalise(entry.get("defaultValue"))).as(name).isEqualTo(normalise(field.get(defaults)));
		}
	}

	@Test
	void topLevelSettingsAreDocumentedWithDefaults() throws Exception {
		assertThat(properties()).filteredOn((property) -> ((String) property.get("name")).matches("cors\\.[a-z.]+"))
			.extracting((property) -> property.get("name"), (property) -> property.get("defaultValue"))
			.anySatisfy((tuple) -> assertThat(tuple.toList()).containsExactly("cors.enabled", true))
			.anySatisfy((tuple) -> assertThat(tuple.toList()).containsExactly("cors.filter.order",
					CorsFilterOrder.SECURITY_DEFAULT_FILTER_ORDER - 1));
	}

	private static List<Map<String, Object>> properties() throws IOException {
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			return JsonPath.parse(metadata).read("$.properties");
		}
	}

	private static Object normalise(Object value) {
		if (value instanceof Duration duration) {
			return duration;
		}
		if (value instanceof String text && !text.isEmpty() && Character.isDigit(text.charAt(0))) {
			return DurationStyle.detectAndParse(text);
		}
		return (value instanceof List<?> list) ? List.copyOf(list) : value;
	}

	private static String kebabCase(String camelCase) {
		return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
	}

}
