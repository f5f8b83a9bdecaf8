package org.polycentric.experiment.design;

import java.util.Objects;
import org.polycentric.params.Check;
import org.polycentric.params.InvalidValueException;

/**
 * Every combination of the parameters' levels: {@code levels} evenly spaced values from min to max
 * (both included, evenly in the logarithm on a log scale) for a range, every value for a list, and
 * for an integer range each integer among its levels once (so at most max − min + 1). The number of
 * points is the product of the parameters' level counts. The order is that of nested loops in
 * parameter order: the first parameter varies slowest, the last fastest. No randomness.
 */
public final class FullFactorial implements Design {

    /** A larger design is almost surely a mistake in the experiment file; a Latin hypercube suits it. */
    public static final int MAX_POINTS = 10_000_000;

    private final ParameterSpace space;
    private final int levels;
    private final double[][] unitLevels;
    private final int size;

    public FullFactorial(ParameterSpace space, int levels) {
        this.space = Objects.requireNonNull(space, "space");
        Check.that(levels >= 2, "levels", "must be at least 2 (a range's min and max), was " + levels);
        this.levels = levels;
        int k = space.dimension();
        unitLevels = new double[k][];
        long n = 1;
        for (int i = 0; i < k; i++) {
            unitLevels[i] = space.get(i).factorialLevels(levels);
            n *= unitLevels[i].length;
            if (n > MAX_POINTS) {
                throw new InvalidValueException("levels", "a full factorial of these " + k + " parameters with "
                        + levels + " levels has more than " + MAX_POINTS
                        + " points; use fewer levels or parameters, or a Latin hypercube");
            }
        }
        size = (int) n;
    }

    public int levels() {
        return levels;
    }

    /** How many values each parameter takes, in parameter order (their product is {@link #size()}). */
    public int[] levelCounts() {
        int[] c = new int[unitLevels.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = unitLevels[i].length;
        }
        return c;
    }

    @Override
    public ParameterSpace space() {
        return space;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] unitPoint(int index) {
        Objects.checkIndex(index, size);
        int k = unitLevels.length;
        double[] u = new double[k];
        int rest = index;
        for (int i = k - 1; i >= 0; i--) {
            int n = unitLevels[i].length;
            u[i] = unitLevels[i][rest % n];
            rest /= n;
        }
        return u;
    }
}
