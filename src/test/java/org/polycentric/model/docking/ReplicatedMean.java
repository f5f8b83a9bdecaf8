package org.polycentric.model.docking;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean over R replications of a series recorded at every step, and how far it may stray from
 * an exact prediction by chance alone.
 *
 * <p>The allowed gap at a checked step is {@code t * se + 1/n}: {@code se} is the standard error
 * of the mean from the spread actually observed between replications, and {@code t} the Student-t
 * quantile with R - 1 degrees of freedom for a two-sided family-wise error of
 * {@link #FAMILY_ERROR} over all checked steps (Bonferroni; conservative, since neighbouring steps
 * are strongly correlated). So a correct model fails a case for about one set of seeds in a
 * thousand, and a small R widens the tolerance instead of making the test flaky. The {@code 1/n}
 * floor (one city) covers steps where every replication agrees, and the O(1/n) bias of a mean of a
 * nonlinear stochastic recursion against its deterministic limit.
 */
final class ReplicatedMean {
    /** Chance that a correct model fails one docking case (all its checked steps together). */
    static final double FAMILY_ERROR = 0.001;

    private final double[] mean;
    private final double[] se;
    private final int replications;

    /** @param perReplication one series per replication, all of the same length */
    ReplicatedMean(double[][] perReplication) {
        replications = perReplication.length;
        if (replications < 2) {
            throw new IllegalArgumentException("need at least two replications for a spread");
        }
        int length = perReplication[0].length;
        mean = new double[length];
        se = new double[length];
        for (int k = 0; k < length; k++) {
            double sum = 0;
            for (double[] series : perReplication) {
                sum += series[k];
            }
            double m = sum / replications;
            double ss = 0;
            for (double[] series : perReplication) {
                ss += (series[k] - m) * (series[k] - m);
            }
            mean[k] = m;
            se[k] = Math.sqrt(ss / (replications - 1) / replications);
        }
    }

    double mean(int k) {
        return mean[k];
    }

    double se(int k) {
        return se[k];
    }

    int replications() {
        return replications;
    }

    /** The Student-t multiplier for {@code checks} comparisons made together. */
    double t(int checks) {
        return new TDistribution(null, replications - 1).inverseCumulativeProbability(1 - FAMILY_ERROR / (2.0 * checks));
    }

    /** The allowed gap at step {@code k} between the mean and an exact prediction, in a world of {@code n} cities. */
    double tolerance(int k, double t, int n) {
        return t * se[k] + 1.0 / n;
    }
}
