package io.github.corsstarter.autoconfigure;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.CorsPolicySpec;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata follows Spring Boot's convention for a map of objects (the map's value
 * type, whose properties IDEs read, never made-up {@code cors.policies.*} entries), and
 * the settings have one source: the properties of {@link CorsPolicySpec}.
 */
class ConfigurationMetadataTests {

	@Test
	void policiesAreDescribedAsAMapOfPolicySpecs() throws Exception {
		assertThat(properties()).filteredOn((property) -> "cors.policies".equals(property.get("name")))
			.singleElement()
			.satisfies((property) -> {
				assertThat(property.get("type"))
					.isEqualTo("java.util.Map<java.lang.String," + CorsPolicySpec.class.getName() + ">");
				assertThat((String) property.get("description")).startsWith("CORS policies by name.");
			});
		assertThat(properties()).extracting((property) -> (String) property.get("name"))
			.noneMatch((name) -> name.startsWith("cors.policies."));
	}

	@Test
	void everyPolicySettingIsAPropertyOfThePolicySpecAndTheOtherWayRound() {
		assertThat(settingKeys(CorsPolicySpec.class, "")).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(PolicySetting.values()).map(PolicySetting::key).toList());
	}

	/**
	 * What an IDE shows for {@code cors.policies.<name>.*} is the field Javadoc of the
	 * spec types, read from the sources jar every build attaches: every property has one.
	 */
	@Test
	void everyPolicySettingIsDescribedByTheJavadocIdesReadFromTheSources() throws IOException {
		for (Class<?> spec : specTypes(CorsPolicySpec.class)) {
			String source = Files.readString(Path.of("src/main/java", spec.getName().replace('.', '/') + ".java"));
			for (PropertyDescriptor property : beanProperties(spec)) {
				if (!property.getName().equals("class")) {
					assertThat(source).as(spec.getSimpleName() + "." + property.getName())
						.containsPattern(
								"(?s)/\\*\\*(?:(?!\\*/).)*\\*/\\s*private [^;=]*\\b" + property.getName() + "\\b");
				}
			}
		}
	}

	/** A spec type and the nested spec types of its properties. */
	private static List<Class<?>> specTypes(Class<?> type) {
		List<Class<?>> types = new ArrayList<>(List.of(type));
		for (PropertyDescriptor property : beanProperties(type)) {
			if (property.getPropertyType().getSimpleName().endsWith("Spec")) {
				types.addAll(specTypes(property.getPropertyType()));
			}
		}
		return types;
	}

	/**
	 * The kebab-case paths of a bean's properties, nested groups (the policy layer's
	 * {@code *Spec} types) walked into.
	 */
	private static List<String> settingKeys(Class<?> type, String prefix) {
		List<String> keys = new ArrayList<>();
		for (PropertyDescriptor property : beanProperties(type)) {
			if (property.getName().equals("class")) {
				continue;
			}
			String key = prefix + property.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
			Class<?> propertyType = property.getPropertyType();
			if (propertyType.getPackage() == CorsPolicySpec.class.getPackage()
					&& propertyType.getSimpleName().endsWith("Spec")) {
				keys.addAll(settingKeys(property.getPropertyType(), key + "."));
			}
			else {
				keys.add(key);
			}
		}
		return keys;
	}

	@Test
	void topLevelSettingsAreDocumentedWithDefaults() throws Exception {
		assertThat(properties()).filteredOn((property) -> ((String) property.get("name")).matches("cors\\.[a-z.]+"))
			.extracting((property) -> property.get("name"), (property) -> property.get("defaultValue"))
			.anySatisfy((tuple) -> assertThat(tuple.toList()).containsExactly("cors.enabled", true))
			.anySatisfy((tuple) -> assertThat(tuple.toList()).containsExactly("cors.filter.order",
					CorsPolicyFilter.DEFAULT_ORDER));
	}

	@Test
	void theEndpointsShowValuesAndRolesAreDescribedAsBootDescribesThemForEnv() throws Exception {
		assertThat(properties())
			.filteredOn((property) -> "management.endpoint.cors.show-values".equals(property.get("name")))
			.singleElement()
			.satisfies((property) -> {
				assertThat(property.get("type")).isEqualTo(Show.class.getName());
				assertThat(property.get("defaultValue")).isEqualTo("never");
				assertThat((String) property.get("description")).startsWith("When to show the values");
			});
		assertThat(properties()).filteredOn((property) -> "management.endpoint.cors.roles".equals(property.get("name")))
			.singleElement()
			.satisfies((property) -> assertThat(property.get("type")).isEqualTo("java.util.Set<java.lang.String>"));
	}

	private static PropertyDescriptor[] beanProperties(Class<?> type) {
		try {
			return Introspector.getBeanInfo(type).getPropertyDescriptors();
		}
		catch (java.beans.IntrospectionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Map<String, Object>> properties() throws IOException {
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			return JsonPath.parse(metadata).read("$.properties");
		}
	}

}
