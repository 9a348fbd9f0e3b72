/**
 * Turns JMH CSV result files into the Markdown tables of {@code docs/performance.md}:
 * {@link io.github.corsstarter.benchmarks.report.ResultsTable} for one run,
 * {@link io.github.corsstarter.benchmarks.report.AbTable} for the runs of two versions
 * side by side.
 */
package io.github.corsstarter.benchmarks.report;
