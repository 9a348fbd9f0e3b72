/**
 * Turns a JMH CSV result file into the Markdown tables of the README's Performance
 * section.
 */
package io.github.corsstarter.benchmarks.report;
