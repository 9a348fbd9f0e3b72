package io.github.corsstarter.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Live reload of the CORS configuration on Spring Cloud's environment change events, when
 * Spring Cloud Context is on the class path. Without it nothing here runs;
 * {@link CorsConfigurationManager#reload()} stays available.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.cloud.context.environment.EnvironmentChangeEvent")
@ConditionalOnBean(CorsConfigurationManager.class)
public final class CorsReloadAutoConfiguration {

	@Bean
	CorsEnvironmentChangeListener corsEnvironmentChangeListener(CorsConfigurationManager manager) {
		return new CorsEnvironmentChangeListener(manager);
	}

}
