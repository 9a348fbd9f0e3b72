package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.corsstarter.runtime.HandlerLevelCors.Handler;
import io.github.corsstarter.runtime.HandlerLevelCors.Mapped;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The Spring WebFlux handlers with {@code @CrossOrigin}, for {@link HandlerLevelCors}:
 * from every {@code @RequestMapping} handler mapping. WebFlux does not expose a mapping's
 * {@code CorsRegistry} ({@code WebFluxConfigurer#addCorsMappings}), so its mappings are
 * not named here; the filter replaces their headers all the same.
 */
public final class WebFluxHandlers {

	private WebFluxHandlers() {
	}

	public static List<Handler> of(ListableBeanFactory beanFactory) {
		List<Handler> handlers = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : beanFactory
			.getBeansOfType(RequestMappingInfoHandlerMapping.class, false, false)
			.values()) {
			List<Mapped> mapped = mapping.getHandlerMethods()
				.entrySet()
				.stream()
				.map((entry) -> new Mapped(entry.getValue(),
						entry.getKey()
							.getMethodsCondition()
							.getMethods()
							.stream()
							.map(Enum::name)
							.collect(Collectors.toSet()),
						entry.getKey()
							.getPatternsCondition()
							.getPatterns()
							.stream()
							.map(PathPattern::getPatternString)
							.collect(Collectors.toSet())))
				.toList();
			handlers.addAll(HandlerLevelCors.handlers(Set.of(), mapped));
		}
		return handlers;
	}

}
