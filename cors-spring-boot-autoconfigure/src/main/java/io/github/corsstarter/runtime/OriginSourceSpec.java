package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A policy's {@code origin-source.*} settings (a group of {@link CorsPolicySpec}): an
 * application's list of allowed origins, added to the configured ones.
 */
public final class OriginSourceSpec {

	/**
	 * Name of the AllowedOriginsSource bean that lists allowed origins, in addition to
	 * allowed-origins and allowed-origin-patterns. Entries that are no origin browsers
	 * send are skipped and reported.
	 */
	private @Nullable String bean;

	/**
	 * How often the source is read again in the background. A failed read keeps the last
	 * good set; the first read is retried sooner. A bare number means seconds.
	 */
	private Duration refreshInterval = Duration.ofMinutes(5);

	/**
	 * Longest wait for the source's first read at startup; past it the application starts
	 * without the source's origins, which apply once the read completes in the
	 * background. A bare number means seconds.
	 */
	private Duration startupTimeout = Duration.ofSeconds(5);

	public @Nullable String getBean() {
		return this.bean;
	}

	public void setBean(@Nullable String bean) {
		this.bean = bean;
	}

	public Duration getRefreshInterval() {
		return this.refreshInterval;
	}

	public void setRefreshInterval(Duration refreshInterval) {
		this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
	}

	public Duration getStartupTimeout() {
		return this.startupTimeout;
	}

	public void setStartupTimeout(Duration startupTimeout) {
		this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
	}

}
