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
import org.polycentric.model.ReplicationResult;
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

    // ---- M6: national net-zero targets as a norm cascade ----

    /** Per replication: national targets set (by the rule or by events) per year in steps of [from, to). */
    private static double[] targetsPerYear(List<ReplicationResult> runs, double from, double to) {
        return runs.stream().mapToDouble(r -> {
            World w = r.world();
            int a = w.time().stepOf(from);
            int b = w.time().stepOf(to);
            EventLog log = w.events();
            int n = 0;
            for (int e = 0; e < log.size(); e++) {
                n += log.kind(e) == EventLog.Kind.NET_ZERO_TARGET && log.step(e) >= a && log.step(e) < b ? 1 : 0;
            }
            return n / (to - from);
        }).toArray();
    }

    /** Per replication: nations with a net-zero target on 1 January of a year. */
    private static double[] count(List<ReplicationResult> runs, int year) {
        return runs.stream().mapToDouble(r -> Worlds.at(r, "nations_net_zero_count", "all", year)).toArray();
    }

    private static List<ReplicationResult> results(Scenario s, int reps) {
        List<ReplicationResult> out = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            out.add(Worlds.run(s, r));
        }
        return out;
    }

    @Test
    void nationalTargetsComeAsACascadeAfterTheFocalEventsNotAsATrickle() {
        int reps = 3;
        List<ReplicationResult> base = results(load("baseline.json", "time.endYear=2024"), reps);
        List<ReplicationResult> noFocal = results(load("baseline.json", "time.endYear=2024",
                "rules.nationalContext.focal=0"), reps);
        double[] early = targetsPerYear(base, 2010, 2019);
        double[] late = targetsPerYear(base, 2020, 2024);
        double[] mid2019 = targetsPerYear(base, 2005, 2019.5);
        double[] end2021 = targetsPerYear(base, 2005, 2022);
        System.out.printf("national net-zero targets set per year, baseline (R=%d): 2010-2018 %.2f %s,"
                + " 2020-2023 %.2f %s%n", reps, Worlds.mean(early), Arrays.toString(round(early)), Worlds.mean(late),
                Arrays.toString(round(late)));
        System.out.printf("nations with a target by mid-2019 / end 2021: baseline %.1f / %.1f, focal=0 %.1f / %.1f%n",
                Worlds.mean(mid2019) * 14.5, Worlds.mean(end2021) * 17,
                Worlds.mean(targetsPerYear(noFocal, 2005, 2019.5)) * 14.5,
                Worlds.mean(targetsPerYear(noFocal, 2005, 2022)) * 17);
        System.out.print("nations with a target on 1 January, baseline / focal=0:");
        for (int y = 2010; y <= 2024; y += 2) {
            System.out.printf(" %d %.1f / %.1f", y, Worlds.mean(count(base, y)), Worlds.mean(count(noFocal, y)));
        }
        System.out.println();
        assertTrue(Worlds.mean(late) > 3 * Worlds.mean(early), String.format(
                "%.2f targets a year in 2020-2023 is not several times %.2f in 2010-2018", Worlds.mean(late),
                Worlds.mean(early)));
        for (int r = 0; r < reps; r++) {
            assertTrue(late[r] > 2 * early[r], String.format("replication %d: %.2f targets a year in 2020-2023 vs"
                    + " %.2f in 2010-2018", r, late[r], early[r]));
        }
        Worlds.assertAbove(count(base, 2019), count(noFocal, 2019), 3, 3,
                "without focal events the cascade starts later: nations with a target on 1 January 2019");
    }

    // ---- M5: Race to Zero as a jump in its networks' pledge rate ----

    @Test
    void raceToZeroIsAJumpInThePledgeRateOfTheNetworksItMobilises() {
        int reps = 4;
        String end = "time.endYear=2021";
        Scenario on = load("baseline.json", end);
        Scenario off = load("baseline.json", end, "rules.campaigns.enabled=false");
        World built = Worlds.initial(on, 1);
        org.polycentric.model.Campaign race = Arrays.stream(built.bodies())
                .flatMap(b -> b.campaigns().stream()).filter(k -> k.name().equals("Race to Zero")).findFirst()
                .orElseThrow();
        int start = built.time().stepOf(race.year());
        if (built.time().yearAt(start) < race.year()) {
            start++; // a campaign starts at the first step that starts at or after its date (ODD 7.7)
        }
        int mask = race.networkMask();
        Group members = (w, i) -> (w.cities().networkMask[i] & mask) != 0;
        List<Rates> with = runs(on, reps, members);
        List<Rates> without = runs(off, reps, members);
        double[] before = rates(with, start - 2, start);
        double[] after = rates(with, start, start + 2);
        double[] offBefore = rates(without, start - 2, start);
        double[] offAfter = rates(without, start, start + 2);
        System.out.printf("members of Race to Zero's networks, pledges per quarter per unpledged member, two quarters"
                + " before / after %.2f (R=%d, %.0f at risk):%n", race.year(), reps, with.get(0).atRisk()[start]);
        System.out.printf("  baseline          %.4f / %.4f  ratio %.2f  (%s / %s)%n", Worlds.mean(before),
                Worlds.mean(after), Worlds.mean(after) / Worlds.mean(before), Arrays.toString(round(before)),
                Arrays.toString(round(after)));
        System.out.printf("  campaigns off     %.4f / %.4f  ratio %.2f%n", Worlds.mean(offBefore), Worlds.mean(offAfter),
                Worlds.mean(offAfter) / Worlds.mean(offBefore));
        Worlds.assertAbove(after, before, 3, 0.5 * Worlds.mean(before),
                "Race to Zero: the two quarters after vs the two before (at least +50%)");
        // without campaigns the rate drifts up a little (national targets of 2019-2020 add their bonus),
        // but the jump is the campaign's: at least three times the rise without it
        double rise = Worlds.mean(after) - Worlds.mean(before);
        double riseOff = Worlds.mean(offAfter) - Worlds.mean(offBefore);
        assertTrue(rise > 3 * riseOff, String.format("the jump is Race to Zero's: rise %.4f with campaigns, %.4f without",
                rise, riseOff));
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 1e4) / 1e4).toArray();
    }
}
