package org.polycentric.model.docking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.docking.BassPredictions.StepProbability;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.rules.PeerInfluenceRule;
import org.polycentric.scenario.Scenario;

/**
 * Bass docking through the neighbour-by-neighbour path of PeerInfluenceRule (ties stored
 * explicitly, counted per city, divided by the city's degree): the path every real scenario
 * uses, which the complete graph's mean-field shortcut skips.
 *
 * <p>Each case catches different faults. Checked by breaking PeerInfluenceRule (never committed):
 * dropping the division by the degree fails all three; crediting the changed city instead of its
 * neighbours fails all three; skipping the last tie of each changed city's row fails the ring and
 * the Erdos-Renyi case but not the complete graph (there it misses one city in 2,000); dividing by
 * the mean degree instead of the city's own fails only the Erdos-Renyi case.
 */
class BassOnGraphsDockingTest {

    /** What one replication leaves: its share series and the shape of the graph it ran on. */
    private record Run(double[] share, boolean implicitComplete, int minDegree, int maxDegree, double meanDegree) {
    }

    private static Run[] runs(Scenario s) {
        return DockingRuns.each(s, r -> {
            TieGraph g = r.world().ties();
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 0; i < g.nodes(); i++) {
                min = Math.min(min, g.degree(i));
                max = Math.max(max, g.degree(i));
            }
            return new Run(r.table().column("pledged_share", "all"), g.isComplete(), min, max, g.meanDegree());
        }, new Run[s.replications()]);
    }

    private static double[][] shares(Run[] runs) {
        double[][] out = new double[runs.length][];
        for (int r = 0; r < runs.length; r++) {
            out[r] = runs[r].share();
        }
        return out;
    }

    /**
     * The complete graph stored tie by tie (Erdos-Renyi with edge probability 1) gives the same
     * exact discrete recursion as the mean-field shortcut.
     */
    @Test
    void explicitCompleteGraphFollowsTheExactDiscreteRecursion() {
        long t0 = System.nanoTime();
        Scenario s = TestScenarios.load("docking/bass-explicit-complete");
        int n = s.world().cities();
        Run[] runs = runs(s);
        for (Run run : runs) {
            // the sparse path runs only if the graph is not the implicit complete graph
            assertFalse(run.implicitComplete(), "the graph must be stored tie by tie");
            assertEquals(n - 1, run.minDegree(), "every city tied to every other");
            assertEquals(n - 1, run.maxDegree(), "every city tied to every other");
        }
        double p = s.decision().baseRate();
        double q = s.rules().get("peerInfluence", PeerInfluenceRule.Params.class).weight();
        double dt = s.time().dt();
        int steps = s.time().steps();
        double[] exact = BassPredictions.meanField(p, q, dt, steps, n, StepProbability.EXACT);
        double[] linearised = BassPredictions.meanField(p, q, dt, steps, n, StepProbability.LINEARISED);
        BassChecks.assertMeanFollows("explicit complete graph p=" + p + " q=" + q + " vs exact discrete recursion", s,
                shares(runs), exact, 1, "linearised", linearised);
        System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** A ring (every city has two ties): exact tree prediction, far slower than the mean field. */
    @Test
    void ringFollowsTheTreePrediction() {
        long t0 = System.nanoTime();
        Scenario s = TestScenarios.load("docking/bass-ring");
        Run[] runs = runs(s);
        for (Run run : runs) {
            assertFalse(run.implicitComplete());
            assertEquals(2, run.minDegree(), "a ring");
            assertEquals(2, run.maxDegree(), "a ring");
        }
        assertFollowsTreePrediction("ring", s, runs, BassPredictions.regularDegrees(2));
        System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** An Erdos-Renyi graph of mean degree 3: degrees vary, so each city must divide by its own. */
    @Test
    void erdosRenyiGraphFollowsTheTreePrediction() {
        long t0 = System.nanoTime();
        Scenario s = TestScenarios.load("docking/bass-erdos-renyi");
        int n = s.world().cities();
        double z = s.world().graph().meanDegree();
        Run[] runs = runs(s);
        double meanDegree = 0;
        for (Run run : runs) {
            assertFalse(run.implicitComplete());
            meanDegree += run.meanDegree() / runs.length;
        }
        // 2m/n with m ~ Binomial(n(n-1)/2, z/(n-1)): sd of one graph's mean degree about sqrt(2z/n)
        assertEquals(z, meanDegree, 5 * Math.sqrt(2 * z / n / runs.length), "mean degree of the generated graphs");
        assertFollowsTreePrediction("Erdos-Renyi z=" + z, s, runs, BassPredictions.erdosRenyiDegrees(n, z));
        System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void assertFollowsTreePrediction(String label, Scenario s, Run[] runs, double[] degrees) {
        double p = s.decision().baseRate();
        double q = s.rules().get("peerInfluence", PeerInfluenceRule.Params.class).weight();
        double dt = s.time().dt();
        int steps = s.time().steps();
        double[] tree = BassPredictions.treeLike(degrees, p, q, dt, steps);
        double[] meanField = BassPredictions.meanField(p, q, dt, steps, s.world().cities(), StepProbability.EXACT);
        BassChecks.assertMeanFollows(label + " p=" + p + " q=" + q + " vs tree prediction", s, shares(runs), tree, 1,
                "meanfield", meanField);
    }
}
