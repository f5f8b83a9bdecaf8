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
 * <p>Randomness: MASON's {@link MersenneTwisterFast} seeded with the given seed alone; for each
 * trajectory in turn, the base levels, then the directions, then the order (Fisher-Yates).
 */
public final class MorrisTrajectories implements Design {

    /** One step of a trajectory: from design row {@code before} to {@code after}, factor {@code factor} changed by {@code delta}. */
    public record Step(int trajectory, int before, int after, int factor, double delta) {
    }

    private final ParameterSpace space;
    private final int trajectories;
    private final int levels;
    private final long seed;
    private final double delta;
    private final double[][] unit;
    private final List<Step> steps;

    public MorrisTrajectories(ParameterSpace space, int trajectories, int levels, long seed) {
        this.space = Objects.requireNonNull(space, "space");
        Check.that(trajectories >= 1, "trajectories", "must be at least 1, was " + trajectories);
        Check.that(levels >= 2 && levels % 2 == 0, "levels",
                "must be an even number at least 2 (4 is usual), so that a step of p/(2(p-1)) stays on the grid; was "
                        + levels);
        int k = space.dimension();
        if ((long) trajectories * (k + 1) > Integer.MAX_VALUE) {
            throw new InvalidValueException("trajectories", "too many points: "
                    + (long) trajectories * (k + 1));
        }
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
        this.delta = levels / (2.0 * (levels - 1));
        int half = levels / 2;
        double grid = levels - 1;
        unit = new double[trajectories * (k + 1)][];
        List<Step> all = new ArrayList<>(trajectories * k);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] level = new int[k];
        boolean[] up = new boolean[k];
        int[] order = new int[k];
        for (int t = 0; t < trajectories; t++) {
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
            int row = t * (k + 1);
            unit[row] = onGrid(level, grid);
            for (int s = 0; s < k; s++) {
                int f = order[s];
                level[f] += up[f] ? half : -half;
                unit[row + s + 1] = onGrid(level, grid);
                all.add(new Step(t, row + s, row + s + 1, f, up[f] ? delta : -delta));
            }
        }
        steps = List.copyOf(all);
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
