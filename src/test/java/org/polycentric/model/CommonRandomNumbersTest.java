package org.polycentric.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.experiment.Seeds;
import org.polycentric.scenario.Scenario;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Each purpose draws from its own stream (ODD 7.16), so a change to one rule leaves every other
 * purpose's dice where they were, and two scenarios compared with the same seeds differ by their
 * difference, not by reshuffled luck.
 */
class CommonRandomNumbersTest {

    /** The baseline shrunk to run in a fraction of a second. */
    private static final String[] SMALL = {"world.cities=600", "world.referenceCities=600", "world.firms.count=500",
        "time.endYear=2030"};

    private static Scenario small(String... more) {
        String[] all = java.util.Arrays.copyOf(SMALL, SMALL.length + more.length);
        System.arraycopy(more, 0, all, SMALL.length, more.length);
        return TestScenarios.load("baseline", all);
    }

    /**
     * Every draw of one run, by purpose: sequential draws in order (as "method(argument)=result"),
     * counter-based ones by their counter.
     */
    private static final class Draws {
        final Map<String, List<String>> sequential = new TreeMap<>();
        final Map<String, Map<List<Integer>, Double>> counted = new TreeMap<>();
    }

    /** Streams that record every draw made from them (the draws themselves are unchanged). */
    private static final class RecordingStreams extends RandomStreams {
        private final Draws draws;

        RecordingStreams(long seed, Draws draws) {
            super(seed);
            this.draws = draws;
        }

        @Override
        protected RandomStream create(String purpose, long key) {
            List<String> seq = draws.sequential.computeIfAbsent(purpose, p -> new ArrayList<>());
            Map<List<Integer>, Double> counted = draws.counted.computeIfAbsent(purpose, p -> new HashMap<>());
            return new RandomStream(purpose, key) {
                @Override
                public double uniform(int step, int agent, int draw) {
                    double u = super.uniform(step, agent, draw);
                    counted.put(List.of(step, agent, draw), u);
                    return u;
                }

                @Override
                protected MersenneTwisterFast createGenerator(int[] seed) {
                    return new MersenneTwisterFast(seed) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public double nextDouble() {
                            double v = super.nextDouble();
                            seq.add("nextDouble=" + v);
                            return v;
                        }

                        @Override
                        public int nextInt(int n) {
                            int v = super.nextInt(n);
                            seq.add("nextInt(" + n + ")=" + v);
                            return v;
                        }

                        @Override
                        public double nextGaussian() {
                            double v = super.nextGaussian();
                            seq.add("nextGaussian=" + v);
                            return v;
                        }
                    };
                }
            };
        }
    }

    private static Draws record(Scenario s) {
        Draws draws = new Draws();
        Polycentric model = new Polycentric(Seeds.replicationSeed(s.seed(), 0), s, new SyntheticWorldBuilder());
        model.setStreams(seed -> new RecordingStreams(seed, draws));
        model.start();
        model.runToEnd();
        return draws;
    }

    /**
     * Asserts every purpose both runs drew from has the same dice. Sequential draws must agree until
     * the first call that asks for something else (a different bound of nextInt: the world has
     * diverged there, and a rule may then draw more or less often), and the world's purposes, which
     * draw before any rule acts, must agree entirely. A counter-based draw has the same value
     * wherever both runs made it.
     */
    private static int assertSameDice(Draws a, Draws b, String changed) {
        int compared = 0;
        for (String purpose : a.sequential.keySet()) {
            if (purpose.equals(changed) || !b.sequential.containsKey(purpose)) {
                continue;
            }
            List<String> x = a.sequential.get(purpose);
            List<String> y = b.sequential.get(purpose);
            if (purpose.startsWith("world:")) {
                assertEquals(x, y, purpose + ": the world's draws moved");
            }
            int common = 0;
            while (common < Math.min(x.size(), y.size())) {
                String call = x.get(common).substring(0, x.get(common).indexOf('='));
                if (!y.get(common).startsWith(call + "=")) {
                    break;
                }
                assertEquals(x.get(common), y.get(common), purpose + ": draw " + common + " moved");
                common++;
            }
            Map<List<Integer>, Double> cx = a.counted.get(purpose);
            Map<List<Integer>, Double> cy = b.counted.get(purpose);
            for (Map.Entry<List<Integer>, Double> e : cx.entrySet()) {
                Double other = cy.get(e.getKey());
                if (other != null) {
                    assertEquals(e.getValue(), other, purpose + " " + e.getKey() + ": a city's die moved");
                    compared++;
                }
            }
            compared += common;
        }
        return compared;
    }

    @Test
    void switchingOffOrReweightingARuleLeavesEveryOtherPurposesDrawsAlone() {
        Draws base = record(small());
        assertTrue(base.sequential.containsKey("rule:firms") && base.sequential.containsKey("decision")
                && base.sequential.containsKey("world:cities"), base.sequential.keySet().toString());
        for (String rule : new String[] {"firms", "networkRecruitment", "implementation", "greatPowerInterference"}) {
            Draws off = record(small("rules." + rule + ".enabled=false"));
            assertFalse(off.sequential.containsKey("rule:" + rule), rule + " is off and draws nothing");
            int n = assertSameDice(base, off, "rule:" + rule);
            System.out.printf("%s off: %d draws of the other purposes compared, all identical%n", rule, n);
        }
        Draws reweighted = record(small("rules.peerInfluence.weight=0.088", "rules.firms.sectorWeight=1.5"));
        int n = assertSameDice(base, reweighted, null);
        System.out.printf("peer influence and firms re-weighted: %d draws compared, all identical%n", n);
    }

    @Test
    void firmsThatDoNotReachTheCitiesLeaveTheCitiesExactlyAsWithoutFirms() {
        // firms draw every step for every firm; with their signal to cities at 0 the cities'
        // history must be the same as with no firms at all (with one shared generator it was not)
        var muted = TestScenarios.run(small("rules.firms.weight=0"), 0);
        var off = TestScenarios.run(small("rules.firms.enabled=false"), 0);
        assertArrayEquals(off.world().cities().status, muted.world().cities().status);
        assertArrayEquals(off.world().cities().pledgeYear, muted.world().cities().pledgeYear);
        assertArrayEquals(off.table().column("pledged_share", "all"), muted.table().column("pledged_share", "all"));
    }

    @Test
    void pairedReplicationsOfAOneParameterChangeDifferFarLessThanUnpairedOnes() {
        int reps = 16;
        Scenario a = TestScenarios.load("baseline", "world.cities=600", "world.referenceCities=600",
                "world.firms.count=500", "time.endYear=2040");
        Scenario b = TestScenarios.load("baseline", "world.cities=600", "world.referenceCities=600",
                "world.firms.count=500", "time.endYear=2040", "rules.peerInfluence.weight=0.088");
        double[] paired = new double[reps];
        double[] unpaired = new double[reps];
        for (int r = 0; r < reps; r++) {
            double sa = share2040(a, r);
            paired[r] = share2040(b, r) - sa;
            unpaired[r] = share2040(b, r + reps) - sa; // other seeds: independent luck
        }
        double sdPaired = sd(paired);
        double sdUnpaired = sd(unpaired);
        System.out.printf("peer weight 0.08 -> 0.088, 2040 pledged share, %d replications: mean difference %.4f"
                + " paired / %.4f unpaired; sd of the difference %.4f paired, %.4f unpaired (ratio %.2f)%n",
                reps, mean(paired), mean(unpaired), sdPaired, sdUnpaired, sdPaired / sdUnpaired);
        assertTrue(sdPaired < 0.5 * sdUnpaired, "common random numbers: paired sd " + sdPaired
                + " not far below unpaired " + sdUnpaired);
    }

    private static double share2040(Scenario s, int replication) {
        var t = TestScenarios.run(s, replication).table();
        return t.column("pledged_share", "all")[(2040 - t.startYear()) * t.stepsPerYear()];
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
