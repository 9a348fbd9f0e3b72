/**
 * The CORS engine, shared by every stack: a request is read through a small view
 * ({@link io.github.corsstarter.engine.CorsRequest}), decided once by the
 * {@link io.github.corsstarter.engine.CorsEngine} from the current
 * {@link io.github.corsstarter.engine.CompiledCorsConfiguration}, and the resulting
 * {@link io.github.corsstarter.engine.CorsDecision} is written through
 * {@link io.github.corsstarter.engine.CorsResponse}. Neither the Servlet API nor reactive
 * types appear here; the adapters in {@code io.github.corsstarter.web.servlet} and
 * {@code io.github.corsstarter.web.reactive} only read requests and write decisions.
 * <p>
 * The rules follow the WHATWG Fetch Standard's CORS protocol
 * (https://fetch.spec.whatwg.org/#http-cors-protocol).
 */
@NullMarked
package io.github.corsstarter.engine;

import org.jspecify.annotations.NullMarked;
