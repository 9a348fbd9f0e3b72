package io.github.corsstarter.runtime;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.corsstarter.runtime.HandlerLevelCors.Handler;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
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
		return HandlerLevelCors.handlers(beanFactory, RequestMappingInfoHandlerMapping.class,
				RequestMappingInfoHandlerMapping::getHandlerMethods, (info) -> info.getMethodsCondition().getMethods(),
				WebFluxHandlers::patterns, (mapping) -> Set.of());
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPatternsCondition()
			.getPatterns()
			.stream()
			.map(PathPattern::getPatternString)
			.collect(Collectors.toSet());
	}

}
