package org.polycentric.model.docking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.polycentric.scenario.Scenario;

/** Compares the mean share pledged over replications with an exact prediction, and prints both. */
final class BassChecks {
    private BassChecks() {
    }

    /**
     * Asserts that the mean over replications stays within {@link ReplicatedMean#tolerance} of
     * {@code predicted} at every {@code every}-th step, and prints the table. {@code alternative},
     * if not null, is what a known wrong model would give; the printout says by how many
     * tolerances it would miss, which is how strongly this case can reject it.
     *
     * @return the largest |mean - predicted| / tolerance over the checked steps
     */
    static double assertMeanFollows(String label, Scenario s, double[][] shares, double[] predicted, int every,
                                    String alternativeName, double[] alternative) {
        ReplicatedMean m = new ReplicatedMean(shares);
        int n = s.world().cities();
        int steps = s.time().steps();
        List<Integer> checked = new ArrayList<>();
        for (int k = 0; k <= steps; k += every) {
            checked.add(k);
        }
        double t = m.t(checked.size());
        System.out.printf("%s: %d cities, %d replications, %d steps per year; %d steps checked, t = %.2f%n",
                label, n, m.replications(), s.time().stepsPerYear(), checked.size(), t);
        System.out.printf("  %8s %9s %9s %9s %9s%s%n", "year", "mean", "predicted", "gap", "tolerance",
                alternative == null ? "" : String.format(" %9s", alternativeName));
        List<Executable> checks = new ArrayList<>();
        double worst = 0;
        double worstAlternative = 0;
        for (int k : checked) {
            double year = s.time().yearAt(k);
            double gap = m.mean(k) - predicted[k];
            double tol = m.tolerance(k, t, n);
            worst = Math.max(worst, Math.abs(gap) / tol);
            if (alternative != null) {
                worstAlternative = Math.max(worstAlternative, Math.abs(m.mean(k) - alternative[k]) / tol);
            }
            System.out.printf("  %8.2f %9.5f %9.5f %+9.5f %9.5f%s%n", year, m.mean(k), predicted[k], gap, tol,
                    alternative == null ? "" : String.format(" %9.5f", alternative[k]));
            checks.add(() -> assertTrue(Math.abs(gap) <= tol, String.format(
                    "%s, year %.2f: mean share %.5f vs predicted %.5f (gap %.5f, tolerance %.5f)",
                    label, year, m.mean(k), predicted[k], gap, tol)));
        }
        System.out.printf("  largest |gap| / tolerance %.2f%s%n", worst, alternative == null ? ""
                : String.format("; %s would be off by up to %.1f tolerances", alternativeName, worstAlternative));
        assertAll(label, checks);
        return worst;
    }
}
