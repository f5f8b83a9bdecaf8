package org.polycentric.experiment.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sobol' first-order and total indices (Sobol' 1993, Math. Model. Comput. Exp. 1:407-414; Sobol'
 * 2001, Math. Comput. Simul. 55:271-280) from the outputs of the Saltelli scheme: two independent
 * sample matrices A and B of N rows, and for each parameter i the matrix AB_i, which is A with
 * column i taken from B (Saltelli et al. 2010, Comput. Phys. Commun. 181:259-270). Only the outputs
 * are needed, f(A), f(B) and f(AB_i) row by row, so the estimator does not depend on how the design
 * is stored.
 *
 * <ul>
 *   <li>First order, Saltelli et al. 2010 (their table 2, b):
 *       S_i = mean(f(B) (f(AB_i) - f(A))) / V.</li>
 *   <li>Total, Jansen 1999 (Comput. Phys. Commun. 117:35-43; Saltelli et al. 2010, table 2, f):
 *       ST_i = mean((f(A) - f(AB_i))^2) / (2 V).</li>
 * </ul>
 *
 * V is the variance of f(A) and f(B) together (2N values, divided by 2N). The first-order estimator
 * is not invariant to a shift of the output: f + c adds c mean(f(AB_i) - f(A)) to its numerator,
 * zero on average but not in a sample, so an outcome far from zero (a year such as 2030) would give
 * noisy indices. The outputs are therefore centred first on the mean of every output given, as
 * SALib does (Herman and Usher 2017, J. Open Source Softw. 2:97); the total estimator and V do not
 * change with a shift. Confidence intervals come from a {@link Bootstrap} over the N rows: a
 * resample takes the same rows of f(A), f(B) and every f(AB_i), and recomputes V with them. The estimates are not clipped to [0, 1]: with few rows a
 * small first-order index can come out slightly negative, and that is worth seeing.
 */
public final class SobolIndices {

    private final int rows;
    private final double variance;
    private final List<Estimate> first;
    private final List<Estimate> total;

    private SobolIndices(int rows, double variance, List<Estimate> first, List<Estimate> total) {
        this.rows = rows;
        this.variance = variance;
        this.first = Collections.unmodifiableList(first);
        this.total = Collections.unmodifiableList(total);
    }

    /**
     * Estimates the indices of every parameter with their bootstrap intervals.
     *
     * @param fA        f(A), one output per row, N rows (at least 2)
     * @param fB        f(B), N rows
     * @param fAB       fAB[i] is f(AB_i), N rows, for each of the k parameters (k at least 1)
     * @param bootstrap resamples, confidence level and seed of the intervals
     * @throws IllegalArgumentException if the arrays disagree in length, hold a NaN or infinity, or
     *                                  f(A) and f(B) are constant (no variance to share out)
     */
    public static SobolIndices estimate(double[] fA, double[] fB, double[][] fAB, Bootstrap bootstrap) {
        int n = check(fA, fB, fAB);
        int k = fAB.length;
        int[] all = new int[n];
        for (int r = 0; r < n; r++) {
            all[r] = r;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += fA[r] + fB[r];
            for (double[] ab : fAB) {
                sum += ab[r];
            }
        }
        double centre = sum / ((k + 2.0) * n);
        double[] s = new double[k];
        double[] st = new double[k];
        double v = compute(fA, fB, fAB, centre, all, s, st);
        if (!(v > 0)) {
            throw new IllegalArgumentException("f(A) and f(B) have no variance (every output is "
                    + fA[0] + "): there is nothing for the parameters to explain");
        }

        double[][] sRep = new double[k][bootstrap.resamples()];
        double[][] stRep = new double[k][bootstrap.resamples()];
        double[] sb = new double[k];
        double[] stb = new double[k];
        int[] pick = new int[n];
        MersenneTwisterFast random = bootstrap.generator();
        for (int b = 0; b < bootstrap.resamples(); b++) {
            Bootstrap.draw(random, pick);
            compute(fA, fB, fAB, centre, pick, sb, stb);
            for (int i = 0; i < k; i++) {
                sRep[i][b] = sb[i];
                stRep[i][b] = stb[i];
            }
        }
        List<Estimate> first = new ArrayList<>(k);
        List<Estimate> total = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            first.add(bootstrap.interval(s[i], sRep[i]));
            total.add(bootstrap.interval(st[i], stRep[i]));
        }
        return new SobolIndices(n, v, first, total);
    }

    /**
     * Fills s and st from the given rows (with f(B) taken less {@code centre}) and returns V; if the
     * rows have no variance the indices come out NaN or infinite.
     */
    private static double compute(double[] fA, double[] fB, double[][] fAB, double centre, int[] rows,
                                  double[] s, double[] st) {
        int n = rows.length;
        double sum = 0;
        for (int r : rows) {
            sum += fA[r] + fB[r];
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int r : rows) {
            double a = fA[r] - mean;
            double b = fB[r] - mean;
            ss += a * a + b * b;
        }
        double v = ss / (2.0 * n);
        for (int i = 0; i < fAB.length; i++) {
            double[] ab = fAB[i];
            double firstSum = 0;
            double totalSum = 0;
            for (int r : rows) {
                double d = ab[r] - fA[r];
                firstSum += (fB[r] - centre) * d;
                totalSum += d * d;
            }
            s[i] = firstSum / n / v;
            st[i] = totalSum / n / (2 * v);
        }
        return v;
    }

    private static int check(double[] fA, double[] fB, double[][] fAB) {
        if (fA == null || fB == null || fAB == null) {
            throw new IllegalArgumentException("f(A), f(B) and f(AB_i) are all needed");
        }
        int n = fA.length;
        if (n < 2) {
            throw new IllegalArgumentException("the Saltelli scheme needs at least 2 rows, f(A) has " + n);
        }
        if (fB.length != n) {
            throw new IllegalArgumentException("f(A) has " + n + " rows but f(B) has " + fB.length);
        }
        if (fAB.length == 0) {
            throw new IllegalArgumentException("no parameters: f(AB_i) is needed for each parameter i");
        }
        finite("f(A)", fA);
        finite("f(B)", fB);
        for (int i = 0; i < fAB.length; i++) {
            if (fAB[i] == null || fAB[i].length != n) {
                throw new IllegalArgumentException("f(A) has " + n + " rows but f(AB_" + i + ") has "
                        + (fAB[i] == null ? "none" : fAB[i].length));
            }
            finite("f(AB_" + i + ")", fAB[i]);
        }
        return n;
    }

    private static void finite(String name, double[] values) {
        for (int r = 0; r < values.length; r++) {
            if (!Double.isFinite(values[r])) {
                throw new IllegalArgumentException(name + " row " + r + " is " + values[r]
                        + ": every run needs a finite outcome");
            }
        }
    }

    /** Number of parameters k. */
    public int parameters() {
        return first.size();
    }

    /** Number of rows N of each matrix. */
    public int rows() {
        return rows;
    }

    /** V, the variance of f(A) and f(B) together. */
    public double variance() {
        return variance;
    }

    /** First-order index S_i of parameter i (0-based) with its interval. */
    public Estimate first(int i) {
        return first.get(i);
    }

    /** Total index ST_i of parameter i (0-based) with its interval. */
    public Estimate total(int i) {
        return total.get(i);
    }

    /** First-order indices of all parameters, in parameter order. */
    public List<Estimate> firstOrder() {
        return first;
    }

    /** Total indices of all parameters, in parameter order. */
    public List<Estimate> totalOrder() {
        return total;
    }
}
