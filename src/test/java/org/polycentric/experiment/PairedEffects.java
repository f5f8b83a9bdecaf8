package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.scenario.Scenario;
import org.polycentric.world.StandardWorldSource;

/**
 * Paired effects of shipped scenarios and their variants, under common random numbers: every arm
 * runs the same replication seeds, so the per-replication difference of two arms removes the noise
 * they share (issue #11's decompositions). Each arm is run once and every registered measure is
 * read from each replication; later requests for the same arm come from the cache.
 */
final class PairedEffects {

    /** A scenario file under scenarios/ with {@code --set} overrides. */
    record Arm(String scenario, List<String> overrides) {
        Arm {
            overrides = List.copyOf(overrides);
        }

        static Arm of(String scenario, String... overrides) {
            return new Arm(scenario, List.of(overrides));
        }

        /** The same scenario with more overrides. */
        Arm with(List<String> more) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(more);
            return new Arm(scenario, all);
        }

        @Override
        public String toString() {
            return overrides.isEmpty() ? scenario : scenario + " " + String.join(" ", overrides);
        }
    }

    /** A number read from one finished replication. */
    interface Measure {
        double of(ReplicationResult r);
    }

    /** A recorded metric of a group at the start of a year. */
    static Measure metric(String metric, String group, int year) {
        return r -> {
            MetricTable t = r.table();
            return t.column(metric, group)[(year - t.startYear()) * t.stepsPerYear()];
        };
    }

    /** Mean of the paired difference (second arm minus first) and its 95% t-interval; base is the first arm's mean. */
    record Effect(double base, double mean, double low, double high) {
        boolean excludesZero() {
            return low > 0 || high < 0;
        }

        /** The share of {@code whole} that is gone in this (smaller) effect. */
        double shareRemovedFrom(Effect whole) {
            return 1 - mean / whole.mean;
        }

        @Override
        public String toString() {
            return String.format("%+.4f [%+.4f, %+.4f]", mean, low, high);
        }
    }

    private final int replications;
    private final Map<String, Measure> measures;
    private final Map<Arm, Map<String, double[]>> cache = new HashMap<>();
    private final RunService service = RunService.standard();
    private final ReplicationRunner runner = new ReplicationRunner(ReplicationRunner.defaultThreads());

    PairedEffects(int replications, Map<String, Measure> measures) {
        this.replications = replications;
        this.measures = new LinkedHashMap<>(measures);
    }

    int replications() {
        return replications;
    }

    /** The per-replication values of a measure in an arm. */
    double[] values(Arm arm, String measure) throws Exception {
        if (!measures.containsKey(measure)) {
            throw new IllegalArgumentException("no measure " + measure);
        }
        Map<String, double[]> byMeasure = cache.get(arm);
        if (byMeasure == null) {
            byMeasure = run(arm);
            cache.put(arm, byMeasure);
        }
        return byMeasure.get(measure);
    }

    /** The paired effect of going from arm a to arm b on a measure. */
    Effect effect(Arm a, Arm b, String measure) throws Exception {
        return paired(values(a, measure), values(b, measure));
    }

    /**
     * Prints the effect of going from {@code base} to {@code scenario} on a measure, then for each
     * change (made in both arms alike) the effect left and the share of the whole it removes; returns
     * the whole effect. The output is the scenario's decomposition.
     */
    Effect decompose(Arm base, Arm scenario, String measure, Map<String, List<String>> changes) throws Exception {
        Effect whole = effect(base, scenario, measure);
        System.out.printf("%n%s vs %s, %s (%d paired replications): %s %.4f, effect %s%n", scenario.scenario(),
                base.scenario(), measure, replications, base.scenario(), whole.base(), whole);
        for (Map.Entry<String, List<String>> c : new TreeMap<>(changes).entrySet()) {
            Effect part = effect(base.with(c.getValue()), scenario.with(c.getValue()), measure);
            System.out.printf("  %-44s effect %s   share removed %4.0f%%%n", c.getKey(), part,
                    100 * part.shareRemovedFrom(whole));
        }
        return whole;
    }

    /** Asserts that making the change {@code off} in both arms removes at least {@code most} of {@code whole}. */
    void assertMostRemoved(Arm base, Arm scenario, String measure, Effect whole, List<String> off, double most)
            throws Exception {
        Effect part = effect(base.with(off), scenario.with(off), measure);
        double removed = part.shareRemovedFrom(whole);
        assertTrue(removed >= most, String.format("%s: switching off %s removes %.0f%% of the effect on %s (%s -> %s)",
                scenario.scenario(), off, 100 * removed, measure, whole, part));
    }

    static Effect paired(double[] a, double[] b) {
        int n = a.length;
        double mean = 0;
        double base = 0;
        for (int r = 0; r < n; r++) {
            mean += (b[r] - a[r]) / n;
            base += a[r] / n;
        }
        double ss = 0;
        for (int r = 0; r < n; r++) {
            double d = b[r] - a[r] - mean;
            ss += d * d;
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new Effect(base, mean, mean - t * se, mean + t * se);
    }

    private Map<String, double[]> run(Arm arm) throws Exception {
        Scenario s = service.load(Path.of("scenarios/" + arm.scenario() + ".json"), arm.overrides()).value()
                .withRun(1, replications);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String m : measures.keySet()) {
            out.put(m, new double[replications]);
        }
        runner.run(replications, index -> ReplicationRun.run(s, index, new StandardWorldSource()),
                (ReplicationResult r) -> {
                    for (Map.Entry<String, Measure> m : measures.entrySet()) {
                        out.get(m.getKey())[r.replication()] = m.getValue().of(r);
                    }
                }, ReplicationRunner.Progress.NONE);
        return out;
    }
}
