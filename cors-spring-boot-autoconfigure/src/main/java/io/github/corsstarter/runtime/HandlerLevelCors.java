package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Says at startup, one line per handler, where Spring's handler-level CORS
 * ({@code @CrossOrigin}, a {@code CorsRegistry} mapping) sits on a path a policy covers:
 * there the policy is the only writer of the CORS headers, so the handler's origins are
 * never granted, and the user should move them into the policy. Each web stack lists its
 * handlers its own way ({@link MvcHandlers}, {@link WebFluxHandlers}); what is covered
 * and how it is said is decided here, once.
 */
public final class HandlerLevelCors implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(HandlerLevelCors.class);

	private final CorsEngine engine;

	private final ListableBeanFactory beanFactory;

	private final Function<ListableBeanFactory, List<Handler>> handlers;

	/**
	 * @param handlers lists the application's handlers with handler-level CORS, from the
	 * stack's handler mappings
	 */
	public HandlerLevelCors(CorsEngine engine, ListableBeanFactory beanFactory,
			Function<ListableBeanFactory, List<Handler>> handlers) {
		this.engine = engine;
		this.beanFactory = beanFactory;
		this.handlers = handlers;
	}

	@Override
	public void afterSingletonsInstantiated() {
		lines().forEach(logger::warn);
	}

	/** The lines said: one per handler whose path a policy covers. */
	List<String> lines() {
		CompiledCorsConfiguration configuration = this.engine.configuration();
		List<String> lines = new ArrayList<>();
		for (Handler handler : this.handlers.apply(this.beanFactory)) {
			configuration.policyFor(handler.pattern())
				.map((policy) -> handler.describe() + " is covered by policy '" + policy.name()
						+ "': its origins are not used; move them into the policy")
				.ifPresent(lines::add);
		}
		return lines;
	}

	/**
	 * The handlers with handler-level CORS among those of every handler mapping of one
	 * type: those with {@code @CrossOrigin}, and those a {@code CorsRegistry} mapping
	 * matches. Spring's servlet and reactive {@code RequestMappingInfoHandlerMapping}
	 * share no supertype, and each loads only with its own stack, so each stack passes
	 * how its own are read.
	 * @param <M> the stack's handler mapping type
	 * @param <I> the type of its request mapping infos
	 * @param mappingType the handler mapping type, whose beans are read
	 * @param handlerMethods a mapping's handler methods by their request mapping info
	 * @param methods the request methods an info maps, empty for all
	 * @param patterns the path patterns an info maps
	 * @param registryPatterns the path patterns of a mapping's {@code CorsRegistry}
	 */
	static <M, I> List<Handler> handlers(ListableBeanFactory beanFactory, Class<M> mappingType,
			Function<M, Map<I, HandlerMethod>> handlerMethods, Function<I, Set<RequestMethod>> methods,
			Function<I, Set<String>> patterns, Function<M, Collection<String>> registryPatterns) {
		List<Handler> handlers = new ArrayList<>();
		for (M mapping : beanFactory.getBeansOfType(mappingType, false, false).values()) {
			List<PathPattern> registry = registryPatterns.apply(mapping)
				.stream()
				.map(PathPatternParser.defaultInstance::parse)
				.toList();
			for (Map.Entry<I, HandlerMethod> entry : handlerMethods.apply(mapping).entrySet()) {
				Set<String> names = methods.apply(entry.getKey()).stream().map(Enum::name).collect(Collectors.toSet());
				handlers.addAll(handlers(entry.getValue(), names, patterns.apply(entry.getKey()), registry));
			}
		}
		return handlers;
	}

	private static List<Handler> handlers(HandlerMethod method, Set<String> methods, Set<String> patterns,
			List<PathPattern> registry) {
		List<Handler> handlers = new ArrayList<>();
		for (String pattern : patterns) {
			if (hasCrossOrigin(method)) {
				handlers.add(new Handler("@CrossOrigin", methods, pattern));
			}
			registry.stream()
				.filter((mapping) -> mapping.matches(PathContainer.parsePath(pattern)))
				.forEach((mapping) -> handlers
					.add(new Handler("CorsRegistry mapping " + mapping.getPatternString(), methods, pattern)));
		}
		return handlers;
	}

	/** Whether a handler method, or its class, carries {@code @CrossOrigin}. */
	private static boolean hasCrossOrigin(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), CrossOrigin.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), CrossOrigin.class);
	}

	/**
	 * A handler with handler-level CORS.
	 *
	 * @param source where its CORS comes from: {@code @CrossOrigin} or
	 * {@code CorsRegistry mapping /public/**}
	 * @param methods the methods it handles, empty for all
	 * @param pattern its path pattern, within the application
	 */
	public record Handler(String source, Set<String> methods, String pattern) {

		String describe() {
			return this.source + " on "
					+ (this.methods.isEmpty() ? "" : String.join(",", new TreeSet<>(this.methods)) + " ")
					+ this.pattern;
		}

	}

}
