package io.github.corsstarter.policy;

import java.util.concurrent.CompletableFuture;

/**
 * How a policy asks about an origin that no configured rule allows: what is already
 * known, without waiting, and a lookup that never blocks its caller. The Spring Boot
 * layer implements it over an application's {@code AllowedOriginResolver}, with a bounded
 * cache and bounded lookups.
 */
public interface OriginLookup {

	/** What is known of an origin without asking. */
	enum Known {

		ALLOWED,

		DENIED,

		/** Not asked yet, or the answer expired: a lookup is needed. */
		UNKNOWN

	}

	/** The resolver's name, for log lines and the Actuator view. */
	String name();

	/** What is known of an origin now; never blocks. */
	Known known(String origin);

	/**
	 * Asks about an origin. Concurrent lookups of one origin share one answer.
	 * @return completes with whether the origin is allowed, or exceptionally when no
	 * answer can be had for this request (the resolver failed or was too slow, or too
	 * many lookups run already): the request is then not allowed
	 */
	CompletableFuture<Boolean> lookup(String origin);

}
