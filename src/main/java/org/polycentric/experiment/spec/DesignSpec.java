package org.polycentric.experiment.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polycentric.params.Check;

/**
 * Which points of the parameter space an experiment runs, and how many:
 * <ul>
 *   <li>{@code factorial}: every combination; {@code levels} evenly spaced values of each range
 *       (end points included) and every value of each list;</li>
 *   <li>{@code latinHypercube}: {@code points} points, one in each of {@code points} equal strata
 *       of every parameter (McKay, Beckman &amp; Conover 1979);</li>
 *   <li>{@code sobol}: the Saltelli scheme for Sobol indices on {@code baseSamples} rows of a Sobol
 *       sequence, N(k + 2) points for k parameters (Saltelli et al. 2010);</li>
 *   <li>{@code morris}: {@code trajectories} one-at-a-time trajectories on a grid of
 *       {@code levels} (even) values, r(k + 1) points (Morris 1991; Campolongo et al. 2007).</li>
 * </ul>
 * Each kind takes only its own size keys.
 */
public record DesignSpec(Kind kind, Integer levels, Integer points, Integer baseSamples, Integer trajectories) {

    /** The kinds of design, as the file spells them. */
    public enum Kind {
        @JsonProperty("factorial") FACTORIAL,
        @JsonProperty("latinHypercube") LATIN_HYPERCUBE,
        @JsonProperty("sobol") SOBOL,
        @JsonProperty("morris") MORRIS
    }

    /** The most of any size key: more would not finish anyway. */
    static final int MAX_SIZE = 1_000_000;

    public DesignSpec {
        Check.present("kind", kind);
        switch (kind) {
            case FACTORIAL -> {
                if (levels != null) {
                    Check.range("levels", levels, 2, 1000);
                }
                only(points, "points", "latinHypercube");
                only(baseSamples, "baseSamples", "sobol");
                only(trajectories, "trajectories", "morris");
            }
            case LATIN_HYPERCUBE -> {
                Check.present("points", points);
                Check.range("points", points, 2, MAX_SIZE);
                only(levels, "levels", "factorial and morris");
                only(baseSamples, "baseSamples", "sobol");
                only(trajectories, "trajectories", "morris");
            }
            case SOBOL -> {
                Check.present("baseSamples", baseSamples);
                Check.range("baseSamples", baseSamples, 2, MAX_SIZE);
                only(levels, "levels", "factorial and morris");
                only(points, "points", "latinHypercube");
                only(trajectories, "trajectories", "morris");
            }
            case MORRIS -> {
                Check.present("trajectories", trajectories);
                Check.range("trajectories", trajectories, 2, MAX_SIZE);
                Check.present("levels", levels);
                Check.range("levels", levels, 2, 1000);
                Check.that(levels % 2 == 0, "levels", "must be even for a morris design (so that each step"
                        + " of levels / (2 (levels - 1)) keeps the grid symmetric), was " + levels);
                only(points, "points", "latinHypercube");
                only(baseSamples, "baseSamples", "sobol");
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static void only(Integer value, String key, String kinds) {
        Check.that(value == null, key, "is only for " + kinds + " designs; leave it out here");
    }

    /**
     * The number of points for parameters {@code parameters} (k of them): the product of each
     * parameter's factorial levels, {@code points}, N(k + 2) or r(k + 1); saturates at Long.MAX_VALUE.
     */
    public long pointCount(java.util.List<ParameterSpec> parameters) {
        int k = parameters.size();
        return switch (kind) {
            case FACTORIAL -> {
                long n = 1;
                for (ParameterSpec p : parameters) {
                    n = saturatedProduct(n, p.factorialLevels(levels == null ? 0 : levels));
                }
                yield n;
            }
            case LATIN_HYPERCUBE -> points;
            case SOBOL -> saturatedProduct(baseSamples, k + 2L);
            case MORRIS -> saturatedProduct(trajectories, k + 1L);
        };
    }

    static long saturatedProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
