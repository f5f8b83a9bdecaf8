package org.polycentric.experiment.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * How the confidence intervals of the sensitivity measures are made: the rows of the design are
 * resampled with replacement {@code resamples} times, the measure recomputed on each resample, and
 * the interval read from the percentiles of those replicates (the percentile bootstrap, Efron and
 * Tibshirani 1993, An Introduction to the Bootstrap, ch. 13; as Archer et al. 1997, J. Stat. Comput.
 * Simul. 58:99-120, use it for Sobol' indices). The rows are drawn from a {@link MersenneTwisterFast}
 * seeded with {@code seed}, so the same outputs and the same seed give the same intervals.
 */
public final class Bootstrap {

    /** Resamples when nothing else is asked: enough for stable 2.5% and 97.5% percentiles. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Confidence level when nothing else is asked. */
    public static final double DEFAULT_LEVEL = 0.95;

    private final int resamples;
    private final double level;
    private final long seed;

    /**
     * @param resamples number of bootstrap resamples, at least 10
     * @param level     confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @param seed      seed of the generator that draws the rows (derive it from the experiment's seed)
     */
    public Bootstrap(int resamples, double level, long seed) {
        if (resamples < 10) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 10, was " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1 (0.95 for 95%), was " + level);
        }
        this.resamples = resamples;
        this.level = level;
        this.seed = seed;
    }

    /** {@value #DEFAULT_RESAMPLES} resamples, 95% intervals. */
    public static Bootstrap of(long seed) {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }

    public int resamples() {
        return resamples;
    }

    public double level() {
        return level;
    }

    public long seed() {
        return seed;
    }

    MersenneTwisterFast generator() {
        return new MersenneTwisterFast(seed);
    }

    /** Fills {@code rows} with indices 0 .. rows.length - 1 drawn with replacement. */
    static void draw(MersenneTwisterFast random, int[] rows) {
        for (int r = 0; r < rows.length; r++) {
            rows[r] = random.nextInt(rows.length);
        }
    }

    /**
     * The estimate {@code value} with the percentile interval of its {@code replicates}. Replicates
     * that are not finite (a resample whose outputs happen to be all equal has no variance) are left
     * out; if none is finite the interval is NaN.
     */
    Estimate interval(double value, double[] replicates) {
        double[] finite = Arrays.stream(replicates).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(finite);
        double tail = 100 * (1 - level) / 2;
        return new Estimate(value, p.evaluate(tail), p.evaluate(100 - tail));
    }
}
