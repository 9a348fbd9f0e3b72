/**
 * The WebFlux adapter: a web filter that reads each exchange for the CORS engine and
 * writes its decision.
 */
@NullMarked
package io.github.corsstarter.web.reactive;

import org.jspecify.annotations.NullMarked;
