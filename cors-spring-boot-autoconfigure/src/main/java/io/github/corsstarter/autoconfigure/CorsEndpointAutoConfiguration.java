package io.github.corsstarter.autoconfigure;

import java.time.Clock;

import io.github.corsstarter.actuate.CorsEndpoint;
import io.github.corsstarter.actuate.CorsEndpointProperties;
import io.github.corsstarter.actuate.CorsEndpointWebExtension;
import io.github.corsstarter.actuate.RecentRejections;
import io.github.corsstarter.engine.CorsEngine;
import io.github.corsstarter.runtime.CorsConfigurationManager;
import io.github.corsstarter.runtime.CorsFilterPlacement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@code cors} Actuator endpoint, when Spring Boot Actuator is on the class path and
 * the endpoint is exposed ({@code management.endpoints.web.exposure.include=cors}); it
 * records the most recent rejections only then. What origin sources, resolvers and
 * requests wrote is shown as {@code management.endpoint.cors.show-values} and
 * {@code roles} say, Spring Boot's {@code env} endpoint's settings.
 */
@AutoConfiguration(after = { CorsAutoConfiguration.class, CorsServletAutoConfiguration.class,
		CorsReactiveAutoConfiguration.class })
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
@ConditionalOnBean(CorsEngine.class)
@EnableConfigurationProperties(CorsEndpointProperties.class)
public final class CorsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RecentRejections corsRecentRejections(CorsEngine engine) {
		RecentRejections rejections = new RecentRejections(Clock.systemUTC());
		engine.addObserver(rejections);
		return rejections;
	}

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(CorsEngine engine, ObjectProvider<CorsConfigurationManager> manager,
			ObjectProvider<CorsFilterPlacement> placement, RecentRejections rejections,
			CorsEndpointProperties properties) {
		return new CorsEndpoint(engine, manager.getIfAvailable(), placement.getIfAvailable(), rejections,
				properties.getShowValues());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(CorsEndpoint.class)
	@ConditionalOnAvailableEndpoint(exposure = EndpointExposure.WEB)
	CorsEndpointWebExtension corsEndpointWebExtension(CorsEndpoint endpoint, CorsEndpointProperties properties) {
		return new CorsEndpointWebExtension(endpoint, properties.getShowValues(), properties.getRoles());
	}

}
