package org.polycentric.model.docking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polycentric.TestScenarios;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.scenario.Scenario;

/**
 * The model reduces to Bass (1969): identical cities on a complete graph, hazard mode with external
 * rate p and imitation weight q, every other rule off (scenarios/docking/bass.json).
 */
class BassDockingTest {

    @ParameterizedTest(name = "p={0}, q={1}, until {2}")
    @CsvSource({"0.03, 0.38, 2030", "0.005, 0.8, 2025", "0.02, 0.2, 2060"})
    void meanShareFollowsTheBassCurve(double p, double q, int endYear) {
        // each case runs until adoption is essentially complete
        Scenario s = TestScenarios.load("docking/bass", "decision.baseRate=" + p, "rules.peerInfluence.weight=" + q,
                "time.endYear=" + endYear);
        int reps = s.replications();
        int n = s.world().cities();
        int steps = s.time().steps();
        int perYear = s.time().stepsPerYear();
        double[] sum = new double[steps + 1];
        double[] sumSq = new double[steps + 1];
        for (int r = 0; r < reps; r++) {
            MetricTable t = TestScenarios.run(s, r).table();
            double[] share = t.column("pledged_share", "all");
            for (int k = 0; k <= steps; k++) {
                sum[k] += share[k];
                sumSq[k] += share[k] * share[k];
            }
        }
        double dt = 1.0 / perYear;
        double discrete = 0;
        for (int k = 0; k <= steps; k++) {
            if (k > 0) {
                // the exact discrete-time recursion of a synchronous per-step hazard
                discrete += (1 - discrete) * -Math.expm1(-dt * (p + q * discrete));
            }
            if (k % perYear != 0) {
                continue;
            }
            double mean = sum[k] / reps;
            double t = k * dt;
            double closed = (1 - Math.exp(-(p + q) * t)) / (1 + q / p * Math.exp(-(p + q) * t));
            assertTrue(Math.abs(mean - closed) <= 0.02,
                    "year " + (int) t + ": mean share " + mean + " vs Bass closed form " + closed);
            // sampling error of the mean: binomial spread of one run over N cities, plus the run-to-run
            // spread actually observed, over sqrt(R); 4 standard errors and a floor of one city
            double var = Math.max(0, sumSq[k] / reps - mean * mean) * reps / (reps - 1.0);
            double se = Math.sqrt((var + discrete * (1 - discrete) / n) / reps);
            assertTrue(Math.abs(mean - discrete) <= 4 * se + 1.0 / n,
                    "year " + (int) t + ": mean share " + mean + " vs discrete recursion " + discrete + " (se " + se + ")");
        }
    }
}
