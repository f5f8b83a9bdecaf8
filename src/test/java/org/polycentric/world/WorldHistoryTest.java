package org.polycentric.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.model.EventLog;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec.NetworkSpec;
import org.polycentric.world.data.ObservedSeries;
import org.polycentric.world.data.ObservedSeries.Observation;

/**
 * world-2005 against the record (issue #12, points 7 and 8): each observed series beside the
 * model's comparable metric, and the stylised facts of the spread of city pledges since 2005, each
 * printed with its numbers. world-2005 is not calibrated (issue #13): the observed series are
 * printed, not fitted; a fact is asserted only as far as it holds on world-2005 as shipped, and
 * the rest is printed (see the report in each test).
 */
class WorldHistoryTest {

    /** A few replications, same seeds in every arm (common random numbers). */
    private static final int REPLICATIONS = 4;
    /** Race to Zero needs the net branch of issue #12; remove it here once that branch is merged. */
    private static final List<ReplicationResult> HISTORY = new ArrayList<>();
    private static final List<ReplicationResult> NO_NETWORKS = new ArrayList<>();

    @BeforeAll
    static void runWorld2005() throws Exception {
        run(TestScenarios.load("world-2005"), REPLICATIONS, HISTORY);
        run(TestScenarios.load("world-2005", "rules.networkRecruitment.enabled=false",
                "rules.networkServices.enabled=false"), REPLICATIONS, NO_NETWORKS);
    }

    private static void run(Scenario s, int replications, List<ReplicationResult> into) throws Exception {
        new ReplicationRunner(ReplicationRunner.defaultThreads()).run(replications,
                i -> TestScenarios.run(s, i), into::add, ReplicationRunner.Progress.NONE);
    }

    // ---- observed series (point 7) ----------------------------------------------------------------

    @Test
    void everyObservedSeriesHasAComparableMetricThatWorld2005Records() throws Exception {
        ObservedSeries observed = ObservedSeries.load();
        Scenario world2005 = TestScenarios.load("world-2005");
        double floor = world2005.world().minPopulation();
        System.out.printf("observed against world-2005 (%d replications, floor %,.0f people; not calibrated: issue #13)%n",
                REPLICATIONS, floor);
        for (String name : observed.names()) {
            List<Observation> series = observed.series(name);
            Observation first = series.get(0);
            assertEquals(first.unit(), Metric.byId(first.metric()).unit(), name);
            boolean atThisFloor = first.minPopulation().isEmpty() || first.minPopulation().getAsInt() >= floor;
            List<ReplicationResult> runs = HISTORY;
            if (!atThisFloor) {
                assertTrue(networkNamed(world2005, first.group()) != null,
                        name + ": world-2005 has no network '" + first.group() + "'");
                int endYear = series.get(series.size() - 1).date().getYear() + 1;
                Scenario low = TestScenarios.load("world-2005", "world.minPopulation=" + first.minPopulation().getAsInt(),
                        "world.cities=200000", "time.endYear=" + endYear);
                runs = new ArrayList<>();
                run(low, 2, runs);
                System.out.printf("  %s: world-2005 with floor %,d people (%,d cities), 2 replications%n", name,
                        first.minPopulation().getAsInt(), runs.get(0).world().cities().count());
            }
            for (Observation o : series) {
                double model = 0;
                for (ReplicationResult r : runs) {
                    MetricTable t = r.table();
                    assertTrue(t.indexOf(o.metric(), o.group()) >= 0, "world-2005 records " + o.metric() + "/" + o.group());
                    model += t.column(o.metric(), o.group())[nearestRecord(t, o.year())] / runs.size();
                }
                assertTrue(Double.isFinite(model), o.toString());
                System.out.printf("  %-20s %s  observed %5d  model %7.1f  (%s, %s)%n", name, o.date(), o.value(), model,
                        o.metric(), o.group());
            }
        }
    }

    private static NetworkSpec networkNamed(Scenario s, String name) {
        return s.world().networks().stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    private static int nearestRecord(MetricTable t, double year) {
        int r = (int) Math.round((year - t.startYear()) * t.stepsPerYear());
        return Math.max(0, Math.min(t.records() - 1, r));
    }

    // ---- stylised facts (point 8) -----------------------------------------------------------------

    /**
     * Adoption is S-shaped: the yearly rise of the share pledged starts small, grows to a peak and
     * then falls (a straight line would have a flat rise, an exponential an ever-growing one). The
     * rise is smoothed over three years so that a single focal event (a one-year jump) does not
     * make the peak.
     */
    @Test
    void adoptionIsSShaped() {
        double[] share = meanAtYearStarts(HISTORY, "pledged_share", "all");
        double[] rise = new double[share.length - 1];
        for (int y = 0; y < rise.length; y++) {
            rise[y] = share[y + 1] - share[y];
        }
        double[] smooth = new double[rise.length - 2]; // smooth[k]: mean rise of years k, k + 1, k + 2
        int peak = 0;
        for (int k = 0; k < smooth.length; k++) {
            smooth[k] = (rise[k] + rise[k + 1] + rise[k + 2]) / 3;
            if (smooth[k] > smooth[peak]) {
                peak = k;
            }
        }
        int start = HISTORY.get(0).table().startYear();
        StringBuilder line = new StringBuilder("yearly rise of the share pledged (pp):");
        for (int y = 0; y < rise.length; y++) {
            line.append(String.format(" %d:%.1f", start + y, 100 * rise[y]));
        }
        System.out.println(line);
        line = new StringBuilder("three-year mean rise, by middle year (pp):");
        for (int k = 0; k < smooth.length; k++) {
            line.append(String.format(" %d:%.1f", start + k + 1, 100 * smooth[k]));
        }
        System.out.println(line);
        double last = smooth[smooth.length - 1];
        System.out.printf("three-year mean rise: first %.1f pp, peak %.1f pp around %d, last %.1f pp (%.0f%% of the "
                + "peak); share %.1f%% by %d%n", 100 * smooth[0], 100 * smooth[peak], start + peak + 1, 100 * last,
                100 * last / smooth[peak], 100 * share[share.length - 1], start + rise.length);
        assertTrue(smooth[0] < 0.5 * smooth[peak], "the rise grows: starts below half its peak");
        assertTrue(peak < smooth.length - 1, "the rise peaks before the end of the history");
        assertTrue(last < 0.9 * smooth[peak], "and then falls, by at least 10% of the peak");
    }

    /** Cities in the North pledge earlier than those in the South: years to 10% and 25% pledged. */
    @Test
    void northPledgesEarlierThanSouth() {
        for (double level : new double[] {0.10, 0.25}) {
            double north = meanYearReached(HISTORY, "north", level);
            double south = meanYearReached(HISTORY, "south", level);
            System.out.printf("%.0f%% pledged: North %.2f, South %.2f: the North %.2f years earlier%n", 100 * level,
                    north, south, south - north);
            assertTrue(north < south, "the North reaches " + level + " first");
        }
    }

    /**
     * Focal events show as jumps in the pledge rate: pledges per quarter in the four quarters from
     * the event's step against the four before it; the same ratio a year earlier (no event) is the
     * trend it is measured against. For the 2017 announcement, US cities' pledges.
     */
    @Test
    void focalEventsShowAsJumpsInThePledgeRate() {
        Object[][] events = {{"Paris Agreement", 2015.95, null}, {"US withdrawal announced", 2017.42, "USA"},
                {"Race to Zero", 2020.45, null}};
        List<String> jumps = new ArrayList<>();
        for (Object[] e : events) {
            double year = (double) e[1];
            String nation = (String) e[2];
            double[] perStep = meanPledgesPerStep(HISTORY, nation);
            MetricTable t = HISTORY.get(0).table();
            int step = (int) Math.floor((year - t.startYear()) * t.stepsPerYear() + 1e-9);
            double before = window(perStep, step - 4, step);
            double after = window(perStep, step, step + 4);
            double trend = window(perStep, step - 4, step) / window(perStep, step - 8, step - 4);
            double ratio = after / before;
            System.out.printf("%-24s %.2f (%s): pledges per quarter %.1f before, %.1f after: x%.2f (a year earlier, "
                    + "no event: x%.2f)%n", e[0], year, nation == null ? "all cities" : nation + " cities", before,
                    after, ratio, trend);
            if (ratio > trend) {
                jumps.add((String) e[0]);
            }
        }
        System.out.println("jumps above the trend: " + jumps);
        assertEquals(List.of("Paris Agreement", "US withdrawal announced", "Race to Zero"), jumps,
                "every focal event is a jump above the trend (the 2017 one among US cities: counter-mobilisation, M6)");
    }

    /** Switching the networks off (recruitment and services) slows adoption: paired, same seeds. */
    @Test
    void switchingNetworksOffSlowsAdoption() {
        int index = (2020 - HISTORY.get(0).table().startYear()) * HISTORY.get(0).table().stepsPerYear();
        double[] on = new double[REPLICATIONS];
        double[] off = new double[REPLICATIONS];
        double[] onEnd = new double[REPLICATIONS];
        double[] offEnd = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            double[] a = byReplication(HISTORY, r).table().column("pledged_share", "all");
            double[] b = byReplication(NO_NETWORKS, r).table().column("pledged_share", "all");
            on[r] = a[index];
            off[r] = b[index];
            onEnd[r] = a[a.length - 1];
            offEnd[r] = b[b.length - 1];
        }
        double[] effect2020 = paired(on, off);
        double[] effectEnd = paired(onEnd, offEnd);
        System.out.printf("share pledged 2020: networks on %.3f, off %.3f: %+.3f [%+.3f, %+.3f]%n", mean(on),
                mean(off), effect2020[0], effect2020[1], effect2020[2]);
        System.out.printf("share pledged 2026: networks on %.3f, off %.3f: %+.3f [%+.3f, %+.3f]%n", mean(onEnd),
                mean(offEnd), effectEnd[0], effectEnd[1], effectEnd[2]);
        assertTrue(effectEnd[2] < 0, "without networks fewer cities have pledged by 2026 (interval below 0)");
        assertTrue(effect2020[2] < 0, "and by 2020");
    }

    /** C40 stays within its cap and reaches the right order of magnitude: tens, about 100 by 2021. */
    @Test
    void c40StaysWithinItsCapAndReachesAboutAHundred() {
        NetworkSpec c40 = networkNamed(TestScenarios.load("world-2005"), "C40");
        assertFalse(c40 == null, "world-2005 has C40");
        int cap = c40.maxMembers();
        double max = 0;
        for (ReplicationResult r : HISTORY) {
            for (double v : r.table().column("network_members", "C40")) {
                max = Math.max(max, v);
            }
        }
        double[] members = meanAtYearStarts(HISTORY, "network_members", "C40");
        int start = HISTORY.get(0).table().startYear();
        System.out.printf("C40 members: 2006 %.0f, 2011 %.0f, 2016 %.0f, 2022 %.0f, 2026 %.0f; cap %d, most ever %.0f%n",
                members[2006 - start], members[2011 - start], members[2016 - start], members[2022 - start],
                members[members.length - 1], cap, max);
        assertTrue(max <= cap, "never above the cap");
        double by2022 = members[2022 - start];
        assertTrue(by2022 >= 30 && by2022 <= 300, "about 100 by the start of 2022 (the record: 97), was " + by2022);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static ReplicationResult byReplication(List<ReplicationResult> runs, int r) {
        return runs.stream().filter(x -> x.replication() == r).findFirst().orElseThrow();
    }

    private static double[] meanAtYearStarts(List<ReplicationResult> runs, String metric, String group) {
        MetricTable t0 = runs.get(0).table();
        int years = (t0.records() - 1) / t0.stepsPerYear() + 1;
        double[] out = new double[years];
        for (ReplicationResult r : runs) {
            double[] c = r.table().column(metric, group);
            for (int y = 0; y < years; y++) {
                out[y] += c[y * t0.stepsPerYear()] / runs.size();
            }
        }
        return out;
    }

    /** Mean over replications of the time of the first record at or above {@code level}. */
    private static double meanYearReached(List<ReplicationResult> runs, String group, double level) {
        double sum = 0;
        for (ReplicationResult r : runs) {
            MetricTable t = r.table();
            double[] c = t.column("pledged_share", group);
            int k = 0;
            while (k < c.length && c[k] < level) {
                k++;
            }
            assertTrue(k < c.length, group + " reaches " + level + " by the end");
            sum += t.year(k);
        }
        return sum / runs.size();
    }

    /** Pledges per step (all cities, or those of one nation), mean over replications. */
    private static double[] meanPledgesPerStep(List<ReplicationResult> runs, String nation) {
        double[] out = new double[runs.get(0).table().records()];
        for (ReplicationResult r : runs) {
            World w = r.world();
            int n = nation == null ? -1 : w.nationIndex(nation);
            EventLog log = w.events();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventLog.Kind.PLEDGE && log.step(i) >= 0
                        && (n < 0 || w.cities().nation[log.subject(i)] == n)) {
                    out[log.step(i)] += 1.0 / runs.size();
                }
            }
        }
        return out;
    }

    private static double window(double[] perStep, int from, int to) {
        return Arrays.stream(perStep, Math.max(0, from), to).sum() / (to - from);
    }

    private static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    /** Mean of the paired difference b - a and its 95% t-interval. */
    private static double[] paired(double[] a, double[] b) {
        int n = a.length;
        double m = 0;
        for (int r = 0; r < n; r++) {
            m += (b[r] - a[r]) / n;
        }
        double ss = 0;
        for (int r = 0; r < n; r++) {
            ss += (b[r] - a[r] - m) * (b[r] - a[r] - m);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new double[] {m, m - half, m + half};
    }
}
