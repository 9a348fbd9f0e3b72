package io.github.corsstarter.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.github.corsstarter.runtime.HandlerLevelCors.Handler;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
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
		return HandlerLevelCors.handlers(beanFactory, RequestMappingInfoHandlerMapping.class,
				RequestMappingInfoHandlerMapping::getHandlerMethods, (info) -> info.getMethodsCondition().getMethods(),
				RequestMappingInfo::getPatternValues, MvcHandlers::registryPatterns);
	}

	private static Collection<String> registryPatterns(RequestMappingInfoHandlerMapping mapping) {
		return (mapping.getCorsConfigurationSource() instanceof UrlBasedCorsConfigurationSource source)
				? source.getCorsConfigurations().keySet() : Set.of();
	}

}
