package org.polycentric.model.docking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polycentric.TestScenarios;
import org.polycentric.model.docking.BassPredictions.StepProbability;
import org.polycentric.model.rules.PeerInfluenceRule;
import org.polycentric.scenario.Scenario;

/**
 * The model reduces to Bass (1969): identical cities on a complete graph, hazard mode with external
 * rate p and imitation weight q, every other rule off (scenarios/docking/bass.json and
 * bass-quarterly.json). These cases use the complete graph's mean-field shortcut in
 * PeerInfluenceRule; BassOnGraphsDockingTest docks the neighbour-by-neighbour path.
 */
class BassDockingTest {

    /**
     * Weekly steps: the mean share follows the exact discrete recursion within sampling error, and
     * that recursion stays within 0.01 of the continuous closed form (the discretisation lag;
     * DESIGN.md section 2 computes at most 0.009 for these cases), so the model follows Bass's
     * curve. Twenty replications suffice here (the tolerance widens with the t quantile for a small R).
     * Weekly steps cannot tell a linearised hazard from the exact one; the quarterly case can.
     */
    @ParameterizedTest(name = "p={0}, q={1}, until {2}")
    @CsvSource({"0.03, 0.38, 2030", "0.005, 0.8, 2025", "0.02, 0.2, 2040"})
    void weeklyMeanShareFollowsTheBassCurve(double p, double q, int endYear) {
        long t0 = System.nanoTime();
        // each case runs until adoption is essentially complete
        Scenario s = TestScenarios.load("docking/bass", "decision.baseRate=" + p, "rules.peerInfluence.weight=" + q,
                "time.endYear=" + endYear, "replications=20");
        int perYear = s.time().stepsPerYear();
        double dt = s.time().dt();
        double[] recursion = BassPredictions.meanField(p, q, dt, s.time().steps(), s.world().cities(),
                StepProbability.EXACT);
        double[][] shares = DockingRuns.pledgedShares(s);
        ReplicatedMean m = new ReplicatedMean(shares);
        double lag = 0;
        double modelGap = 0;
        for (int k = 0; k <= s.time().steps(); k += perYear) {
            double closed = BassPredictions.closedForm(p, q, k * dt);
            lag = Math.max(lag, Math.abs(recursion[k] - closed));
            modelGap = Math.max(modelGap, Math.abs(m.mean(k) - closed));
        }
        System.out.printf("weekly Bass p=%s q=%s: largest gap to the continuous closed form: recursion %.4f, "
                + "model mean %.4f%n", p, q, lag, modelGap);
        assertTrue(lag <= 0.01, "weekly steps lag the closed form by " + lag);
        BassChecks.assertMeanFollows("weekly Bass p=" + p + " q=" + q + " vs discrete recursion", s, shares,
                recursion, perYear, null, null);
        System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Quarterly steps, where dt (p + qF) reaches 0.5: the mean share must follow the exact discrete
     * recursion F' = F + (1 - F)(1 - exp(-dt (p + q F n/(n-1)))) within sampling error. The
     * linearised probability dt h adopts faster, by up to 0.066 here: 9 to 13 tolerances from the
     * measured mean (printed; seeds 1 to 4). With that mutant in PledgeDecision this case failed at 21 of 25
     * steps, worst gap 19 tolerances, while the weekly cases still passed. The continuous closed
     * form is not expected here: quarterly steps lag it by up to 0.15.
     */
    @Test
    void quarterlyMeanShareFollowsTheExactDiscreteRecursion() {
        long t0 = System.nanoTime();
        Scenario s = TestScenarios.load("docking/bass-quarterly");
        double p = s.decision().baseRate();
        double q = s.rules().get("peerInfluence", PeerInfluenceRule.Params.class).weight();
        double dt = s.time().dt();
        int steps = s.time().steps();
        int n = s.world().cities();
        double[][] shares = DockingRuns.pledgedShares(s);
        double[] exact = BassPredictions.meanField(p, q, dt, steps, n, StepProbability.EXACT);
        double[] linearised = BassPredictions.meanField(p, q, dt, steps, n, StepProbability.LINEARISED);
        double lag = 0;
        for (int k = 0; k <= steps; k++) {
            lag = Math.max(lag, Math.abs(BassPredictions.closedForm(p, q, k * dt) - exact[k]));
        }
        System.out.printf("quarterly Bass p=%s q=%s: the exact recursion lags the continuous closed form by up to %.3f%n",
                p, q, lag);
        BassChecks.assertMeanFollows("quarterly Bass p=" + p + " q=" + q + " vs exact discrete recursion", s, shares,
                exact, 1, "linearised", linearised);
        System.out.printf("  took %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The tree-like prediction used on sparse graphs reduces to the mean-field recursion for a huge degree. */
    @Test
    void treeLikePredictionTendsToTheMeanFieldRecursion() {
        double p = 0.1;
        double q = 2.0;
        int n = 100_000;
        double[] meanField = BassPredictions.meanField(p, q, 0.25, 24, n, StepProbability.EXACT);
        double[] tree = BassPredictions.treeLike(BassPredictions.regularDegrees(n - 1), p, q, 0.25, 24);
        for (int k = 0; k < meanField.length; k++) {
            assertTrue(Math.abs(meanField[k] - tree[k]) < 1e-4, "step " + k + ": " + tree[k] + " vs " + meanField[k]);
        }
    }
}
