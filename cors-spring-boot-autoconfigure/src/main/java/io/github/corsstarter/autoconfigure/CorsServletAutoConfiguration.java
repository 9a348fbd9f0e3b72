package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CorsFilterPlacement;
import io.github.corsstarter.runtime.CorsProperties;
import io.github.corsstarter.web.servlet.CorsPolicyFilter;
import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers the servlet filter that applies the {@link CorsEngine}'s decisions, just
 * ahead of Spring Security's filter chain, for the {@code REQUEST} and {@code ERROR}
 * dispatches.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(FilterRegistrationBean.class)
@ConditionalOnBean(CorsEngine.class)
public final class CorsServletAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsServletAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingFilterBean(CorsPolicyFilter.class)
	FilterRegistrationBean<CorsPolicyFilter> corsPolicyFilterRegistration(CorsEngine engine, Environment environment) {
		CorsFilterPlacement placement = placement(environment);
		boolean enabled = CorsProperties.isEnabled(environment);
		if (enabled) {
			placement.logTo(logger);
		}
		FilterRegistrationBean<CorsPolicyFilter> registration = new FilterRegistrationBean<>(
				new CorsPolicyFilter(engine, placement.order()));
		// Read when the application starts, not when it is built: under Spring AOT,
		// conditions are fixed at build time.
		registration.setEnabled(enabled);
		registration.setName("corsPolicyFilter");
		registration.setOrder(placement.order());
		// ERROR too: the error page of a failed request must carry the same headers as
		// the request would have.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	CorsFilterPlacement corsFilterPlacement(Environment environment) {
		return placement(environment);
	}

	private static CorsFilterPlacement placement(Environment environment) {
		return CorsFilterPlacement.servlet(environment, CorsPolicyFilter.SECURITY_FILTER_ORDER);
	}

}
