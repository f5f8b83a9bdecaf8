package org.polycentric.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polycentric.params.Check;
import org.polycentric.params.InvalidValueException;

/**
 * One-at-a-time trajectories for the elementary effects method of Morris (1991), "Factorial sampling
 * plans for preliminary computational experiments", Technometrics 33:161-174, as used with the
 * mu* measure of Campolongo, Cariboni &amp; Saltelli (2007), "An effective screening design for
 * sensitivity analysis of large models", Environ. Model. Softw. 22:1509-1518.
 *
 * <p>The unit hypercube is cut into a grid of p levels {0, 1/(p−1), ..., 1} (p even) and the step is
 * Δ = p / (2(p − 1)), which is p/2 grid levels. Each of the r trajectories has k + 1 points: a base
 * point x* drawn uniformly from the levels {0, ..., 1 − Δ} in every dimension, a random direction
 * for every factor (up: from x*_i to x*_i + Δ; down: from x*_i + Δ to x*_i) and a random order of the
 * factors; the trajectory starts where each factor's move begins and then moves the factors one at a
 * time in that order. This is Morris's B* = (J x* + (Δ/2)[(2B − J)D* + J]) P* with its random D*
 * and P*. Every point stays on the grid inside [0, 1], and each step changes exactly one factor, by
 * +Δ or −Δ.
 *
 * <p>Trajectory t occupies rows t(k+1) .. t(k+1)+k of the design; {@link #steps()} lists each step
 * with its two rows, the factor changed and the signed Δ, which is what an elementary-effects
 * estimator needs. For a list, choice or integer parameter a unit step of Δ may change the value
 * by unequal amounts (or, with fewer values than levels, not at all): the effect is then per unit
 * of the design's coordinate, not of the parameter.
 *
 * <p>Optionally (the five-argument constructor) the r trajectories are chosen among more random
 * candidates to spread over the hypercube, Campolongo et al.'s improvement, here by a greedy choice.
 *
 * <p>Randomness: MASON's {@link MersenneTwisterFast} seeded with the given seed alone; for each
 * trajectory (candidate) in turn, the base levels, then the directions, then the order (Fisher-Yates).
 */
public final class MorrisTrajectories implements Design {

    /** One step of a trajectory: from design row {@code before} to {@code after}, factor {@code factor} changed by {@code delta}. */
    public record Step(int trajectory, int before, int after, int factor, double delta) {
    }

    /** The most candidates the spread selection takes (its distances grow with their square). */
    public static final int MAX_CANDIDATES = 2000;

    private final ParameterSpace space;
    private final int trajectories;
    private final int levels;
    private final long seed;
    private final double delta;
    private final double[][] unit;
    private final List<Step> steps;

    /** {@code trajectories} random trajectories on a grid of {@code levels} levels. */
    public MorrisTrajectories(ParameterSpace space, int trajectories, int levels, long seed) {
        this(space, trajectories, levels, seed, trajectories);
    }

    /**
     * {@code trajectories} trajectories chosen among {@code candidates} random ones to spread over
     * the hypercube (Campolongo et al. 2007, section 3): the distance of two trajectories is the sum
     * of the Euclidean distances between their points, and the chosen set should maximise the sum of
     * its pairs' squared distances. Trying every subset is out of reach, so the choice is greedy: the
     * farthest pair first, then each time the candidate adding most to that sum. The chosen keep
     * their order among the candidates. With {@code candidates == trajectories} nothing is chosen
     * and the design is that of the four-argument constructor.
     */
    public MorrisTrajectories(ParameterSpace space, int trajectories, int levels, long seed, int candidates) {
        this.space = Objects.requireNonNull(space, "space");
        Check.that(trajectories >= 1, "trajectories", "must be at least 1, was " + trajectories);
        Check.that(levels >= 2 && levels % 2 == 0, "levels",
                "must be an even number at least 2 (4 is usual), so that a step of p/(2(p-1)) stays on the grid; was "
                        + levels);
        Check.that(candidates >= trajectories && candidates <= MAX_CANDIDATES, "candidates",
                "must be between the number of trajectories (" + trajectories + ") and " + MAX_CANDIDATES + ", was "
                        + candidates);
        int k = space.dimension();
        if ((long) trajectories * (k + 1) > Integer.MAX_VALUE) {
            throw new InvalidValueException("trajectories", "too many points: " + (long) trajectories * (k + 1));
        }
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
        this.delta = levels / (2.0 * (levels - 1));
        int half = levels / 2;
        double grid = levels - 1;
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][][] points = new double[candidates][k + 1][];
        int[][] orders = new int[candidates][k];
        boolean[][] ups = new boolean[candidates][k];
        int[] level = new int[k];
        for (int c = 0; c < candidates; c++) {
            boolean[] up = ups[c];
            int[] order = orders[c];
            for (int i = 0; i < k; i++) {
                level[i] = random.nextInt(half);
            }
            for (int i = 0; i < k; i++) {
                up[i] = random.nextBoolean();
                if (!up[i]) {
                    level[i] += half;
                }
            }
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[swap];
                order[swap] = tmp;
            }
            points[c][0] = onGrid(level, grid);
            for (int s = 0; s < k; s++) {
                int f = order[s];
                level[f] += up[f] ? half : -half;
                points[c][s + 1] = onGrid(level, grid);
            }
        }
        int[] chosen = candidates == trajectories ? allOf(candidates) : spread(points, trajectories);
        unit = new double[trajectories * (k + 1)][];
        List<Step> all = new ArrayList<>(trajectories * k);
        for (int t = 0; t < trajectories; t++) {
            int c = chosen[t];
            int row = t * (k + 1);
            for (int s = 0; s <= k; s++) {
                unit[row + s] = points[c][s];
            }
            for (int s = 0; s < k; s++) {
                int f = orders[c][s];
                all.add(new Step(t, row + s, row + s + 1, f, ups[c][f] ? delta : -delta));
            }
        }
        steps = List.copyOf(all);
    }

    private static int[] allOf(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** The distance of two trajectories in Campolongo et al. (2007): the sum of their points' distances. */
    static double distance(double[][] a, double[][] b) {
        double sum = 0;
        for (double[] x : a) {
            for (double[] y : b) {
                double sq = 0;
                for (int i = 0; i < x.length; i++) {
                    double d = x[i] - y[i];
                    sq += d * d;
                }
                sum += Math.sqrt(sq);
            }
        }
        return sum;
    }

    /** The spread of a set of trajectories: the square root of the sum of its pairs' squared distances. */
    public static double spread(List<double[][]> trajectories) {
        double sum = 0;
        for (int i = 0; i < trajectories.size(); i++) {
            for (int j = i + 1; j < trajectories.size(); j++) {
                double d = distance(trajectories.get(i), trajectories.get(j));
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    private static int[] spread(double[][][] candidates, int r) {
        int m = candidates.length;
        double[][] d2 = new double[m][m];
        int bestA = 0;
        int bestB = 1;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double d = distance(candidates[i], candidates[j]);
                d2[i][j] = d2[j][i] = d * d;
                if (d2[i][j] > d2[bestA][bestB]) {
                    bestA = i;
                    bestB = j;
                }
            }
        }
        boolean[] in = new boolean[m];
        double[] gain = new double[m];
        in[bestA] = true;
        int size = 1;
        if (r >= 2) {
            in[bestB] = true;
            size = 2;
        }
        for (int c = 0; c < m; c++) {
            gain[c] = d2[c][bestA] + (r >= 2 ? d2[c][bestB] : 0);
        }
        while (size < r) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!in[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            in[best] = true;
            size++;
            for (int c = 0; c < m; c++) {
                gain[c] += d2[c][best];
            }
        }
        int[] chosen = new int[r];
        for (int c = 0, t = 0; c < m; c++) {
            if (in[c]) {
                chosen[t++] = c;
            }
        }
        return chosen;
    }

    /** Trajectory {@code t}'s k + 1 points in the unit hypercube (copies). */
    public double[][] trajectory(int t) {
        Objects.checkIndex(t, trajectories);
        int k = space.dimension();
        double[][] out = new double[k + 1][];
        for (int s = 0; s <= k; s++) {
            out[s] = unit[t * (k + 1) + s].clone();
        }
        return out;
    }

    private static double[] onGrid(int[] level, double grid) {
        double[] u = new double[level.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = level[i] / grid;
        }
        return u;
    }

    /** r, the number of trajectories. */
    public int trajectories() {
        return trajectories;
    }

    /** p, the number of grid levels. */
    public int levels() {
        return levels;
    }

    /** Δ = p / (2(p − 1)), the size of every step in unit coordinates. */
    public double delta() {
        return delta;
    }

    public long seed() {
        return seed;
    }

    /** Every step of every trajectory, trajectory by trajectory, k per trajectory. */
    public List<Step> steps() {
        return steps;
    }

    /** The k steps of trajectory {@code t}. */
    public List<Step> steps(int t) {
        int k = space.dimension();
        Objects.checkIndex(t, trajectories);
        return steps.subList(t * k, (t + 1) * k);
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
