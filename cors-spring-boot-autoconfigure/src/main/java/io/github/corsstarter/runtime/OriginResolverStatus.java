package io.github.corsstarter.runtime;

/**
 * How a policy's origin resolver fares, counted since its settings last changed.
 *
 * @param policy the policy whose resolver it is
 * @param name the resolver's bean name
 * @param cached answers in its cache now
 * @param hits requests answered from the cache
 * @param lookups lookups started
 * @param timeouts lookups that took longer than the timeout
 * @param failures lookups that failed
 * @param refused lookups not started, over the concurrency or rate limits
 */
public record OriginResolverStatus(String policy, String name, long cached, long hits, long lookups, long timeouts,
		long failures, long refused) {
}
