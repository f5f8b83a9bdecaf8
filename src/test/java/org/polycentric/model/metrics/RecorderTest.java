package org.polycentric.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityType;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.network.TieGraph;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec.NetworkSpec;

/**
 * Every metric for every group, on a five-city world whose values are worked out by hand below.
 * A metric mapped to the wrong formula, or a group summing the wrong cities, fails here.
 */
class RecorderTest {

    private static final double EPS = 1e-12;

    /**
     * Cities (bloc b0 = nation N0, North; bloc b1 = nation N1, South; bloc b2 = nation N2, South, no cities):
     * <pre>
     * city tier          north pop  emissions capacity status     networks
     * c0   global        yes   4e6  2e6 t     0.8      on track   net0
     * c1   small_medium  yes   1e6  1e6 t     0.6      uncommitted
     * c2   regional      no    2e6  3e6 t     0.2      off track  net0, net1
     * c3   small_medium  no    0.5e6 0.5e6 t  0.4      withdrawn
     * c4   small_medium  yes   1e6  0.2e6 t   1.0      net zero
     * </pre>
     * Pledged (live): c0, c2, c4. Firms: two in c0 (one pledged), one in c2 (pledged).
     */
    private static World world() {
        Cities c = new Cities(5);
        double[] pop = {4e6, 1e6, 2e6, 0.5e6, 1e6};
        double[] em = {2e6, 1e6, 3e6, 0.5e6, 0.2e6};
        double[] cap = {0.8, 0.6, 0.2, 0.4, 1.0};
        boolean[] north = {true, true, false, false, true};
        Tier[] tier = {Tier.GLOBAL, Tier.SMALL_MEDIUM, Tier.REGIONAL, Tier.SMALL_MEDIUM, Tier.SMALL_MEDIUM};
        PledgeStatus[] status = {PledgeStatus.ON_TRACK, PledgeStatus.UNCOMMITTED, PledgeStatus.OFF_TRACK,
            PledgeStatus.WITHDRAWN, PledgeStatus.NET_ZERO};
        for (int i = 0; i < 5; i++) {
            c.name[i] = "c" + i;
            c.nation[i] = north[i] ? 0 : 1;
            c.bloc[i] = north[i] ? 0 : 1;
            c.north[i] = north[i];
            c.population[i] = pop[i];
            c.emissions[i] = em[i];
            c.capacity[i] = cap[i];
            c.tier[i] = (byte) tier[i].ordinal();
            c.type[i] = (byte) CityType.MIXED.ordinal();
            c.setStatus(i, status[i]);
        }
        // pathways, read at the start year 2005 + record / 4: c0 pledged 2005 for 2025, cutting 100%
        // of 2.5e6; c2 pledged 2005 for 2045, cutting 80% of 4e6; c4 pledged 2005 for 2015, cutting 90% of 2e6
        setPledge(c, 0, 2005, 2025, 1.0, 2.5e6);
        setPledge(c, 2, 2005, 2045, 0.8, 4e6);
        setPledge(c, 4, 2005, 2015, 0.9, 2e6);
        Nation[] nations = {
            new Nation(0, "N0", 0, 0, true, true, 0, 0, 0.5, 0.5, 0, 2050, 0),
            new Nation(1, "N1", 1, 1, false, false, 0, 0, -0.4, 0.5, 0, 0, 0),
            new Nation(2, "N2", 1, 2, false, false, 0, 0, 0.1, 0.5, 0, 2060, 0)};
        Firms f = new Firms(3, new String[] {"s"});
        f.homeCity[0] = 0;
        f.homeCity[1] = 0;
        f.homeCity[2] = 2;
        f.pledged[0] = true;
        f.pledged[2] = true;
        Scenario s = TestScenarios.load("baseline", "events=[]");
        CityNetwork[] nets = {network(0, "net0"), network(1, "net1")};
        nets[0].admit(0, c);
        nets[0].admit(2, c);
        nets[1].admit(2, c);
        World w = new World(s, List.of("r0", "r1"), List.of("b0", "b1", "b2"), c, nations, f, nets,
                new SupranationalBody[0], TieGraph.builder(5).build());
        w.letRivalryAct();
        w.setRivalry(0.3);
        return w;
    }

    private static void setPledge(Cities c, int i, double year, int target, double ambition, double emissions) {
        c.pledgeYear[i] = year;
        c.targetYear[i] = target;
        c.ambition[i] = ambition;
        c.pledgeEmissions[i] = emissions;
    }

    private static CityNetwork network(int index, String name) {
        return new CityNetwork(index, new NetworkSpec(name, 2000, MembershipPolicy.OPEN, null, 0, 10, 100, false, false),
                -1, 3, 1.0);
    }

    /** Expected values, by metric and group, worked out by hand from the table above. */
    private static Map<String, Double> expected() {
        double na = Double.NaN;
        Map<String, Double> e = new LinkedHashMap<>();
        // groups:          all      north    south    global   regional small_medium  b0   b1   b2
        city(e, "pledged_count", 3, 2, 1, 1, 1, 1, 2, 1, 0);
        city(e, "pledged_share", 3 / 5.0, 2 / 3.0, 1 / 2.0, 1, 1, 1 / 3.0, 2 / 3.0, 1 / 2.0, na);
        city(e, "population_covered_share", 7 / 8.5, 5 / 6.0, 2 / 2.5, 1, 1, 1 / 2.5, 5 / 6.0, 2 / 2.5, na);
        city(e, "emissions_total", 6.7, 3.2, 3.5, 2, 3, 1.7, 3.2, 3.5, 0);
        city(e, "emissions_covered_share", 5.2 / 6.7, 2.2 / 3.2, 3 / 3.5, 1, 1, 0.2 / 1.7, 2.2 / 3.2, 3 / 3.5, na);
        city(e, "emissions_pledged", 5.2, 2.2, 3, 2, 3, 0.2, 2.2, 3, 0);
        // pathways at 2005 (record 0): every pledge starts its line there, so pledge-time emissions
        city(e, "emissions_pledged_pathway", 8.5, 4.5, 4, 2.5, 4, 2, 4.5, 4, 0);
        city(e, "network_member_count", 2, 1, 1, 1, 1, 0, 1, 1, 0);
        city(e, "network_member_share", 2 / 5.0, 1 / 3.0, 1 / 2.0, 1, 1, 0, 1 / 3.0, 1 / 2.0, na);
        city(e, "mean_capacity", 3.0 / 5, 2.4 / 3, 0.6 / 2, 0.8, 0.2, 2.0 / 3, 2.4 / 3, 0.6 / 2, na);
        city(e, "on_track_count", 1, 1, 0, 1, 0, 0, 1, 0, 0);
        city(e, "off_track_count", 1, 0, 1, 0, 1, 0, 0, 1, 0);
        city(e, "achieved_count", 1, 1, 0, 0, 0, 1, 1, 0, 0);
        city(e, "net_zero_count", 1, 1, 0, 0, 0, 1, 1, 0, 0);
        city(e, "withdrawn_count", 1, 0, 1, 0, 0, 1, 0, 1, 0);
        // firms: c0 has 2 (1 pledged), c2 has 1 (pledged); no firm in c1, c3, c4
        city(e, "firms_pledged_share", 2 / 3.0, 1 / 2.0, 1, 1 / 2.0, 1, na, 1 / 2.0, 1, na);
        // nations:              all      north  south   b0   b1   b2
        nation(e, "nations_net_zero_count", 2, 1, 1, 1, 0, 1);
        nation(e, "nations_net_zero_share", 2 / 3.0, 1, 1 / 2.0, 1, 0, 1);
        nation(e, "mean_stance", 0.2 / 3, 0.5, -0.3 / 2, 0.5, -0.4, 0.1);
        e.put("rivalry/all", 0.3);
        e.put("network_members/net0", 2.0);
        e.put("network_members/net1", 1.0);
        return e;
    }

    private static final String[] CITY_GROUPS = {"all", "north", "south", "tier_global", "tier_regional",
        "tier_small_medium", "bloc_b0", "bloc_b1", "bloc_b2"};
    private static final String[] NATION_GROUPS = {"all", "north", "south", "bloc_b0", "bloc_b1", "bloc_b2"};

    private static void city(Map<String, Double> e, String metric, double... byGroup) {
        for (int g = 0; g < CITY_GROUPS.length; g++) {
            e.put(metric + "/" + CITY_GROUPS[g], byGroup[g]);
        }
    }

    private static void nation(Map<String, Double> e, String metric, double... byGroup) {
        for (int g = 0; g < NATION_GROUPS.length; g++) {
            e.put(metric + "/" + NATION_GROUPS[g], byGroup[g]);
        }
    }

    @Test
    void everyMetricOfEveryGroupIsItsFormulaOverTheGroupsCities() {
        Recorder recorder = new Recorder(world());
        recorder.record(0);
        MetricTable t = recorder.table();
        Map<String, Double> expected = expected();
        List<String> wrong = new ArrayList<>();
        for (SeriesKey key : t.series()) {
            String name = key.metric() + "/" + key.group();
            Double want = expected.remove(name);
            double got = t.value(0, t.indexOf(key.metric(), key.group()));
            if (want == null) {
                wrong.add(name + ": recorded but not worked out by hand here");
            } else if (Double.isNaN(want) ? !Double.isNaN(got) : !(Math.abs(got - want) <= EPS * Math.max(1, want))) {
                wrong.add(name + ": expected " + want + ", recorded " + got);
            }
        }
        expected.keySet().forEach(name -> wrong.add(name + ": worked out by hand but not recorded"));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A city that made a promised cut short of net zero: a live pledge, achieved, not net zero. */
    @Test
    void aCutAchievedCityIsPledgedAndAchievedButNotAtNetZero() {
        World w = world();
        w.cities().setStatus(4, PledgeStatus.CUT_ACHIEVED);
        Recorder recorder = new Recorder(w);
        recorder.record(0);
        MetricTable t = recorder.table();
        assertEquals(3, t.value(0, t.indexOf("pledged_count", "all")), 0.0);
        assertEquals(1, t.value(0, t.indexOf("achieved_count", "all")), 0.0);
        assertEquals(0, t.value(0, t.indexOf("net_zero_count", "all")), 0.0);
        assertEquals(0, t.value(0, t.indexOf("net_zero_count", "north")), 0.0);
    }

    @Test
    void aPathwayIsReadAtTheRecordsYear() {
        World w = world();
        Recorder recorder = new Recorder(w);
        int record = 10 * w.time().stepsPerYear(); // 2015
        recorder.record(record);
        // 2015: c0 half way to 0 from 2.5e6 -> 1.25e6; c2 a quarter of 80% of 4e6 off -> 3.2e6; c4 at its floor 0.2e6
        MetricTable t = recorder.table();
        assertEquals(1.25 + 3.2 + 0.2, t.value(record, t.indexOf("emissions_pledged_pathway", "all")), EPS);
        assertEquals(1.25 + 0.2, t.value(record, t.indexOf("emissions_pledged_pathway", "north")), EPS);
    }

    @Test
    void everyMetricHasAUnitAndADescriptionAndItsGroupsByScope() {
        Recorder recorder = new Recorder(world());
        assertEquals(List.of(CITY_GROUPS), recorder.cityGroups());
        assertEquals(List.of(NATION_GROUPS), recorder.nationGroups());
        for (Metric m : Metric.values()) {
            assertTrue(!m.unit().isBlank() && !m.description().isBlank(), m.id());
        }
    }
}
