/**
 * The runtime around the engine: binds {@code cors.*} from the environment into
 * {@link io.github.corsstarter.runtime.CorsPolicySpec}s, compiles them (with the origin
 * sources' lists and the origin resolvers) into the configuration the engine answers
 * from, swaps in a new one on a reload or a source refresh (or keeps the old one and
 * reports why), and renders configuration problems as property keys with their values and
 * where they were set. Spring Boot types are used here, but no auto-configuration:
 * {@code io.github.corsstarter.autoconfigure} creates these objects.
 */
@NullMarked
package io.github.corsstarter.runtime;

import org.jspecify.annotations.NullMarked;
