/**
 * The reactive end-to-end run's server ({@code run-end-to-end.sh reactive}): a WebFlux
 * application on Netty, started once per variant.
 */
@NullMarked
package io.github.corsstarter.benchmarks.webfluxapp;

import org.jspecify.annotations.NullMarked;
