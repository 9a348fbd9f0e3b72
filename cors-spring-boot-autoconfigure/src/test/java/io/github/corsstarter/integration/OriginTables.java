package io.github.corsstarter.integration;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.corsstarter.origins.AllowedOriginResolver;
import io.github.corsstarter.origins.AllowedOriginsSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An origin source and an origin resolver over an H2 database, as applications write
 * them, counting the resolver's queries.
 */
@Configuration(proxyBeanMethods = false)
class OriginTables {

	static final String[] PROPERTIES = { "spring.sql.init.schema-locations=classpath:dynamic-origins.sql",
			"spring.datasource.generate-unique-name=true", "cors.policies.api.origin-source.bean=trustedOrigins",
			"cors.policies.api.origin-resolver.bean=tenantDomains", "cors.policies.api.origin-resolver.timeout=200ms",
			"cors.policies.api.origin-resolver.max-lookups-per-second=10" };

	@Bean
	AtomicInteger resolverQueries() {
		return new AtomicInteger();
	}

	@Bean
	AllowedOriginsSource trustedOrigins(JdbcClient jdbc) {
		return () -> jdbc.sql("SELECT origin FROM trusted_origins").query(String.class).list();
	}

	@Bean
	AllowedOriginResolver tenantDomains(JdbcClient jdbc, AtomicInteger resolverQueries) {
		return (origin) -> {
			resolverQueries.incrementAndGet();
			if (origin.equals("https://slow.example")) {
				Thread.sleep(2_000);
			}
			return jdbc.sql("SELECT COUNT(*) FROM tenant_domains WHERE origin = ?")
				.param(origin)
				.query(Integer.class)
				.single() > 0;
		};
	}

}
