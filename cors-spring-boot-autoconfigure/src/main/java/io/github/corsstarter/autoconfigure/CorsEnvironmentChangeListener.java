package io.github.corsstarter.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;

/**
 * Reloads the CORS configuration when Spring Cloud reports changed {@code cors.*} keys:
 * after {@code POST /actuator/refresh} or {@code POST /actuator/env}, and after a Spring
 * Cloud Config, Kubernetes or Consul reload. The reload never throws into whoever
 * published the event.
 */
final class CorsEnvironmentChangeListener implements ApplicationListener<EnvironmentChangeEvent> {

	private final CorsConfigurationManager manager;

	CorsEnvironmentChangeListener(CorsConfigurationManager manager) {
		this.manager = manager;
	}

	@Override
	public void onApplicationEvent(EnvironmentChangeEvent event) {
		if (touchesCors(event.getKeys())) {
			this.manager.reload();
		}
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
