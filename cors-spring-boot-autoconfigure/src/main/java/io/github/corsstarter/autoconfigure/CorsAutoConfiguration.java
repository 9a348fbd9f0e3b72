package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CompiledCorsConfiguration;
import io.github.corsstarter.engine.CorsEngine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Compiles the {@code cors.*} properties into the {@link CorsEngine} at startup, failing with every problem at once.
 * The filters that apply it are registered by {@link CorsServletAutoConfiguration} and
 * {@link CorsReactiveAutoConfiguration}, for whichever stack the application runs.
 * <p>
 * Deliberately defines no bean that Spring Security, Spring MVC or Spring WebFlux picks up for their own CORS
 * support: no {@code CorsConfigurationSource} and nothing named {@code corsFilter} or {@code corsConfigurationSource}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "cors.enabled", matchIfMissing = true)
public final class CorsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	CorsEngine corsEngine(Environment environment) {
		CorsConfigurationLoader.Loaded loaded = new CorsConfigurationLoader(environment).load();
		loaded.warnings().forEach((warning) -> logger.warn("CORS configuration: " + warning));
		CompiledCorsConfiguration configuration = loaded.orThrow();
		if (configuration.policies().isEmpty()) {
			logger.warn("No cors.policies are configured, so no request gets CORS headers; "
					+ "add cors.policies.<name>.allowed-origins or set cors.enabled=false");
		}
		configuration.policies().forEach((policy) -> logger.info("CORS " + configuration.describe(policy)));
		return new CorsEngine(configuration);
	}

	@Bean
	SpringCorsBeans corsStarterSpringCorsBeans(ListableBeanFactory beanFactory) {
		return new SpringCorsBeans(beanFactory);
	}

}
