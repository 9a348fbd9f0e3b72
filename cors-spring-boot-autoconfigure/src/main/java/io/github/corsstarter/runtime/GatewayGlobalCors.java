package io.github.corsstarter.runtime;

import java.util.List;
import java.util.Optional;

import io.github.corsstarter.engine.CorsEngine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;

/**
 * Warns once at startup when Spring Cloud Gateway's own CORS ({@code globalcors}) is
 * configured beside the starter's policies: on the paths a policy covers, the starter
 * answers the preflights and its decision replaces the gateway's headers, so the
 * gateway's configuration only misleads whoever reads it.
 */
public final class GatewayGlobalCors implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(GatewayGlobalCors.class);

	/**
	 * Gateway 5.0's key, and the one before it, which Spring Cloud's properties migrator
	 * still maps.
	 */
	private static final List<String> KEYS = List.of("spring.cloud.gateway.server.webflux.globalcors",
			"spring.cloud.gateway.globalcors");

	private final CorsEngine engine;

	private final Environment environment;

	public GatewayGlobalCors(CorsEngine engine, Environment environment) {
		this.engine = engine;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.engine.configuration().policies().isEmpty()) {
			return;
		}
		configuredKey().ifPresent((key) -> logger.warn("Spring Cloud Gateway's own CORS is configured (" + key
				+ "): on the paths cors.policies cover, this starter answers the preflights and its policy's headers "
				+ "replace the gateway's and the downstream services'; there the gateway's settings are not used. "
				+ "Move them into cors.policies and remove " + key
				+ " (the starter's README, 'Behind Spring Cloud Gateway', maps each key)."));
	}

	/** The {@code globalcors} key set in the environment, if any. */
	Optional<String> configuredKey() {
		Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(this.environment);
		return KEYS.stream().filter((key) -> isSet(sources, ConfigurationPropertyName.of(key))).findFirst();
	}

	private static boolean isSet(Iterable<ConfigurationPropertySource> sources, ConfigurationPropertyName name) {
		for (ConfigurationPropertySource source : sources) {
			if (source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
				return true;
			}
		}
		return false;
	}

}
