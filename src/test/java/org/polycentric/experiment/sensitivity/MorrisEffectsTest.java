package org.polycentric.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.sensitivity.MorrisEffects.Step;

/**
 * Morris elementary effects on a function whose answer is known: y = 10 x1 + x2 + 0 x3 + 4 x4 x5
 * on the unit cube. x1, x2 and x3 act linearly, so each of their effects is its coefficient and
 * sigma is 0; x4 and x5 act through their interaction, an effect of 4 times the other factor, whose
 * level is uniform over the grid {0, 1/3, 2/3, 1}: mu* = 2 and sigma = 4 sqrt(5/36) = 1.49.
 */
class MorrisEffectsTest {

    private static final int K = 5;
    private static final int LEVELS = 4;
    private static final double DELTA = LEVELS / (2.0 * (LEVELS - 1));

    static double f(double[] x) {
        return 10 * x[0] + x[1] + 0 * x[2] + 4 * x[3] * x[4];
    }

    /**
     * One Morris trajectory on a grid of {@value #LEVELS} levels (Morris 1991): a random base point
     * on the grid, then each factor in random order moved by +delta, or -delta where +delta would
     * leave the cube, so both signs occur.
     */
    static double[][] trajectory(MersenneTwisterFast random) {
        double[][] points = new double[K + 1][];
        points[0] = new double[K];
        for (int i = 0; i < K; i++) {
            points[0][i] = random.nextInt(LEVELS) / (LEVELS - 1.0);
        }
        int[] order = {0, 1, 2, 3, 4};
        for (int i = K - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int s = 0; s < K; s++) {
            points[s + 1] = points[s].clone();
            int c = order[s];
            points[s + 1][c] += points[s][c] + DELTA <= 1 + 1e-12 ? DELTA : -DELTA;
        }
        return points;
    }

    static List<Step> design(int trajectories, long seed, ToDoubleFunction<double[]> model) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        List<Step> steps = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            double[][] points = trajectory(random);
            double[] outputs = Arrays.stream(points).mapToDouble(model).toArray();
            steps.addAll(MorrisEffects.steps(points, outputs));
        }
        return steps;
    }

    @Test
    void muStarRanksTheFactorsAndSigmaIsZeroForLinearOnes() {
        List<Step> steps = design(50, 2024, MorrisEffectsTest::f);
        assertTrue(steps.stream().anyMatch(s -> s.delta() < 0) && steps.stream().anyMatch(s -> s.delta() > 0),
                "the design steps both ways");
        MorrisEffects m = MorrisEffects.estimate(steps, K, Bootstrap.of(7));
        System.out.println("y = 10 x1 + x2 + 0 x3 + 4 x4 x5, 50 trajectories, 4 levels");
        for (MorrisEffects.Factor fa : m.all()) {
            System.out.printf(Locale.ROOT, "  x%d  r = %d  mu = %.4f  mu* = %s  sigma = %.4f%n",
                    fa.factor() + 1, fa.effects(), fa.mu(), fa.muStar(), fa.sigma());
        }
        int[] rank = m.rankByMuStar();
        System.out.println("  ranking by mu*: " + Arrays.toString(Arrays.stream(rank).map(i -> i + 1).toArray()));
        assertEquals(0, rank[0], "x1 matters most");
        assertEquals(1, rank[3], "x2 comes after the interacting pair");
        assertEquals(2, rank[4], "x3 does nothing");

        double[] coefficient = {10, 1, 0};
        for (int i = 0; i < 3; i++) {
            MorrisEffects.Factor fa = m.factor(i);
            assertEquals(50, fa.effects());
            assertEquals(coefficient[i], fa.mu(), 1e-9, "x" + (i + 1) + " mu");
            assertEquals(coefficient[i], fa.muStar().value(), 1e-9, "x" + (i + 1) + " mu*");
            assertEquals(0, fa.sigma(), 1e-9, "x" + (i + 1) + " acts linearly: sigma 0");
            assertEquals(coefficient[i], fa.muStar().low(), 1e-9, "equal effects: a zero-width interval");
            assertEquals(coefficient[i], fa.muStar().high(), 1e-9);
        }
        for (int i = 3; i < 5; i++) {
            MorrisEffects.Factor fa = m.factor(i);
            assertTrue(fa.muStar().contains(2), "x" + (i + 1) + " mu* " + fa.muStar() + " should contain 2");
            assertEquals(2, fa.muStar().value(), 0.5, "x" + (i + 1) + " mu*");
            assertEquals(4 * Math.sqrt(5.0 / 36), fa.sigma(), 0.3, "x" + (i + 1) + " interacts: sigma");
            assertTrue(fa.muStar().low() < fa.muStar().value() && fa.muStar().value() < fa.muStar().high());
        }
    }

    @Test
    void muStarSeesEffectsThatMuCancels() {
        // y = (x1 - 1/2)^2 + x2 on the grid {0, 1/3, 2/3, 1}: a step of x1 between 0 and 2/3 has
        // effect -1/3, a step between 1/3 and 1 has +1/3, whichever way it goes; the signs cancel on
        // average (mu near 0), the absolute values do not (mu* = 1/3 exactly)
        List<Step> steps = design(40, 11, x -> (x[0] - 0.5) * (x[0] - 0.5) + x[1]);
        MorrisEffects m = MorrisEffects.estimate(steps, K, Bootstrap.of(3));
        MorrisEffects.Factor x1 = m.factor(0);
        System.out.printf(Locale.ROOT, "y = (x1 - 1/2)^2 + x2: x1 mu = %.4f, mu* = %s, sigma = %.4f%n",
                x1.mu(), x1.muStar(), x1.sigma());
        assertEquals(1.0 / 3, x1.muStar().value(), 1e-9, "mu* of x1");
        assertTrue(Math.abs(x1.mu()) < x1.muStar().value() / 2, "mu mostly cancels: " + x1.mu());
        assertEquals(1.0 / 3, x1.sigma(), 0.05, "sigma of effects of +-1/3");
        assertEquals(1, m.factor(1).muStar().value(), 1e-9);
    }

    @Test
    void stepsComeFromATrajectorysPointsWithTheirSigns() {
        double[][] points = {{0, 1.0 / 3}, {2.0 / 3, 1.0 / 3}, {2.0 / 3, -1.0 / 3 + 1.0 / 3}};
        List<Step> steps = MorrisEffects.steps(points, new double[] {1, 3, 2});
        assertEquals(List.of(new Step(0, 2.0 / 3, 1, 3), new Step(1, -1.0 / 3, 3, 2)), steps);
        assertEquals(3, steps.get(0).effect(), 1e-12);
        assertEquals(3, steps.get(1).effect(), 1e-12, "a fall of 1 over a step down of 1/3");
        MorrisEffects m = MorrisEffects.estimate(design(10, 1, MorrisEffectsTest::f), K, Bootstrap.of(9));
        assertArrayEquals(new double[10], m.effects(2), 1e-12, "x3's ten effects are all zero");
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        List<Step> steps = design(20, 5, MorrisEffectsTest::f);
        MorrisEffects one = MorrisEffects.estimate(steps, K, Bootstrap.of(77));
        MorrisEffects two = MorrisEffects.estimate(steps, K, Bootstrap.of(77));
        assertEquals(one.all(), two.all());
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        String two = assertThrows(IllegalArgumentException.class,
                () -> MorrisEffects.steps(new double[][] {{0, 0}, {1, 1}}, new double[] {0, 1})).getMessage();
        assertTrue(two.contains("changes factors 0 and 1"), two);
        String none = assertThrows(IllegalArgumentException.class,
                () -> MorrisEffects.steps(new double[][] {{0, 0}, {0, 0}}, new double[] {0, 1})).getMessage();
        assertTrue(none.contains("changes no factor"), none);
        assertThrows(IllegalArgumentException.class,
                () -> MorrisEffects.steps(new double[][] {{0, 0}, {1, 0}}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Step(0, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Step(0, 0.5, Double.NaN, 2));
        String beyond = assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(
                List.of(new Step(3, 0.5, 0, 1)), 2, Bootstrap.of(1))).getMessage();
        assertTrue(beyond.contains("moves factor 3 but there are 2 factors"), beyond);
        String few = assertThrows(IllegalArgumentException.class, () -> MorrisEffects.estimate(
                List.of(new Step(0, 0.5, 0, 1), new Step(0, 0.5, 1, 2), new Step(1, 0.5, 0, 1)), 2,
                Bootstrap.of(1))).getMessage();
        assertTrue(few.contains("factor 1 has 1 elementary effect"), few);
    }
}
