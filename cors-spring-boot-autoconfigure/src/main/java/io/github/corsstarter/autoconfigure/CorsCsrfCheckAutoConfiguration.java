package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CsrfHeaderCheck;
import io.github.corsstarter.runtime.ReactiveCsrfSetup;
import io.github.corsstarter.runtime.ServletCsrfSetup;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The startup check of Spring Security's CSRF protection against the policies: a
 * credentialed policy that allows writes must allow the header the CSRF token travels in.
 * Only when Spring Security's web support is on the class path, on each stack with its
 * own filter chain types.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnBean(CorsEngine.class)
public final class CorsCsrfCheckAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = { "org.springframework.security.web.SecurityFilterChain",
			"org.springframework.security.web.csrf.CsrfFilter" })
	static class ServletCsrfCheck {

		@Bean
		CsrfHeaderCheck corsStarterCsrfHeaderCheck(CorsEngine engine, ListableBeanFactory beanFactory) {
			return new CsrfHeaderCheck(engine, beanFactory, ServletCsrfSetup::of);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(name = { "org.springframework.security.web.server.SecurityWebFilterChain",
			"org.springframework.security.web.server.csrf.CsrfWebFilter" })
	static class ReactiveCsrfCheck {

		@Bean
		CsrfHeaderCheck corsStarterCsrfHeaderCheck(CorsEngine engine, ListableBeanFactory beanFactory) {
			return new CsrfHeaderCheck(engine, beanFactory, ReactiveCsrfSetup::of);
		}

	}

}
