/**
 * Auto-configuration only: conditions, the {@code cors.*} properties, the filter registration and the startup
 * diagnostics (failure analyzers and log lines). Request handling lives in {@code io.github.corsstarter.web}, the
 * CORS rules in {@code io.github.corsstarter.policy}.
 */
package io.github.corsstarter.autoconfigure;
