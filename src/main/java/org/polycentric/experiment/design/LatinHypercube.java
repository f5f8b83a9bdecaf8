package org.polycentric.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.Objects;
import org.polycentric.params.Check;

/**
 * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979, Technometrics 21:239-245): n points
 * such that, in every dimension, each of the n strata [j/n, (j+1)/n) holds exactly one point. For
 * each dimension in parameter order the generator draws a random permutation of the strata
 * (Fisher-Yates) and then, point by point, a uniform jitter inside the point's stratum. The
 * generator is MASON's {@link MersenneTwisterFast} seeded with the given seed alone, so a seed
 * always gives the same design.
 */
public final class LatinHypercube implements Design {

    private final ParameterSpace space;
    private final long seed;
    private final double[][] unit;

    public LatinHypercube(ParameterSpace space, int points, long seed) {
        this.space = Objects.requireNonNull(space, "space");
        Check.that(points >= 1, "points", "must be at least 1, was " + points);
        this.seed = seed;
        int k = space.dimension();
        unit = new double[points][k];
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] strata = new int[points];
        for (int d = 0; d < k; d++) {
            for (int j = 0; j < points; j++) {
                strata[j] = j;
            }
            for (int j = points - 1; j > 0; j--) {
                int swap = random.nextInt(j + 1);
                int t = strata[j];
                strata[j] = strata[swap];
                strata[swap] = t;
            }
            for (int j = 0; j < points; j++) {
                double u = (strata[j] + random.nextDouble()) / points;
                double top = (strata[j] + 1.0) / points;
                unit[j][d] = u < top ? u : Math.nextDown(top); // rounding must not leave the stratum
            }
        }
    }

    public long seed() {
        return seed;
    }

    @Override
    public ParameterSpace space() {
        return space;
    }

    @Override
    public int size() {
        return unit.length;
    }

    @Override
    public double[] unitPoint(int index) {
        return unit[Objects.checkIndex(index, unit.length)].clone();
    }
}
