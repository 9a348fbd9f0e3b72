/**
 * Allowed origins that are data rather than configuration: the interfaces an application
 * implements to list them all
 * ({@link io.github.corsstarter.origins.AllowedOriginsSource}) or to answer for one
 * origin at a time ({@link io.github.corsstarter.origins.AllowedOriginResolver}). Plain
 * Java, free of Spring.
 */
@NullMarked
package io.github.corsstarter.origins;

import org.jspecify.annotations.NullMarked;
