package org.polycentric.experiment.sensitivity;

import java.util.Locale;

/**
 * A sensitivity measure and its bootstrap confidence interval.
 *
 * @param value the estimate from all the rows
 * @param low   lower end of the percentile interval
 * @param high  upper end of the percentile interval
 */
public record Estimate(double value, double low, double high) {

    /** Whether {@code x} lies within the interval, ends included. */
    public boolean contains(double x) {
        return low <= x && x <= high;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", value, low, high);
    }
}
