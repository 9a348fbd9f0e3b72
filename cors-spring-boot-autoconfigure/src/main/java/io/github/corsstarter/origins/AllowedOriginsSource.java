package io.github.corsstarter.origins;

import java.util.Collection;

/**
 * Lists allowed origins that live outside the configuration, such as the front-end
 * domains that the customers of a SaaS register in a database. A policy names the bean in
 * {@code cors.policies.<name>.origin-source.bean}.
 * <p>
 * The starter calls it at startup and then every {@code origin-source.refresh-interval}
 * on a background thread (requests never call it), checks every origin like a configured
 * one (invalid ones are skipped and reported, never fatal), and swaps the result in at
 * once. A failing call keeps the last good set in force.
 */
@FunctionalInterface
public interface AllowedOriginsSource {

	/**
	 * Every origin to allow, each exactly as browsers send it
	 * ({@code https://app.customer.example}).
	 * @throws Exception if the origins cannot be read now; the last good set stays in
	 * force and a later refresh tries again
	 */
	Collection<String> allowedOrigins() throws Exception;

}
