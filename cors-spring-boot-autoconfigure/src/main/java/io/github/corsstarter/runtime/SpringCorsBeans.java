package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Warns once at startup when the application also defines beans that Spring Security,
 * Spring MVC or Spring WebFlux use for their own CORS support: two CORS layers then
 * answer the same browser, and their configurations drift.
 */
public final class SpringCorsBeans implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SpringCorsBeans.class);

	/** The types Spring's own CORS support looks up or applies. */
	private static final List<String> TYPES = List.of("org.springframework.web.cors.CorsConfigurationSource",
			"org.springframework.web.cors.reactive.CorsConfigurationSource",
			"org.springframework.web.filter.CorsFilter", "org.springframework.web.cors.reactive.CorsWebFilter");

	/** The names Spring Security's {@code http.cors()} looks up, whatever their type. */
	private static final List<String> NAMES = List.of("corsFilter", "corsConfigurationSource");

	/**
	 * Spring MVC's own infrastructure implements {@code CorsConfigurationSource} to
	 * expose the handler mappings' CORS configuration; it only acts on
	 * {@code @CrossOrigin} and {@code addCorsMappings}, which it reports itself.
	 */
	private static final String HANDLER_MAPPING_INTROSPECTOR = "org.springframework.web.servlet.handler.HandlerMappingIntrospector";

	private final ListableBeanFactory beanFactory;

	private final Environment environment;

	public SpringCorsBeans(ListableBeanFactory beanFactory, Environment environment) {
		this.beanFactory = beanFactory;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!CorsProperties.isEnabled(this.environment)) {
			return;
		}
		List<String> found = find();
		if (!found.isEmpty()) {
			logger.warn("Two CORS layers are active: this starter's and Spring's own CORS support, through "
					+ String.join(", ", found) + ". The starter answers preflights on the paths its cors.policies "
					+ "cover before they reach that support; on other requests Spring's CORS processing leaves alone "
					+ "a response that already carries Access-Control-Allow-Origin, so no header is written twice; "
					+ "on paths no policy covers only Spring's support applies. Keep one layer: remove those beans "
					+ "(and http.cors()), or set cors.enabled=false.");
		}
	}

	/** The beans found, each as {@code name (type)}. */
	List<String> find() {
		ClassLoader classLoader = SpringCorsBeans.class.getClassLoader();
		Set<String> names = new LinkedHashSet<>();
		for (String type : TYPES) {
			if (ClassUtils.isPresent(type, classLoader)) {
				names.addAll(List.of(this.beanFactory
					.getBeanNamesForType(ClassUtils.resolveClassName(type, classLoader), true, false)));
			}
		}
		NAMES.stream().filter(this.beanFactory::containsBean).forEach(names::add);
		List<String> found = new ArrayList<>();
		for (String name : names) {
			Class<?> type = this.beanFactory.getType(name, false);
			if (type == null || !type.getName().equals(HANDLER_MAPPING_INTROSPECTOR)) {
				found.add(name + " (" + ((type != null) ? type.getSimpleName() : "unknown type") + ")");
			}
		}
		return found;
	}

}
