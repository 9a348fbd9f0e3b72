package com.example.notes.origins;

import java.util.Collection;
import java.util.List;

import io.github.corsstarter.origins.AllowedOriginsSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code trusted_origins} table created by {@code schema.sql}, and the CORS starter's
 * view of it: the bean that {@code cors.policies.api.origin-source.bean} names in
 * {@code application.yml}. The starter calls {@link #allowedOrigins()} after startup,
 * every {@code refresh-interval}, and whenever
 * {@code CorsConfigurationManager.refreshOriginSource(BEAN_NAME)} asks it to, as the
 * admin API does after a change; requests never wait for the database.
 */
@Component(TrustedOrigins.BEAN_NAME)
public class TrustedOrigins implements AllowedOriginsSource {

	/** The bean name, as {@code application.yml} spells it. */
	public static final String BEAN_NAME = "trustedOrigins";

	private final JdbcClient jdbc;

	TrustedOrigins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every stored origin, as stored: the starter checks each like a configured origin
	 * and skips (and logs) those that are no origins browsers send. A failing query keeps
	 * the last good set in force.
	 */
	@Override
	public Collection<String> allowedOrigins() {
		return this.jdbc.sql("SELECT origin FROM trusted_origins").query(String.class).list();
	}

	public List<TrustedOrigin> findAll() {
		return this.jdbc.sql("SELECT origin, created_at FROM trusted_origins ORDER BY origin")
			.query(TrustedOrigin.class)
			.list();
	}

	/** Stores an origin unless it is there already; returns whether it was new. */
	public boolean add(String origin) {
		try {
			return this.jdbc.sql("""
					INSERT INTO trusted_origins (origin)
					SELECT :origin WHERE NOT EXISTS (SELECT 1 FROM trusted_origins WHERE origin = :origin)
					""").param("origin", origin).update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// Another request stored the same origin between the check and the insert.
			return false;
		}
	}

	/** Returns whether the origin was stored. */
	public boolean remove(String origin) {
		return this.jdbc.sql("DELETE FROM trusted_origins WHERE origin = :origin")
			.param("origin", origin)
			.update() == 1;
	}

}
