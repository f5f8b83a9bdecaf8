package org.polycentric.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.polycentric.model.ReplicationResult;
import org.polycentric.scenario.Scenario;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Decomposes each shipped scenario's effect against the baseline (issue #11's evidence, run by
 * bench/decompose.sh; an analysis, not a test). For each scenario: the paired effect on its
 * headline metric (same seeds, common random numbers, 95% t-interval of the per-replication
 * difference), then the same effect with one mechanism changed, and the share of the effect that
 * change removes. Arguments: replications (default 10).
 */
public final class ScenarioDecomposition {

    /** A change applied to the baseline and the scenario alike ({@code both}) or to the scenario only. */
    private record Variant(String label, List<String> both, List<String> scenarioOnly) {
    }

    private record Case(String scenario, String metric, String group, int year, List<Variant> variants) {
    }

    private static Variant off(String label, String... both) {
        return new Variant(label, List.of(both), List.of());
    }

    private static final List<Case> CASES = List.of(
            new Case("great-power-withdrawal", "pledged_share", "north", 2050, List.of(
                    off("national context (M6) off", "rules.nationalContext.enabled=false"),
                    off("withdrawals (M12) off", "rules.implementation.turnWithdrawal=0",
                            "rules.implementation.governmentTurnover=0"))),
            new Case("north-south-support", "pledged_share", "south", 2030, List.of(
                    off("capacity and support (M8) off", "rules.capacityAndSupport.enabled=false"),
                    off("network services (mentoring) off", "rules.networkServices.enabled=false"))),
            new Case("no-city-networks", "pledged_share", "all", 2030, List.of(
                    off("network services off in both", "rules.networkServices.enabled=false"),
                    off("peer influence off in both", "rules.peerInfluence.enabled=false"))),
            new Case("carbon-market", "pledged_share", "all", 2030, List.of(
                    off("carbon market (M10) off", "rules.carbonMarket.enabled=false"))),
            new Case("carbon-market", "off_track_count", "all", 2050, List.of(
                    off("carbon market (M10) off", "rules.carbonMarket.enabled=false"))),
            new Case("rivalry-fragmented", "pledged_share", "all", 2050, List.of(
                    new Variant("without its rivalry events", List.of(), List.of("addEvents=[]")),
                    new Variant("without its populism and alignment settings", List.of(),
                            List.of("rules.greatPowerInterference.populistTurnRate=0.1",
                                    "rules.greatPowerInterference.alignment=0.1")))));

    private ScenarioDecomposition() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RunService service = RunService.standard();
        ReplicationRunner runner = new ReplicationRunner(ReplicationRunner.defaultThreads());
        System.out.printf("Decomposition of the shipped scenarios, %d paired replications each (same seeds)%n", reps);
        for (Case c : CASES) {
            Effect whole = effect(service, runner, c, List.of(), List.of(), reps);
            System.out.printf("%n%s: %s/%s in %d: baseline %.4f, scenario %.4f, effect %s%n", c.scenario(), c.metric(),
                    c.group(), c.year(), whole.base, whole.base + whole.mean, whole);
            for (Variant v : c.variants()) {
                Effect part = effect(service, runner, c, v.both(), v.scenarioOnly(), reps);
                double removed = whole.mean == 0 ? Double.NaN : 1 - part.mean / whole.mean;
                System.out.printf("  %-48s effect %s   share of the effect removed %5.0f%%%n", v.label(), part,
                        100 * removed);
            }
        }
    }

    /** Mean and 95% t-interval of the paired per-replication difference scenario - baseline. */
    private record Effect(double base, double mean, double low, double high) {
        @Override
        public String toString() {
            return String.format("%+.4f [%+.4f, %+.4f]", mean, low, high);
        }
    }

    private static Effect effect(RunService service, ReplicationRunner runner, Case c, List<String> both,
                                 List<String> scenarioOnly, int reps) throws Exception {
        List<String> baseOverrides = new ArrayList<>(both);
        List<String> scenarioOverrides = new ArrayList<>(both);
        scenarioOverrides.addAll(scenarioOnly);
        Scenario base = service.load(Path.of("scenarios/baseline.json"), baseOverrides).value().withRun(1, reps);
        Scenario scenario = service.load(Path.of("scenarios/" + c.scenario() + ".json"), scenarioOverrides).value()
                .withRun(1, reps);
        double[] a = values(runner, base, c, reps);
        double[] b = values(runner, scenario, c, reps);
        double[] d = new double[reps];
        double mean = 0;
        double baseMean = 0;
        for (int r = 0; r < reps; r++) {
            d[r] = b[r] - a[r];
            mean += d[r] / reps;
            baseMean += a[r] / reps;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (reps - 1) / reps);
        double t = new TDistribution(null, reps - 1).inverseCumulativeProbability(0.975);
        return new Effect(baseMean, mean, mean - t * se, mean + t * se);
    }

    private static double[] values(ReplicationRunner runner, Scenario s, Case c, int reps) throws Exception {
        double[] out = new double[reps];
        int[] next = {0};
        runner.run(reps, index -> ReplicationRun.run(s, index, new SyntheticWorldBuilder()), (ReplicationResult r) -> {
            var t = r.table();
            out[next[0]++] = t.column(c.metric(), c.group())[(c.year() - t.startYear()) * t.stepsPerYear()];
        }, ReplicationRunner.Progress.NONE);
        return out;
    }
}
