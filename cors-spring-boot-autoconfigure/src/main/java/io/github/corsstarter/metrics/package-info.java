/**
 * Micrometer metrics of the CORS engine's decisions and of what changes at runtime, used
 * only when the application has a {@code MeterRegistry}.
 */
@NullMarked
package io.github.corsstarter.metrics;

import org.jspecify.annotations.NullMarked;
