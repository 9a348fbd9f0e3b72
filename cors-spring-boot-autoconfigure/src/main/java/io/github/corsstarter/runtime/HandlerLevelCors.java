package io.github.corsstarter.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.CrossOrigin;
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
	 * The handlers with handler-level CORS among one handler mapping's: those with
	 * {@code @CrossOrigin}, and those a {@code CorsRegistry} mapping matches.
	 * @param registryPatterns the path patterns of the mapping's {@code CorsRegistry}
	 * @param mapped the mapping's handler methods
	 */
	static List<Handler> handlers(Collection<String> registryPatterns, List<Mapped> mapped) {
		List<PathPattern> registry = registryPatterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
		List<Handler> handlers = new ArrayList<>();
		for (Mapped handler : mapped) {
			for (String pattern : handler.patterns()) {
				if (hasCrossOrigin(handler.method())) {
					handlers.add(new Handler("@CrossOrigin", handler.methods(), pattern));
				}
				registry.stream()
					.filter((mapping) -> mapping.matches(PathContainer.parsePath(pattern)))
					.forEach((mapping) -> handlers.add(new Handler("CorsRegistry mapping " + mapping.getPatternString(),
							handler.methods(), pattern)));
			}
		}
		return handlers;
	}

	/** Whether a handler method, or its class, carries {@code @CrossOrigin}. */
	private static boolean hasCrossOrigin(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), CrossOrigin.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), CrossOrigin.class);
	}

	/**
	 * A handler method as its mapping maps it.
	 *
	 * @param method the handler method
	 * @param methods the request methods it handles, empty for all
	 * @param patterns its path patterns
	 */
	record Mapped(HandlerMethod method, Set<String> methods, Set<String> patterns) {
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
