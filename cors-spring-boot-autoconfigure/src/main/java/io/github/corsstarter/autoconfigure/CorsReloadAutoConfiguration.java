package io.github.corsstarter.autoconfigure;

import java.util.Locale;
import java.util.Set;

import io.github.corsstarter.runtime.CorsConfigurationManager;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Live reload of the CORS configuration on Spring Cloud's environment change events, when
 * Spring Cloud Context is on the class path: after {@code POST /actuator/refresh} or
 * {@code POST /actuator/env}, and after a Spring Cloud Config, Bus, Kubernetes or Consul
 * reload. Without it nothing here runs; {@link CorsConfigurationManager#reload()} stays
 * available.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.cloud.context.environment.EnvironmentChangeEvent")
@ConditionalOnBean(CorsConfigurationManager.class)
public final class CorsReloadAutoConfiguration {

	/** The reload never throws into whoever published the event. */
	@Bean
	ApplicationListener<EnvironmentChangeEvent> corsEnvironmentChangeListener(CorsConfigurationManager manager) {
		return (event) -> {
			if (touchesCors(event.getKeys())) {
				manager.reload();
			}
		};
	}

	/**
	 * Whether a changed key is a {@code cors.*} one, in its property form or as an
	 * environment variable.
	 */
	static boolean touchesCors(Set<String> keys) {
		return keys.stream()
			.map((key) -> key.toLowerCase(Locale.ROOT))
			.anyMatch((key) -> key.startsWith("cors.") || key.startsWith("cors[") || key.startsWith("cors_"));
	}

}
