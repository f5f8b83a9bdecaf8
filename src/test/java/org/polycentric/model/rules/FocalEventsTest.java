package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.Seeds;
import org.polycentric.model.Cities;
import org.polycentric.model.EventLog;
import org.polycentric.model.Polycentric;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Issue #11 on the shipped scenarios: focal events show as jumps. A hostile US turn (M6) sets off a
 * pulse of pledges by autonomous US cities; national net-zero targets (M6) come as a cascade after
 * the focal events of 2019-2021, not as a steady trickle; Race to Zero (M5) is a jump in the pledge
 * rate of the networks it mobilises. Full-size baseline worlds, cut short after the event studied,
 * a few paired replications (the same seeds for every variant).
 */
class FocalEventsTest {

    /** A city group, judged at the start of each step. */
    interface Group {
        boolean test(World w, int city);
    }

    /** Pledges and cities at risk (in the group and not pledged at the step's start), per step. */
    record Rates(double[] pledges, double[] atRisk, World world) {
        /** Pledges per quarter per city at risk over steps from..to-1. */
        double rate(int from, int to) {
            double p = 0;
            double n = 0;
            for (int s = from; s < to; s++) {
                p += pledges[s];
                n += atRisk[s];
            }
            return n > 0 ? p / n : Double.NaN;
        }
    }

    static Scenario load(String file, String... overrides) {
        try {
            return new ScenarioLoader(RuleCatalogue.STANDARD).load(Path.of("scenarios", file), List.of(overrides))
                    .value();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs replication {@code rep} as ReplicationRun does, counting the group's pledges in every step. */
    static Rates run(Scenario s, int rep, Group group) {
        Polycentric model = new Polycentric(Seeds.replicationSeed(s.seed(), rep), s, new SyntheticWorldBuilder(),
                RuleCatalogue.STANDARD);
        model.start();
        World w = model.world();
        Cities c = w.cities();
        int steps = s.time().steps();
        double[] pledges = new double[steps];
        double[] atRisk = new double[steps];
        boolean[] watched = new boolean[c.count()];
        while (!model.finished()) {
            int step = (int) model.schedule.getSteps();
            w.setStep(step); // as StepStart will, so that groups can read the step's time
            for (int i = 0; i < c.count(); i++) {
                watched[i] = !c.isPledged(i) && group.test(w, i);
                atRisk[step] += watched[i] ? 1 : 0;
            }
            model.schedule.step(model);
            for (int i = 0; i < c.count(); i++) {
                pledges[step] += watched[i] && c.isPledged(i) ? 1 : 0;
            }
        }
        model.finish();
        return new Rates(pledges, atRisk, w);
    }

    static List<Rates> runs(Scenario s, int reps, Group group) {
        List<Rates> out = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            out.add(run(s, r, group));
        }
        return out;
    }

    /** Per replication: the rate over steps from..to-1. */
    static double[] rates(List<Rates> runs, int from, int to) {
        return runs.stream().mapToDouble(r -> r.rate(from, to)).toArray();
    }

    // ---- M6: the counter-mobilisation pulse after a hostile turn ----

    private static final int REPS = 4;

    /** US cities above the counter-mobilisation autonomy threshold of the baseline. */
    private static Group autonomousUs(Scenario s) {
        double threshold = s.rules().get("nationalContext", NationalContextRule.Params.class).autonomyThreshold();
        return (w, i) -> w.cities().nation[i] == w.nationIndex("USA") && w.cities().autonomy[i] > threshold;
    }

    @Test
    void aHostileUsTurnSetsOffAPulseOfPledgesByAutonomousUsCities() {
        String end = "time.endYear=2027";
        Scenario withdrawal = load("great-power-withdrawal.json", end);
        Scenario baseline = load("baseline.json", end);
        Scenario silent = load("great-power-withdrawal.json", end, "rules.nationalContext.mobilisation=0");
        int turn = withdrawal.time().stepOf(2025.05);
        Group us = autonomousUs(withdrawal);
        List<Rates> w = runs(withdrawal, REPS, us);
        List<Rates> b = runs(baseline, REPS, us);
        List<Rates> m = runs(silent, REPS, us);
        double[] wBefore = rates(w, turn - 4, turn);
        double[] wAfter = rates(w, turn, turn + 4);
        double[] bBefore = rates(b, turn - 4, turn);
        double[] bAfter = rates(b, turn, turn + 4);
        double[] mBefore = rates(m, turn - 4, turn);
        double[] mAfter = rates(m, turn, turn + 4);
        System.out.printf("autonomous US cities, pledges per quarter per unpledged city, four quarters before / after"
                + " the 2025 turn (R=%d, %.0f cities at risk at the turn):%n", REPS, w.get(0).atRisk()[turn]);
        System.out.printf("  great-power-withdrawal      %.4f / %.4f  (%s / %s)%n", Worlds.mean(wBefore),
                Worlds.mean(wAfter), Arrays.toString(round(wBefore)), Arrays.toString(round(wAfter)));
        System.out.printf("  baseline                    %.4f / %.4f%n", Worlds.mean(bBefore), Worlds.mean(bAfter));
        System.out.printf("  withdrawal, mobilisation=0  %.4f / %.4f%n", Worlds.mean(mBefore), Worlds.mean(mAfter));
        Worlds.assertAbove(wAfter, wBefore, 3, 0.5 * Worlds.mean(wBefore),
                "withdrawal: the year after the turn vs the year before (at least +50%)");
        Worlds.assertAbove(wAfter, bAfter, 3, 0.5 * Worlds.mean(bAfter),
                "the year after the turn: withdrawal vs baseline (at least +50%)");
        assertTrue(Worlds.mean(mAfter) < 1.15 * Worlds.mean(mBefore), String.format(
                "without counter-mobilisation no surge: %.4f after vs %.4f before", Worlds.mean(mAfter),
                Worlds.mean(mBefore)));
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 1e4) / 1e4).toArray();
    }
}
