package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.web.reactive.CorsPolicyWebFilter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	@Bean
	@ConditionalOnMissingBean
	CorsPolicyWebFilter corsPolicyWebFilter(CorsEngine engine, Environment environment) {
		CorsFilterOrder order = order(environment);
		if (CorsProperties.isEnabled(environment)) {
			order.logTo(logger);
		}
		return new CorsPolicyWebFilter(engine, order.value());
	}

	@Bean
	CorsFilterPlacement corsFilterPlacement(Environment environment) {
		return CorsFilterPlacement.of("reactive", order(environment));
	}

	private static CorsFilterOrder order(Environment environment) {
		return CorsFilterOrder.reactive(environment, CorsPolicyWebFilter.SECURITY_WEB_FILTER_ORDER);
	}

}
