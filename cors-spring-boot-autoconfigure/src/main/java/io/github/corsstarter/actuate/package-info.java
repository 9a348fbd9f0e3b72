/**
 * The {@code cors} Actuator endpoint: the running configuration, a dry run answered by
 * the engine itself, and the most recent rejections. Used only when the application has
 * Spring Boot Actuator and exposes the endpoint.
 */
@NullMarked
package io.github.corsstarter.actuate;

import org.jspecify.annotations.NullMarked;
