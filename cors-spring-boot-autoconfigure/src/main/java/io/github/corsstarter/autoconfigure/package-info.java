/**
 * The Spring Boot wiring, and only that: the {@code @AutoConfiguration} classes with
 * their conditions, the filter registrations, the runtime hints and the failure analyzer.
 * Nothing outside this package imports it. What runs is elsewhere: the CORS rules in
 * {@code io.github.corsstarter.policy}, the decision in
 * {@code io.github.corsstarter.engine}, the filters in {@code io.github.corsstarter.web},
 * binding, compiling and reloading {@code cors.*} in
 * {@code io.github.corsstarter.runtime}.
 */
@NullMarked
package io.github.corsstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
