package org.polycentric.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.model.EventLog;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.EventSpec;
import org.polycentric.scenario.Scenario;

/**
 * The future branches of world-2005 (issue #12, point 6) run to 2060 and differ from it only in
 * what they study: the same world, decision and history, and only their own added events (and, for
 * south-finance-scaled-up, the one rule parameter no event can change).
 */
class BranchesOfWorld2005Test {

    /** Each branch and the only rule override it may add to world-2005. */
    private static final Map<String, List<String>> BRANCHES = Map.of(
            "us-exit-2025", List.of(),
            "us-stays", List.of(),
            "rivalry-high", List.of(),
            "south-finance-scaled-up", List.of("rules.capacityAndSupport.maxRecipients=1200"));

    @Test
    void eachBranchDiffersFromWorld2005OnlyInWhatItStudies() {
        for (Map.Entry<String, List<String>> b : BRANCHES.entrySet()) {
            Scenario branch = TestScenarios.load(b.getKey());
            Scenario world = TestScenarios.load("world-2005", b.getValue().toArray(String[]::new));
            System.out.printf("%-24s %d-%d, adds %s%s%n", b.getKey(), branch.time().startYear(), branch.time().endYear(),
                    branch.addEvents().stream().map(BranchesOfWorld2005Test::describe).toList(),
                    b.getValue().isEmpty() ? "" : " and " + b.getValue());
            assertEquals(2060, branch.time().endYear(), b.getKey());
            assertEquals(world.time().startYear(), branch.time().startYear(), b.getKey());
            assertEquals(world.world(), branch.world(), b.getKey() + ": the same world");
            assertEquals(world.decision(), branch.decision(), b.getKey());
            assertEquals(world.rules(), branch.rules(), b.getKey() + ": the same rules");
            assertEquals(world.events(), branch.events(), b.getKey() + ": the same history");
            assertTrue(world.addEvents().isEmpty(), "world-2005 adds nothing");
            for (EventSpec e : branch.addEvents()) {
                assertTrue(e.year() >= 2025, b.getKey() + ": a branch changes the future only, not " + describe(e));
            }
        }
        assertTrue(TestScenarios.load("us-stays").addEvents().isEmpty(), "us-stays is the counterfactual");
    }

    /**
     * us-exit-2025 against us-stays, same seeds, to 2027: US cities answer the exit with a surge of
     * pledges in the year after it (M6's counter-mobilisation), the effect its description names first.
     */
    @Test
    void theUsExitBringsASurgeOfUsCityPledges() throws Exception {
        int replications = 2;
        double[] exit = usPledgesInTheYearAfter("us-exit-2025", replications);
        double[] stays = usPledgesInTheYearAfter("us-stays", replications);
        double effect = 0;
        for (int r = 0; r < replications; r++) {
            System.out.printf("replication %d: US city pledges 2025.0-2026.0: exit %.0f, stays %.0f%n", r, exit[r],
                    stays[r]);
            effect += (exit[r] - stays[r]) / replications;
            assertTrue(exit[r] > stays[r], "more US pledges after the exit, replication " + r);
        }
        System.out.printf("mean effect: %+.1f pledges by US cities in the year of the exit%n", effect);
    }

    private static double[] usPledgesInTheYearAfter(String scenario, int replications) throws Exception {
        Scenario s = TestScenarios.load(scenario, "time.endYear=2027");
        List<ReplicationResult> runs = new ArrayList<>();
        new ReplicationRunner(ReplicationRunner.defaultThreads()).run(replications, i -> TestScenarios.run(s, i),
                runs::add, ReplicationRunner.Progress.NONE);
        double[] out = new double[replications];
        for (ReplicationResult r : runs) {
            World w = r.world();
            int usa = w.nationIndex("USA");
            int from = (2025 - s.time().startYear()) * s.time().stepsPerYear();
            int to = from + s.time().stepsPerYear();
            EventLog log = w.events();
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventLog.Kind.PLEDGE && log.step(i) >= from && log.step(i) < to
                        && w.cities().nation[log.subject(i)] == usa) {
                    out[r.replication()]++;
                }
            }
        }
        return out;
    }

    private static String describe(EventSpec e) {
        return e.year() + " " + e.type() + (e.nation() != null ? " " + e.nation() : "")
                + (e.body() != null ? " " + e.body() : "") + " " + e.value();
    }
}
