package org.polycentric.experiment.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Morris elementary effects (Morris 1991, Technometrics 33:161-174) and their summaries per factor:
 * mu, the mean effect; mu*, the mean absolute effect, which ranks the factors without effects of
 * opposite sign cancelling (Campolongo, Cariboni and Saltelli 2007, Environ. Model. Softw.
 * 22:1509-1518); and sigma, the standard deviation of the effects, large when a factor acts
 * nonlinearly or through interactions. mu* carries a {@link Bootstrap} interval over the factor's
 * effects.
 *
 * <p>The input is the steps of the trajectories, each a {@link Step}: which factor moved, by how
 * much in the unit cube, and the outputs before and after, so the estimator does not depend on how
 * the design is stored. {@link #steps(double[][], double[])} makes them from one trajectory's
 * points and outputs.
 */
public final class MorrisEffects {

    /**
     * One step of a trajectory: factor {@code factor} moved by {@code delta} (unit-cube terms,
     * signed, nonzero) and the output went from {@code before} to {@code after}.
     */
    public record Step(int factor, double delta, double before, double after) {
        public Step {
            if (factor < 0) {
                throw new IllegalArgumentException("a step's factor is an index from 0, was " + factor);
            }
            if (!Double.isFinite(delta) || delta == 0 || Math.abs(delta) > 1) {
                throw new IllegalArgumentException("a step of factor " + factor
                        + " moves it by a nonzero delta of at most 1 in the unit cube, was " + delta);
            }
            if (!Double.isFinite(before) || !Double.isFinite(after)) {
                throw new IllegalArgumentException("a step of factor " + factor
                        + " needs finite outputs, was " + before + " -> " + after);
            }
        }

        /** The elementary effect (after - before) / delta. */
        public double effect() {
            return (after - before) / delta;
        }
    }

    /**
     * The summaries of one factor.
     *
     * @param factor  index of the factor, from 0
     * @param effects how many elementary effects it has (the number of trajectories, r)
     * @param mu      mean of the effects
     * @param muStar  mean of their absolute values, with its interval
     * @param sigma   sample standard deviation of the effects (divided by r - 1)
     */
    public record Factor(int factor, int effects, double mu, Estimate muStar, double sigma) {
    }

    private final List<Factor> factors;
    private final double[][] effects;

    private MorrisEffects(List<Factor> factors, double[][] effects) {
        this.factors = Collections.unmodifiableList(factors);
        this.effects = effects;
    }

    /**
     * The steps of one trajectory from its points and their outputs: each point differs from the one
     * before in exactly one factor.
     *
     * @param points  the trajectory's points in the unit cube, one row per point, k columns
     * @param outputs the model's output at each point
     * @throws IllegalArgumentException if the lengths disagree or a step moves no factor or several
     */
    public static List<Step> steps(double[][] points, double[] outputs) {
        if (points.length < 2 || outputs.length != points.length) {
            throw new IllegalArgumentException("a trajectory needs at least 2 points and one output each, has "
                    + points.length + " points and " + outputs.length + " outputs");
        }
        List<Step> steps = new ArrayList<>(points.length - 1);
        for (int j = 1; j < points.length; j++) {
            double[] from = points[j - 1];
            double[] to = points[j];
            if (to.length != from.length) {
                throw new IllegalArgumentException("trajectory point " + j + " has " + to.length
                        + " factors, the one before " + from.length);
            }
            int moved = -1;
            for (int c = 0; c < to.length; c++) {
                if (to[c] != from[c]) {
                    if (moved >= 0) {
                        throw new IllegalArgumentException("trajectory point " + j + " changes factors " + moved
                                + " and " + c + ": a Morris step changes exactly one");
                    }
                    moved = c;
                }
            }
            if (moved < 0) {
                throw new IllegalArgumentException("trajectory point " + j + " changes no factor");
            }
            steps.add(new Step(moved, to[moved] - from[moved], outputs[j - 1], outputs[j]));
        }
        return steps;
    }

    /**
     * Estimates mu, mu* (with its interval) and sigma of every factor.
     *
     * @param steps     the steps of all trajectories, in any order
     * @param factors   number of factors k
     * @param bootstrap resamples, confidence level and seed of the mu* intervals
     * @throws IllegalArgumentException if a step names a factor beyond k, or a factor has fewer than
     *                                  2 effects (sigma needs at least 2 trajectories)
     */
    public static MorrisEffects estimate(List<Step> steps, int factors, Bootstrap bootstrap) {
        if (factors < 1) {
            throw new IllegalArgumentException("Morris needs at least 1 factor, was " + factors);
        }
        List<List<Double>> byFactor = new ArrayList<>(factors);
        for (int i = 0; i < factors; i++) {
            byFactor.add(new ArrayList<>());
        }
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (step.factor() >= factors) {
                throw new IllegalArgumentException("step " + s + " moves factor " + step.factor()
                        + " but there are " + factors + " factors (0 to " + (factors - 1) + ")");
            }
            byFactor.get(step.factor()).add(step.effect());
        }
        double[][] ee = new double[factors][];
        List<Factor> out = new ArrayList<>(factors);
        MersenneTwisterFast random = bootstrap.generator();
        for (int i = 0; i < factors; i++) {
            double[] e = byFactor.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            if (e.length < 2) {
                throw new IllegalArgumentException("factor " + i + " has " + e.length
                        + " elementary effect(s); Morris needs at least 2 per factor (2 trajectories) for sigma");
            }
            ee[i] = e;
            double[] absolute = Arrays.stream(e).map(Math::abs).toArray();
            double[] replicates = new double[bootstrap.resamples()];
            int[] pick = new int[e.length];
            for (int b = 0; b < replicates.length; b++) {
                Bootstrap.draw(random, pick);
                double sum = 0;
                for (int r : pick) {
                    sum += absolute[r];
                }
                replicates[b] = sum / e.length;
            }
            out.add(new Factor(i, e.length, StatUtils.mean(e), bootstrap.interval(StatUtils.mean(absolute), replicates),
                    new StandardDeviation(true).evaluate(e)));
        }
        return new MorrisEffects(out, ee);
    }

    /** Number of factors k. */
    public int factors() {
        return factors.size();
    }

    /** The summaries of factor i (0-based). */
    public Factor factor(int i) {
        return factors.get(i);
    }

    /** The summaries of all factors, in factor order. */
    public List<Factor> all() {
        return factors;
    }

    /** The elementary effects of factor i, in the order of the steps given. */
    public double[] effects(int i) {
        return effects[i].clone();
    }

    /** Factor indices from the most influential to the least, by mu* (ties by index). */
    public int[] rankByMuStar() {
        return factors.stream()
                .sorted(Comparator.comparingDouble((Factor f) -> -f.muStar().value()).thenComparingInt(Factor::factor))
                .mapToInt(Factor::factor).toArray();
    }
}
