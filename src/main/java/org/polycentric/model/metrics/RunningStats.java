package org.polycentric.model.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and 95% confidence interval of a stream of values, in constant memory
 * (Welford 1962: numerically stable one-pass update of mean and sum of squared deviations). NaN
 * values are skipped, so {@link #n()} counts only the values that took part.
 */
public final class RunningStats {
    /**
     * The 0.975 quantile of Student t by degrees of freedom. A summary asks for the same one
     * thousands of times, and each costs a root search (about 0.2 ms).
     */
    private static final Map<Long, Double> T_975 = new ConcurrentHashMap<>();

    private long n;
    private double mean;
    private double sumSquares;

    /** Adds one value; NaN is ignored. */
    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        n++;
        double delta = value - mean;
        mean += delta / n;
        sumSquares += delta * (value - mean);
    }

    /** How many values (not NaN) were added. */
    public long n() {
        return n;
    }

    /** The mean, NaN when no value was added. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** The sample standard deviation (n - 1 in the denominator), NaN when fewer than two values. */
    public double sd() {
        return n < 2 ? Double.NaN : Math.sqrt(sumSquares / (n - 1));
    }

    /** Lower end of the two-sided 95% t-interval for the mean, NaN when fewer than two values. */
    public double ci95Low() {
        return mean() - halfWidth95();
    }

    /** Upper end of the two-sided 95% t-interval for the mean, NaN when fewer than two values. */
    public double ci95High() {
        return mean() + halfWidth95();
    }

    private double halfWidth95() {
        if (n < 2) {
            return Double.NaN;
        }
        // No random generator: only the quantile is needed, and a default one would seed itself
        // from the clock for nothing.
        double t = T_975.computeIfAbsent(n - 1, df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
        return t * sd() / Math.sqrt(n);
    }
}
