package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CorsFilterPlacement;
import io.github.corsstarter.runtime.CorsProperties;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers the WebFlux filter that applies the {@link CorsEngine}'s decisions, just
 * ahead of Spring Security's {@code WebFilterChainProxy}.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
@ConditionalOnBean(CorsEngine.class)
public final class CorsReactiveAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsReactiveAutoConfiguration.class);

	/**
	 * With {@code cors.enabled=false} no filter is registered (a null bean, which WebFlux
	 * never applies), as the servlet registration is disabled. Read when the application
	 * starts, not when it is built: under Spring AOT, conditions are fixed at build time.
	 */
	@Bean
	@ConditionalOnMissingBean
	@Nullable CorsPolicyWebFilter corsPolicyWebFilter(CorsEngine engine, Environment environment) {
		if (!CorsProperties.isEnabled(environment)) {
			return null;
		}
		CorsFilterPlacement placement = placement(environment);
		placement.logTo(logger);
		return new CorsPolicyWebFilter(engine, placement.order());
	}

	@Bean
	CorsFilterPlacement corsFilterPlacement(Environment environment) {
		return placement(environment);
	}

	private static CorsFilterPlacement placement(Environment environment) {
		return CorsFilterPlacement.reactive(environment, CorsPolicyWebFilter.SECURITY_WEB_FILTER_ORDER);
	}

}
