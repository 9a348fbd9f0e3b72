package io.github.corsstarter.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.origins.AllowedOriginsSource;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.OriginResolverStatus;
import io.github.corsstarter.runtime.OriginSourceStatus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application side of the dynamic-origin benchmarks: an {@link AllowedOriginsSource}
 * bean listing {@value #SOURCE_SIZE_PROPERTY} origins ({@link #SOURCED_ORIGIN} last), and
 * an {@link AllowedOriginResolver} bean that allows the subdomains of
 * {@code resolver.example} and nothing else, counting every call. The sample app's
 * {@code api} policy names both by {@code cors.policies.api.origin-source.bean} and
 * {@code origin-resolver.bean}, and the starter's servlet filter is built by its real
 * auto-configuration in a context that stays up while the benchmark runs (the resolver's
 * lookups run on a pool the context owns).
 */
@Configuration(proxyBeanMethods = false)
class DynamicOriginBeans {

	static final String SOURCE_BEAN = "benchmarkOriginSource";

	static final String RESOLVER_BEAN = "benchmarkOriginResolver";

	/** How many origins the source lists; {@code 0}: the policy names no source. */
	static final String SOURCE_SIZE_PROPERTY = "benchmark.origin-source.size";

	/** The last origin the source lists, whatever its size. */
	static final String SOURCED_ORIGIN = "https://app.source.example";

	/** An origin only the resolver allows. */
	static final String RESOLVED_ORIGIN = "https://app.resolver.example";

	private static final String RESOLVED_SUFFIX = ".resolver.example";

	/**
	 * Names under the resolver's domain that it refuses: a flood of well-formed
	 * candidates.
	 */
	static final String FLOOD_SUFFIX = ".flood.resolver.example";

	@Bean(SOURCE_BEAN)
	ListingSource benchmarkOriginSource(Environment environment) {
		return new ListingSource(environment.getProperty(SOURCE_SIZE_PROPERTY, Integer.class, 1));
	}

	@Bean(RESOLVER_BEAN)
	CountingResolver benchmarkOriginResolver() {
		return new CountingResolver();
	}

	/**
	 * The sample's one {@code /api/**} policy with
	 * {@link BenchmarkConfiguration#ALLOWED_ORIGIN} configured, the resolver, and a
	 * source of {@code sourceSize} origins (none if 0), read at startup and not again
	 * while the benchmark runs.
	 * @param resolverSettings further {@code origin-resolver.*} settings, as
	 * {@code key=value} under {@code cors.policies.api.origin-resolver.}
	 */
	static BenchmarkConfiguration configuration(int sourceSize, String... resolverSettings) {
		List<String> properties = new ArrayList<>();
		properties.add("cors.policies.api.origin-resolver.bean=" + RESOLVER_BEAN);
		for (String setting : resolverSettings) {
			properties.add("cors.policies.api.origin-resolver." + setting);
		}
		if (sourceSize > 0) {
			properties.add("cors.policies.api.origin-source.bean=" + SOURCE_BEAN);
			properties.add("cors.policies.api.origin-source.refresh-interval=1h");
			properties.add(SOURCE_SIZE_PROPERTY + "=" + sourceSize);
		}
		return BenchmarkConfiguration.exactOrigins(1, 1).withStarterProperties(properties.toArray(String[]::new));
	}

	/** The starter's servlet context over these beans, left running. */
	static StarterContext.Running open(BenchmarkConfiguration configuration) {
		return Stack.SERVLET.open(configuration, List.of(), DynamicOriginBeans.class);
	}

	/** The starter's servlet filter in that context, with the benchmarked requests. */
	static BenchmarkRequests.Servlet filter(StarterContext.Running context) {
		return (BenchmarkRequests.Servlet) Stack.SERVLET.starterFilter(context);
	}

	/** Where the source stands: read once, with every origin it lists in force. */
	static OriginSourceStatus sourceStatus(StarterContext.Running context) {
		return context.bean(CorsConfigurationManager.class)
			.originSources()
			.stream()
			.filter((status) -> status.name().equals(SOURCE_BEAN))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no origin source " + SOURCE_BEAN));
	}

	/** The api policy's resolver, as the application's metrics and Actuator see it. */
	static OriginResolverStatus resolverStatus(StarterContext.Running context) {
		return context.bean(CorsConfigurationManager.class)
			.originResolvers()
			.stream()
			.filter((status) -> status.name().equals(RESOLVER_BEAN))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no origin resolver " + RESOLVER_BEAN));
	}

	/**
	 * Fails unless the source was read after startup and every origin it lists is in
	 * force: a benchmark of a source nobody read would time a rejection.
	 */
	static void checkSourceRead(StarterContext.Running context, int size) {
		OriginSourceStatus status = sourceStatus(context);
		if (status.lastSuccess() == null || status.origins() != size || !status.rejected().isEmpty()) {
			throw new IllegalStateException("origin source " + SOURCE_BEAN + " not read as it should be: " + status);
		}
	}

	/**
	 * {@code size} origins, {@link #SOURCED_ORIGIN} last, built once: what a database
	 * query would return.
	 */
	static final class ListingSource implements AllowedOriginsSource {

		private final List<String> origins;

		ListingSource(int size) {
			List<String> origins = new ArrayList<>(size);
			for (int i = 1; i < size; i++) {
				origins.add("https://tenant" + i + ".source.example");
			}
			origins.add(SOURCED_ORIGIN);
			this.origins = List.copyOf(origins);
		}

		@Override
		public Collection<String> allowedOrigins() {
			return this.origins;
		}

	}

	/**
	 * Allows the subdomains of {@code resolver.example} but those under
	 * {@code flood.resolver.example}; counts every call.
	 */
	static final class CountingResolver implements AllowedOriginResolver {

		private final AtomicLong calls = new AtomicLong();

		@Override
		public boolean isAllowed(String origin) {
			this.calls.incrementAndGet();
			return origin.endsWith(RESOLVED_SUFFIX) && !origin.endsWith(FLOOD_SUFFIX);
		}

		long calls() {
			return this.calls.get();
		}

	}

}
