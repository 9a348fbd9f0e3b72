package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.GatewayGlobalCors;
import io.github.corsstarter.runtime.HandlerLevelCors;
import io.github.corsstarter.runtime.MvcHandlers;
import io.github.corsstarter.runtime.WebFluxHandlers;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The startup lines about other layers that write CORS headers on the paths the policies
 * cover, where the starter's decision replaces theirs: Spring's handler-level CORS
 * ({@code @CrossOrigin}, a {@code CorsRegistry}) on MVC and WebFlux, and Spring Cloud
 * Gateway's {@code globalcors}. Each only when its library is on the class path.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnBean(CorsEngine.class)
public final class CorsOtherLayersAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnClass(name = "org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping")
	static class MvcHandlerLevelCors {

		@Bean
		HandlerLevelCors corsStarterHandlerLevelCors(CorsEngine engine, ListableBeanFactory beanFactory) {
			return new HandlerLevelCors(engine, beanFactory, MvcHandlers::of);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping")
	static class WebFluxHandlerLevelCors {

		@Bean
		HandlerLevelCors corsStarterHandlerLevelCors(CorsEngine engine, ListableBeanFactory beanFactory) {
			return new HandlerLevelCors(engine, beanFactory, WebFluxHandlers::of);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.cloud.gateway.config.GlobalCorsProperties")
	static class GatewayCors {

		@Bean
		GatewayGlobalCors corsStarterGatewayGlobalCors(CorsEngine engine, Environment environment) {
			return new GatewayGlobalCors(engine, environment);
		}

	}

}
