/**
 * Auto-configuration only: conditions, the {@code cors.*} properties and their binding,
 * the filter registrations and the startup diagnostics (the failure analyzer and log
 * lines). Request handling lives in {@code io.github.corsstarter.engine} and the adapters
 * of {@code io.github.corsstarter.web}, the CORS rules in
 * {@code io.github.corsstarter.policy}.
 */
@NullMarked
package io.github.corsstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
