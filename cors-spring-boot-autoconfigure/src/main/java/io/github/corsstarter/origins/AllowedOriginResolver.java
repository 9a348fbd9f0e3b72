package io.github.corsstarter.origins;

/**
 * Answers, one origin at a time, whether an origin may read responses: for sets of
 * origins too large to list. A policy names the bean in
 * {@code cors.policies.<name>.origin-resolver.bean}.
 * <p>
 * The starter asks it only for an origin that no configured rule allows, on its own
 * bounded pool of threads (never a servlet container's or Netty's), keeps its answers in
 * a bounded cache, and limits how many lookups run at once and per second: past those
 * bounds an unknown origin is simply not allowed for that request. An answer that takes
 * longer than {@code origin-resolver.timeout}, or an exception, means "not allowed" for
 * that request only.
 */
@FunctionalInterface
public interface AllowedOriginResolver {

	/**
	 * Whether the origin may read responses.
	 * @param origin the {@code Origin} header, as browsers send it
	 * @throws Exception if no answer can be given now; the request is then not allowed,
	 * and the origin is asked again next time
	 */
	boolean isAllowed(String origin) throws Exception;

}
