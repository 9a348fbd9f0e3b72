package io.github.corsstarter.benchmarks.report;

/**
 * One case's average time and allocation.
 *
 * @param nanos average time, ns/op
 * @param error the half-width of JMH's 99.9% confidence interval, ns/op ({@code NaN} with
 * too few iterations)
 * @param bytes {@code gc.alloc.rate.norm}, B/op ({@code NaN} without {@code -prof gc})
 */
record Measurement(double nanos, double error, double bytes) {

}
