package org.polycentric.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;

/**
 * The city networks of world-2005 as they were (issue #12, point 4; docs/DATA.md, City networks),
 * and the networks-merge branch against world-2005 without the merger (point 6).
 */
class NetworksAsTheyWereTest {

    private static Scenario load(String file, String... overrides) {
        try {
            return new ScenarioLoader(RuleCatalogue.STANDARD).load(Path.of("scenarios", file), List.of(overrides))
                    .value();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static CityNetwork network(World w, String name) {
        for (CityNetwork n : w.networks()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no network " + name);
    }

    /** The first record at or after a date (records are 1 January, 1 April, ...). */
    private static double at(ReplicationResult r, String metric, String group, double year) {
        int record = (int) Math.ceil((year - r.table().startYear()) * r.table().stepsPerYear() - 1e-9);
        return r.table().column(metric, group)[record];
    }

    @Test
    void c40GrowsToTheRecordsOrderOfMagnitudeWithinItsCap() {
        // the C40 record (docs/DATA.md): Oct 2005, Aug 2006, Jun 2011, Mar 2015, Dec 2016, Dec 2021
        double[] dates = {2005.79, 2006.58, 2011.42, 2015.17, 2016.95, 2021.95};
        int[] record = {18, 40, 58, 70, 91, 97};
        Scenario s = load("world-2005.json", "time.endYear=2022");
        int reps = 2;
        double[][] model = new double[reps][dates.length];
        ReplicationResult last = null;
        for (int rep = 0; rep < reps; rep++) {
            last = ReplicationRun.run(s, rep, new StandardWorldSource());
            for (int k = 0; k < dates.length; k++) {
                model[rep][k] = at(last, "network_members", "C40", dates[k]);
            }
        }
        System.out.println("C40 members, record vs world-2005 (mean of " + reps + " replications, first quarterly record at or after the date)");
        for (int k = 0; k < dates.length; k++) {
            double mean = 0;
            for (int rep = 0; rep < reps; rep++) {
                mean += model[rep][k] / reps;
            }
            System.out.printf("  %.2f  record %3d  model %5.1f%n", dates[k], record[k], mean);
        }
        World w = last.world();
        for (String name : new String[] {"ICLEI", "EU Covenant of Mayors", "Compact of Mayors", "Carbon Neutral Cities Alliance",
            "Global Covenant of Mayors", "Urban Shift", "Race to Zero"}) {
            System.out.printf("  %-32s %5d members at the start of 2022%n", name, network(w, name).memberCount());
        }
        CityNetwork c40 = network(w, "C40");
        assertEquals(97, c40.maxMembers());
        for (int k = 0; k < dates.length; k++) {
            assertTrue(model[0][k] <= 97, "within the cap");
        }
        assertTrue(model[0][dates.length - 1] >= 50, "tens of members, about 100 by 2021");
        assertEquals(0, network(w, "Compact of Mayors").memberCount(), "merged into the Global Covenant in 2016");
        assertTrue(network(w, "Compact of Mayors").isDissolved());
    }

    private static double tInterval(double[] d) {
        double mean = mean(d);
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (d.length - 1) / d.length);
        double[] t975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262};
        return t975[d.length - 1] * se;
    }

    private static double mean(double[] d) {
        double s = 0;
        for (double v : d) {
            s += v;
        }
        return s / d.length;
    }

    @Test
    void networksMergeAgainstWorld2005WithoutTheMerger() {
        // both to 1 January 2035 (the claim is about 2035), same seeds: common random numbers
        Scenario merge = load("networks-merge.json", "time.endYear=2035");
        Scenario stay = load("world-2005.json", "time.endYear=2035");
        assertEquals(merge.seed(), stay.seed());
        int reps = 4;
        double[] all = new double[reps];
        double[] cohort = new double[reps];
        double[] c40Cohort = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            ReplicationResult m = ReplicationRun.run(merge, rep, new StandardWorldSource());
            ReplicationResult b = ReplicationRun.run(stay, rep, new StandardWorldSource());
            World wm = m.world();
            World wb = b.world();
            CityNetwork gcomM = network(wm, "Global Covenant of Mayors");
            CityNetwork c40M = network(wm, "C40");
            CityNetwork c40B = network(wb, "C40");
            assertEquals(0, c40M.memberCount(), "C40 is dissolved after the merger");
            for (int k = 0; k < c40B.memberCount(); k++) {
                assertTrue(wm.cities().isMember(c40B.member(k), gcomM.index()),
                        "every C40 member (as in the run without merger) is a member of the Global Covenant");
            }
            all[rep] = Worlds2035.last(m, "pledged_share") - Worlds2035.last(b, "pledged_share");
            // the merged network's members: the Global Covenant's members in the merger run (C40's included)
            cohort[rep] = Worlds2035.share(wm, gcomM) - Worlds2035.share(wb, gcomM);
            c40Cohort[rep] = Worlds2035.share(wm, c40B) - Worlds2035.share(wb, c40B);
            System.out.printf("rep %d: pledged share %.4f vs %.4f; merged network's %d members %.4f vs %.4f;"
                    + " C40's %d members %.4f vs %.4f%n", rep, Worlds2035.last(m, "pledged_share"),
                    Worlds2035.last(b, "pledged_share"), gcomM.memberCount(), Worlds2035.share(wm, gcomM),
                    Worlds2035.share(wb, gcomM), c40B.memberCount(), Worlds2035.share(wm, c40B),
                    Worlds2035.share(wb, c40B));
        }
        System.out.printf("networks-merge minus world-2005, 1 January 2035, %d paired replications (mean, 95%% t-interval):%n", reps);
        System.out.printf("  pledged share, all cities:            %+.4f +- %.4f%n", mean(all), tInterval(all));
        System.out.printf("  pledged share, merged network members: %+.4f +- %.4f%n", mean(cohort), tInterval(cohort));
        System.out.printf("  pledged share, C40's members:          %+.4f +- %.4f%n", mean(c40Cohort), tInterval(c40Cohort));
    }

    /** Shares at the end of a run (1 January of its endYear). */
    private static final class Worlds2035 {
        static double last(ReplicationResult r, String metric) {
            double[] col = r.table().column(metric, "all");
            return col[col.length - 1];
        }

        /** Pledged share among a network's members, the members as listed in {@code net} (same city indices in both runs). */
        static double share(World w, CityNetwork net) {
            Cities c = w.cities();
            int pledged = 0;
            for (int k = 0; k < net.memberCount(); k++) {
                pledged += c.isPledged(net.member(k)) ? 1 : 0;
            }
            return (double) pledged / net.memberCount();
        }
    }
}
