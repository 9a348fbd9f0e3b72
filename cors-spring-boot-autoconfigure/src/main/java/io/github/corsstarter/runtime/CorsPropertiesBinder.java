package io.github.corsstarter.runtime;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.corsstarter.runtime.ConfigurationProblem.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Binds {@code cors.*} from an {@link Environment} into a fresh {@link CorsProperties},
 * at startup and on every reload alike, and collects what cannot be bound (unknown keys,
 * values of the wrong type) as problems instead of failing at the first one, so a single
 * report lists them with the other problems of the configuration.
 * <p>
 * Two things differ from Spring Boot's defaults, for every {@code cors.*} key: a duration
 * written as a bare number means seconds (as {@code Access-Control-Max-Age} does), and
 * list items that Spring Boot split inside brackets are put back together
 * ({@link ListItems}).
 */
final class CorsPropertiesBinder {

	private static final ConversionService CONVERSION = conversionService();

	private CorsPropertiesBinder() {
	}

	static Bound bind(Environment environment) {
		CorsProperties properties = new CorsProperties();
		// Outside Spring Boot's handler that finds unknown keys, so that its failure is
		// collected like the others.
		ProblemCollector collector = new ProblemCollector(new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment), CONVERSION);
		binder.bind(CorsProperties.PREFIX, Bindable.ofInstance(properties), collector);
		properties.getPolicies().values().forEach(ListItems::rejoin);
		return new Bound(properties, collector.problems());
	}

	private static ConversionService conversionService() {
		ApplicationConversionService service = new ApplicationConversionService();
		// Added last, so it takes precedence over Spring Boot's own converter for the
		// same types.
		service.addConverter(String.class, Duration.class,
				(source) -> DurationStyle.detectAndParse(source, ChronoUnit.SECONDS));
		return service;
	}

	/**
	 * The properties bound, and what could not be bound.
	 */
	record Bound(CorsProperties properties, List<PropertyProblem> problems) {
	}

	/**
	 * Records each property that fails to bind, and each unknown key, and lets binding go
	 * on.
	 */
	private static final class ProblemCollector extends AbstractBindHandler {

		private final List<PropertyProblem> failures = new ArrayList<>();

		private final Set<ConfigurationProperty> unknown = new LinkedHashSet<>();

		private final Set<ConfigurationPropertyName> failed = new LinkedHashSet<>();

		ProblemCollector(BindHandler parent) {
			super(parent);
		}

		@Override
		public @Nullable Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				Exception error) {
			UnboundConfigurationPropertiesException unbound = unboundCause(error);
			if (unbound != null) {
				this.unknown.addAll(unbound.getUnboundProperties());
				return null;
			}
			ConfigurationProperty property = context.getConfigurationProperty();
			if (property != null && this.failed.add(property.getName())) {
				Expected expected = expected(target);
				this.failures.add(PropertyProblem.of(Kind.UNREADABLE_VALUE, property,
						"cannot be read as " + expected.description() + ": " + rootMessage(error), expected.fix()));
			}
			return null;
		}

		List<PropertyProblem> problems() {
			List<PropertyProblem> problems = new ArrayList<>(this.failures);
			this.unknown.stream()
				.filter((property) -> !this.failed.contains(property.getName()))
				.sorted((a, b) -> a.getName().toString().compareTo(b.getName().toString()))
				.forEach((property) -> problems.add(UnknownKeys.problem(property)));
			return problems;
		}

		/**
		 * What a value of the target's type looks like, and what to write instead of one
		 * that is not.
		 */
		private static Expected expected(Bindable<?> target) {
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(target.getType().resolve(Object.class));
			if (type == Duration.class) {
				return new Expected("a duration", "write a duration such as 30m or 1h, or a number of seconds");
			}
			if (type == Boolean.class) {
				return new Expected("true or false", "write true or false");
			}
			if (type == Integer.class) {
				return new Expected("a whole number", "write a whole number, such as -101");
			}
			return new Expected("a " + type.getSimpleName(), "write a value of type " + type.getSimpleName());
		}

		private record Expected(String description, String fix) {
		}

		private static @Nullable UnboundConfigurationPropertiesException unboundCause(Throwable error) {
			for (Throwable cause = error; cause != null; cause = cause.getCause()) {
				if (cause instanceof UnboundConfigurationPropertiesException unbound) {
					return unbound;
				}
			}
			return null;
		}

		private static String rootMessage(Throwable error) {
			Throwable root = error;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return String.valueOf(root.getMessage());
		}

	}

}
