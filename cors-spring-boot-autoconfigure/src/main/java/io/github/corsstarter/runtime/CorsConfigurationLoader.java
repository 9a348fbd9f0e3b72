package io.github.corsstarter.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.policy.ListedOrigins;
import io.github.corsstarter.policy.OriginLookup;
import io.github.corsstarter.policy.PolicySetting;
import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the {@code cors.*} properties from the {@link Environment} and compiles them,
 * reporting every problem as the user wrote it: at startup and on every reload, the same
 * way.
 */
final class CorsConfigurationLoader {

	private static final Log logger = LogFactory.getLog(CorsConfigurationLoader.class);

	/**
	 * Where a servlet context path or a WebFlux base path is set; path patterns are
	 * relative to it.
	 */
	private static final List<String> CONTEXT_PATH_SETTINGS = List.of("server.servlet.context-path",
			"spring.webflux.base-path");

	private final Environment environment;

	private final PropertyOrigins written;

	private final ResourceLoader resourceLoader = new DefaultResourceLoader();

	/**
	 * The Public Suffix List named by {@code cors.public-suffix-list} as last read, which
	 * a recompilation for new listed origins reuses rather than reads again.
	 */
	private @Nullable ReadList lastRead;

	CorsConfigurationLoader(Environment environment) {
		this.environment = environment;
		this.written = new PropertyOrigins(environment);
	}

	/** Binds the {@code cors.*} properties as the environment has them now. */
	CorsPropertiesBinder.Bound bind() {
		return CorsPropertiesBinder.bind(this.environment);
	}

	/**
	 * Compiles what was just bound, at startup or on a reload, reading the Public Suffix
	 * List that {@code cors.public-suffix-list} names.
	 * @param listed what each origin source lists now, by source
	 * @param lookups the lookup of each policy's origin resolver, by policy
	 */
	Loaded compile(CorsPropertiesBinder.Bound bound, Map<String, ListedOrigins> listed,
			Map<String, OriginLookup> lookups) {
		return compile(bound.properties(), bound.problems(), false, listed, lookups);
	}

	/**
	 * Compiles the properties in force again, as when an origin source listed new
	 * origins, with the Public Suffix List read for them.
	 */
	Loaded recompile(CorsProperties applied, Map<String, ListedOrigins> listed, Map<String, OriginLookup> lookups) {
		return compile(applied, List.of(), true, listed, lookups);
	}

	private Loaded compile(CorsProperties properties, List<PropertyProblem> bindingProblems, boolean reuseList,
			Map<String, ListedOrigins> listed, Map<String, OriginLookup> lookups) {
		List<PropertyProblem> errors = new ArrayList<>(bindingProblems);
		CompileContext context = compileContext(properties.getPublicSuffixList(), reuseList, errors)
			.withListedOrigins(listed)
			.withOriginLookups(lookups);
		ConfigurationProblems problems = new ConfigurationProblems();
		Optional<CompiledCorsConfiguration> configuration = ConfigurationCompiler.compile(properties.getPolicies(),
				context, problems);
		problems.errors().forEach((problem) -> errors.add(render(problem)));
		List<PropertyProblem> warnings = new ArrayList<>(problems.warnings().stream().map(this::render).toList());
		warnings.addAll(contextPathRepeated(properties));
		return new Loaded(properties, errors.isEmpty() ? configuration : Optional.empty(), errors, warnings);
	}

	/**
	 * Where wildcards are checked: the bundled Public Suffix List, or the copy
	 * {@code cors.public-suffix-list} names. A copy that cannot be read is an error, and
	 * the bundled list checks the rest meanwhile.
	 */
	private CompileContext compileContext(@Nullable String location, boolean reuseList, List<PropertyProblem> errors) {
		if (location == null || location.isBlank()) {
			return CompileContext.withBundledPublicSuffixList();
		}
		ReadList lastRead = this.lastRead;
		if (reuseList && lastRead != null && lastRead.location().equals(location)) {
			return CompileContext.withPublicSuffixList(lastRead.list());
		}
		Resource resource = this.resourceLoader.getResource(location);
		try (InputStream in = resource.getInputStream()) {
			PublicSuffixList list = PublicSuffixList.read(in, location);
			logger.info("CORS origin patterns are checked against " + list);
			this.lastRead = new ReadList(location, list);
			return CompileContext.withPublicSuffixList(list);
		}
		catch (IOException | RuntimeException ex) {
			String property = CorsProperties.PREFIX + ".public-suffix-list";
			errors.add(new PropertyProblem(Kind.UNREADABLE_PUBLIC_SUFFIX_LIST, property, location,
					this.written.origin(property), "cannot be read as a Public Suffix List: " + ex.getMessage(),
					"point it at a copy of https://publicsuffix.org/list/public_suffix_list.dat (file: or "
							+ "classpath:), or remove it to use the snapshot bundled with the starter"));
			return CompileContext.withBundledPublicSuffixList();
		}
	}

	/**
	 * Path patterns are relative to the context path (or WebFlux base path): one that
	 * starts with it matches nothing the application serves.
	 */
	private List<PropertyProblem> contextPathRepeated(CorsProperties properties) {
		List<PropertyProblem> warnings = new ArrayList<>();
		for (String setting : CONTEXT_PATH_SETTINGS) {
			String contextPath = this.environment.getProperty(setting, "").replaceAll("/+$", "");
			if (contextPath.isEmpty()) {
				continue;
			}
			properties.getPolicies().forEach((name, spec) -> {
				List<String> patterns = spec.getPathPatterns();
				for (int i = 0; i < patterns.size(); i++) {
					String pattern = patterns.get(i);
					if (pattern.equals(contextPath) || pattern.startsWith(contextPath + "/")) {
						String property = policyPrefix(name) + PolicySetting.PATH_PATTERNS.key() + "[" + i + "]";
						String relative = pattern.substring(contextPath.length());
						warnings.add(new PropertyProblem(Kind.PATH_PATTERN_REPEATS_CONTEXT_PATH, property, pattern,
								this.written.origin(property),
								"path patterns are relative to " + setting + "=" + contextPath
										+ ", so this one matches only " + contextPath + pattern,
								"write '" + (relative.isEmpty() ? "/" : relative) + "'"));
					}
				}
			});
		}
		return warnings;
	}

	/**
	 * A policy's problem, named by its full property key, with the value and its origin
	 * as written.
	 */
	private PropertyProblem render(ConfigurationProblem problem) {
		String prefix = policyPrefix(problem.policy());
		String property = prefix + problem.settingKey();
		Optional<ConfigurationProperty> written = this.written.written(property);
		// A list item is reported as written; a whole value (48h) as written rather than
		// as Java prints it (PT48H).
		String value = (problem.index() == ConfigurationProblem.NO_INDEX)
				? written.map((source) -> String.valueOf(source.getValue())).orElse(problem.value()) : problem.value();
		return new PropertyProblem(problem.kind(), property, value, written.map(PropertyProblem::originOf).orElse(null),
				problem.reason(), problem.fix((setting) -> prefix + setting.key()));
	}

	/** Where the properties of a policy start: {@code cors.policies.api.}. */
	private static String policyPrefix(String policy) {
		return CorsProperties.PREFIX + ".policies." + policy + ".";
	}

	private record ReadList(String location, PublicSuffixList list) {
	}

	/**
	 * The properties as bound, the compiled configuration when there is no error, and
	 * every problem.
	 */
	record Loaded(CorsProperties properties, Optional<CompiledCorsConfiguration> configuration,
			List<PropertyProblem> errors, List<PropertyProblem> warnings) {

		/**
		 * The compiled configuration.
		 * @throws InvalidCorsConfigurationException listing every error, if there was any
		 */
		CompiledCorsConfiguration orThrow() {
			return this.configuration.orElseThrow(() -> new InvalidCorsConfigurationException(this.errors));
		}

	}

}
