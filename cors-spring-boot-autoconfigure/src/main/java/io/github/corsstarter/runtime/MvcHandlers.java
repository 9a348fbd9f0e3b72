package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.corsstarter.runtime.HandlerLevelCors.Handler;
import io.github.corsstarter.runtime.HandlerLevelCors.Mapped;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The Spring MVC handlers with handler-level CORS, for {@link HandlerLevelCors}: from
 * every {@code @RequestMapping} handler mapping, with its {@code CorsRegistry} mappings
 * ({@code WebMvcConfigurer#addCorsMappings}).
 */
public final class MvcHandlers {

	private MvcHandlers() {
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
						entry.getKey().getPatternValues()))
				.toList();
			Set<String> registry = (mapping
				.getCorsConfigurationSource() instanceof UrlBasedCorsConfigurationSource source)
						? source.getCorsConfigurations().keySet() : Set.of();
			handlers.addAll(HandlerLevelCors.handlers(registry, mapped));
		}
		return handlers;
	}

}
