package org.polycentric.experiment.design;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.polycentric.params.Check;
import org.polycentric.params.InvalidValueException;

/**
 * The sampling scheme of Saltelli (2002) as set out in Saltelli et al. (2010), "Variance based
 * sensitivity analysis of model output", Comput. Phys. Commun. 181:259-270, for first-order and
 * total Sobol' indices.
 *
 * <p>N points of the 2k-dimensional Sobol' sequence (Commons Math {@link SobolSequenceGenerator},
 * Joe &amp; Kuo direction numbers, at most 1000 dimensions so k &le; 500) give two base matrices: A
 * is their first k columns, B their last k. For each parameter i, AB_i is A with column i taken from
 * B. The design has N(k + 2) points, in blocks:
 *
 * <pre>
 *   rows 0 .. N-1                 A       rowA(j)     = j
 *   rows N .. 2N-1                B       rowB(j)     = N + j
 *   rows (2+i)N .. (3+i)N-1       AB_i    rowAB(i, j) = (2 + i) N + j
 * </pre>
 *
 * so an estimator reads f(A), f(B) and each f(AB_i) back with {@link #split(double[])}.
 *
 * <p>The sequence's first point, the origin, is skipped by default (as in Saltelli et al. 2010: it
 * would put row 0 of A and B both at every parameter's minimum). The price, shown by Owen (2020,
 * "On dropping the first Sobol' point"), is that the N = 2^m points are no longer an exact net: in
 * each one-dimensional projection, rows 0 .. N−2 fill every stratum of width 1/N but the first, one
 * point each, and row N−1 may fall into any of them, so one stratum may hold two points and the
 * first none. Skipping a power of two at least N instead ({@code skip = N} for N a power of two)
 * keeps the exact stratification (tested). Powers of two for N give the
 * sequence its balance; other N are allowed. No randomness: the design is fixed by N and the skip.
 */
public final class SobolSaltelli implements Design {

    /** The dimensions Commons Math's Sobol' generator has direction numbers for. */
    public static final int MAX_SEQUENCE_DIMENSION = 1000;

    private final ParameterSpace space;
    private final int n;
    private final long skip;
    private final double[][] a;
    private final double[][] b;

    /** N base samples, skipping the sequence's first point. */
    public SobolSaltelli(ParameterSpace space, int baseSamples) {
        this(space, baseSamples, 1);
    }

    /** N base samples, starting at point {@code skip} of the sequence (skip &ge; 1). */
    public SobolSaltelli(ParameterSpace space, int baseSamples, int skip) {
        this.space = Objects.requireNonNull(space, "space");
        int k = space.dimension();
        Check.that(baseSamples >= 1, "baseSamples", "must be at least 1, was " + baseSamples);
        Check.that(skip >= 1, "skip", "must be at least 1 (point 0 of the sequence is the origin), was " + skip);
        if (2 * k > MAX_SEQUENCE_DIMENSION) {
            throw new InvalidValueException("parameters", "a Sobol' design of " + k + " parameters needs a "
                    + 2 * k + "-dimensional sequence; at most " + MAX_SEQUENCE_DIMENSION / 2 + " parameters");
        }
        if ((long) baseSamples * (k + 2) > Integer.MAX_VALUE) {
            throw new InvalidValueException("baseSamples", "gives " + (long) baseSamples * (k + 2)
                    + " points with " + k + " parameters, more than a design can hold");
        }
        this.n = baseSamples;
        this.skip = skip;
        a = new double[n][];
        b = new double[n][];
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        for (int j = 0; j < n; j++) {
            // skipTo returns the point at its index and moves past it
            double[] v = j == 0 ? sequence.skipTo(skip) : sequence.nextVector();
            a[j] = Arrays.copyOfRange(v, 0, k);
            b[j] = Arrays.copyOfRange(v, k, 2 * k);
        }
    }

    /** N, the rows of A, of B and of each AB_i. */
    public int baseSamples() {
        return n;
    }

    /** The index in the sequence of A's and B's row 0. */
    public long skip() {
        return skip;
    }

    /** The design's row of A's row j. */
    public int rowA(int j) {
        return Objects.checkIndex(j, n);
    }

    /** The design's row of B's row j. */
    public int rowB(int j) {
        return n + Objects.checkIndex(j, n);
    }

    /** The design's row of AB_i's row j (A's row j with parameter i's coordinate from B's row j). */
    public int rowAB(int i, int j) {
        return (2 + Objects.checkIndex(i, space.dimension())) * n + Objects.checkIndex(j, n);
    }

    @Override
    public ParameterSpace space() {
        return space;
    }

    @Override
    public int size() {
        return n * (space.dimension() + 2);
    }

    @Override
    public double[] unitPoint(int index) {
        Objects.checkIndex(index, size());
        int block = index / n;
        int j = index % n;
        if (block == 0) {
            return a[j].clone();
        }
        if (block == 1) {
            return b[j].clone();
        }
        double[] ab = a[j].clone();
        ab[block - 2] = b[j][block - 2];
        return ab;
    }

    /** An outcome of every design row, read back as f(A), f(B) and f(AB_i) (each N long). */
    public record Outputs(double[] a, double[] b, double[][] ab) {
    }

    /** Splits one outcome per design row, in row order, into the blocks the estimators take. */
    public Outputs split(double[] outputs) {
        if (outputs.length != size()) {
            throw new IllegalArgumentException("a Sobol' design of " + size() + " rows needs " + size()
                    + " outputs, was given " + outputs.length);
        }
        int k = space.dimension();
        double[][] ab = new double[k][];
        for (int i = 0; i < k; i++) {
            ab[i] = Arrays.copyOfRange(outputs, (2 + i) * n, (3 + i) * n);
        }
        return new Outputs(Arrays.copyOfRange(outputs, 0, n),
                Arrays.copyOfRange(outputs, n, 2 * n), ab);
    }
}
