package io.github.corsstarter.autoconfigure;

import io.github.corsstarter.runtime.CorsProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Says why nothing happens when {@code cors.*} is configured in an application that is no
 * servlet or reactive web application (a batch job, a CLI, or a web dependency missing):
 * the starter has no filter to apply it with.
 */
@AutoConfiguration
@ConditionalOnNotWebApplication
public final class CorsNotAppliedAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CorsNotAppliedAutoConfiguration.class);

	@Bean
	SmartInitializingSingleton corsNotAppliedWarning(Environment environment) {
		return () -> {
			boolean configured = Binder.get(environment)
				.bind(CorsProperties.PREFIX + ".policies", Bindable.mapOf(String.class, Object.class))
				.map((policies) -> !policies.isEmpty())
				.orElse(false);
			if (configured) {
				logger.warn("cors.policies are configured but this is no servlet or reactive web application, so no "
						+ "CORS filter applies them: add spring-boot-starter-webmvc or spring-boot-starter-webflux, "
						+ "or remove the cors.* properties");
			}
		};
	}

}
