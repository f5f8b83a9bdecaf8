package org.polycentric.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * An experimental design: an ordered list of points of a {@link ParameterSpace}, the same list for
 * the same arguments and seed. A point is an array of k coordinates in parameter order; the design
 * makes it in the unit hypercube ({@link #unitPoint(int)}) and the space maps it to the parameters'
 * values ({@link #point(int)}). Point {@code i} is what a sweep runs as its point {@code i}.
 */
public sealed interface Design permits FullFactorial, LatinHypercube, SobolSaltelli, MorrisTrajectories {

    ParameterSpace space();

    /** The number of points. */
    int size();

    /** Point {@code index} in the unit hypercube, a fresh array. */
    double[] unitPoint(int index);

    /** Point {@code index} as the parameters' values, a fresh array. */
    default double[] point(int index) {
        return space().toValues(unitPoint(index));
    }

    /** Every point as the parameters' values, in order. */
    default List<double[]> points() {
        List<double[]> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(point(i));
        }
        return out;
    }

    /** Every point in the unit hypercube, in order. */
    default List<double[]> unitPoints() {
        List<double[]> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(unitPoint(i));
        }
        return out;
    }
}
