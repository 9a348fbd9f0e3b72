package io.github.corsstarter.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A policy's {@code origin-resolver.*} settings (a group of {@link CorsPolicySpec}): an
 * application's decision, one origin at a time, with its answers cached and its lookups
 * bounded.
 */
public final class OriginResolverSpec {

	/**
	 * Name of the AllowedOriginResolver bean asked about origins that no other setting
	 * allows. Requires Caffeine (com.github.ben-manes.caffeine:caffeine) on the class
	 * path.
	 */
	private @Nullable String bean;

	/**
	 * Longest wait for an answer; a lookup that takes longer means "not allowed" for that
	 * request (and is not cached). A bare number means seconds.
	 */
	private Duration timeout = Duration.ofMillis(250);

	/** How long an "allowed" answer is reused. A bare number means seconds. */
	private Duration allowedTtl = Duration.ofMinutes(10);

	/** How long a "not allowed" answer is reused. A bare number means seconds. */
	private Duration deniedTtl = Duration.ofMinutes(1);

	/** Most answers kept; the least recently used go first. */
	private int cacheSize = 10_000;

	/**
	 * Most lookups running at once; past it an unknown origin is not allowed for that
	 * request, without a lookup.
	 */
	private int maxConcurrentLookups = 4;

	/**
	 * Most lookups started per second; past it an unknown origin is not allowed for that
	 * request, without a lookup, so a flood of random origins never becomes a flood of
	 * queries.
	 */
	private int maxLookupsPerSecond = 20;

	/**
	 * Comma-separated list of origin patterns, written as in allowed-origin-patterns, of
	 * the origins the resolver may be asked about; any other origin is not allowed,
	 * without a lookup, so a flood of origins that cannot be a tenant's takes none of the
	 * lookups. Empty: any origin as browsers send it.
	 */
	private List<String> candidatePatterns = new ArrayList<>();

	public @Nullable String getBean() {
		return this.bean;
	}

	public void setBean(@Nullable String bean) {
		this.bean = bean;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = Objects.requireNonNull(timeout, "timeout");
	}

	public Duration getAllowedTtl() {
		return this.allowedTtl;
	}

	public void setAllowedTtl(Duration allowedTtl) {
		this.allowedTtl = Objects.requireNonNull(allowedTtl, "allowedTtl");
	}

	public Duration getDeniedTtl() {
		return this.deniedTtl;
	}

	public void setDeniedTtl(Duration deniedTtl) {
		this.deniedTtl = Objects.requireNonNull(deniedTtl, "deniedTtl");
	}

	public int getCacheSize() {
		return this.cacheSize;
	}

	public void setCacheSize(int cacheSize) {
		this.cacheSize = cacheSize;
	}

	public int getMaxConcurrentLookups() {
		return this.maxConcurrentLookups;
	}

	public void setMaxConcurrentLookups(int maxConcurrentLookups) {
		this.maxConcurrentLookups = maxConcurrentLookups;
	}

	public int getMaxLookupsPerSecond() {
		return this.maxLookupsPerSecond;
	}

	public void setMaxLookupsPerSecond(int maxLookupsPerSecond) {
		this.maxLookupsPerSecond = maxLookupsPerSecond;
	}

	public List<String> getCandidatePatterns() {
		return this.candidatePatterns;
	}

	public void setCandidatePatterns(List<String> candidatePatterns) {
		this.candidatePatterns = Objects.requireNonNull(candidatePatterns, "candidatePatterns");
	}

}
