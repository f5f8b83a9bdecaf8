package org.polycentric.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.Polycentric;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.model.rules.CampaignsRule;
import org.polycentric.model.rules.PeerInfluenceRule;
import org.polycentric.scenario.Scenario;
import sim.util.Double2D;

/** The window's model is the headless model: no Console needed (runs headless). */
class PolycentricWithUITest {
    private static final String[] SMALL = {"world.cities=600", "world.firms.count=3000", "time.endYear=2030"};

    /** What MASON's Console does on Play: re-seed with the 32-bit seed it shows, then start. */
    private static PolycentricWithUI startedLikeTheConsole(Scenario s) {
        PolycentricWithUI ui = new PolycentricWithUI(s);
        play(ui, 0);
        return ui;
    }

    /**
     * Presses play as the Console does (re-seed with the seed it shows, start) and steps at most
     * {@code steps} times, stopping at the end of the period as the Console's play thread does.
     */
    static void play(PolycentricWithUI ui, int steps) {
        ui.state.setSeed(ui.state.seed());
        ui.start();
        for (int i = 0; i < steps && ui.step(); i++) {
            // one step
        }
    }

    private static double[] column(MetricTable t, String group, int records) {
        return Arrays.copyOf(t.column(Metric.PLEDGED_SHARE.id(), group), records);
    }

    @Test
    void steppingTheWindowGivesReplicationZeroOfTheHeadlessRun() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        ReplicationResult headless = TestScenarios.run(s, 0);

        PolycentricWithUI ui = startedLikeTheConsole(s);
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            assertTrue(ui.step());
        }
        MetricTable gui = ui.model().recorder().table();
        for (String group : new String[] {Recorder.ALL, Recorder.NORTH, Recorder.SOUTH}) {
            assertArrayEquals(column(headless.table(), group, steps + 1), column(gui, group, steps + 1), group);
        }
        assertTrue(column(gui, Recorder.ALL, steps + 1)[steps] > 0, "some cities pledged by step 40");
    }

    @Test
    void theWindowStopsAtTheEndOfThePeriodAndMatchesTheWholeRun() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        PolycentricWithUI ui = startedLikeTheConsole(s);
        int stepped = 0;
        while (ui.step()) {
            stepped++;
        }
        assertEquals(s.time().steps(), stepped);
        assertTrue(ui.model().finished());
        ReplicationResult headless = TestScenarios.run(s, 0);
        assertArrayEquals(headless.world().cities().status, ui.model().world().cities().status);
    }

    @Test
    void theWindowCanShowAnyReplicationOfTheHeadlessRun() throws Exception {
        PolycentricWithUI ui = PolycentricWithUI.fromFile(java.nio.file.Path.of("scenarios/baseline.json"),
                java.util.List.of(SMALL), 3);
        play(ui, Integer.MAX_VALUE);
        Scenario s = TestScenarios.load("baseline", SMALL);
        assertArrayEquals(TestScenarios.run(s, 3).world().cities().status, ui.model().world().cities().status);
        assertFalse(Arrays.equals(TestScenarios.run(s, 0).world().cities().status, ui.model().world().cities().status));
    }

    @Test
    void guiSeedIsRunSeed() throws Exception {
        // gui --seed 7 passes "seed=7" on, as run --seed 7 sets the run seed
        String[] withSeed = Arrays.copyOf(SMALL, SMALL.length + 1);
        withSeed[SMALL.length] = "seed=7";
        PolycentricWithUI ui = PolycentricWithUI.fromFile(java.nio.file.Path.of("scenarios/baseline.json"),
                java.util.List.of(withSeed), 0);
        play(ui, Integer.MAX_VALUE);
        Scenario s = TestScenarios.load("baseline", SMALL);
        ReplicationResult run = TestScenarios.run(s.withRun(7, s.replications()), 0);
        assertArrayEquals(run.world().cities().status, ui.model().world().cities().status);
    }

    @Test
    void aScenarioSetMidRunLeavesTheRunInProgressAlone() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        PolycentricWithUI ui = startedLikeTheConsole(s);
        for (int i = 0; i < 10; i++) {
            ui.step();
        }
        ui.model().setScenario(TestScenarios.load("baseline", "world.cities=600", "world.firms.count=3000",
                "time.endYear=2007"));
        int stepped = 10;
        while (ui.step()) {
            stepped++;
        }
        assertEquals(s.time().steps(), stepped, "the run keeps its own period");
        assertArrayEquals(TestScenarios.run(s, 0).world().cities().status, ui.model().world().cities().status);
    }

    @Test
    void theMapHoldsOneMarkerPerCityWithNorthUp() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        PolycentricWithUI ui = startedLikeTheConsole(s);
        Polycentric model = ui.model();
        assertEquals(model.world().cities().count(), ui.map().field().getAllObjects().size());
        for (Object o : ui.map().field().getAllObjects()) {
            CityMarker city = (CityMarker) o;
            int i = city.index();
            Double2D at = ui.map().field().getObjectLocation(city);
            assertEquals(model.world().cities().lon[i] + 180, at.x, 1e-9);
            assertEquals(80 - model.world().cities().lat[i], at.y, 1e-9);
            sim.util.Properties p = sim.util.Properties.getProperties(city);
            assertEquals(model.world().cities().name[i], p.getValue(0));
            assertEquals(StatusColours.label(model.world().cities().status(i)), p.getValue(9));
        }
    }

    @Test
    void theInspectorListsACitysPropertiesInReadingOrder() {
        PolycentricWithUI ui = startedLikeTheConsole(TestScenarios.load("baseline", SMALL));
        CityMarker city = (CityMarker) ui.map().field().getAllObjects().get(0);
        sim.util.Properties p = sim.util.Properties.getProperties(city);
        assertEquals(CityMarker.ROWS.size(), p.numProperties());
        assertEquals("Name", p.getName(0));
        org.polycentric.model.World world = ui.model().world();
        assertEquals(world.cities().name[city.index()], p.getValue(0));
        assertEquals(world.nationOf(city.index()).code(), p.getValue(1));
        assertEquals("Status", p.getName(9));
        assertEquals("City networks", p.getName(12));
        java.util.List<String> networks = new java.util.ArrayList<>();
        for (org.polycentric.model.CityNetwork n : world.networks()) {
            if (world.cities().isMember(city.index(), n.index())) {
                networks.add(n.name());
            }
        }
        assertEquals(networks.isEmpty() ? "none" : String.join(", ", networks), p.getValue(12));
        assertEquals(String.format(java.util.Locale.ROOT, "%,.0f", world.cities().population[city.index()]),
                p.getValue(5));
        for (int i = 0; i < p.numProperties(); i++) {
            assertFalse(p.isReadWrite(i), p.getName(i));
        }
    }

    @Test
    void aRestartRebuildsTheMapForTheNewWorld() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        PolycentricWithUI ui = startedLikeTheConsole(s);
        for (int i = 0; i < 10; i++) {
            ui.step();
        }
        ui.finish();
        ui.start();
        CityMarker any = (CityMarker) ui.map().field().getAllObjects().get(0);
        assertEquals(PledgeStatus.UNCOMMITTED, ui.model().world().cities().status(any.index()));
    }

    @Test
    void theChartReceivesEveryRecordOnTheSwingThread() throws Exception {
        Scenario s = TestScenarios.load("baseline", SMALL);
        PolycentricWithUI ui = startedLikeTheConsole(s);
        for (int i = 0; i < 12; i++) {
            ui.step();
        }
        int[] points = new int[1];
        SwingUtilities.invokeAndWait(() -> points[0] = ui.charts().chart(LiveCharts.ADOPTION).pointCount());
        assertEquals(13, points[0]);
    }

    @Test
    void theModelTabShowsTheScenariosParameters() {
        Scenario s = TestScenarios.load("baseline", "rules.peerInfluence.weight=0.4");
        ModelParameters p = new PolycentricWithUI(s).parameters();
        assertEquals("1, replication 0", p.get("Run seed"), "the run seed as the user gave it");
        assertEquals(0.4, p.get("Peer influence (M3)"));
        assertEquals(List.of("baseline"), p.scenarioNames());
    }

    @Test
    void aSliderChangeRerunsFromTheStartWithTheNewValue() throws Exception {
        PolycentricWithUI ui = smallBaselineWithSliders();
        ModelParameters p = ui.parameters();
        p.set("Peer influence (M3)", 0.3);
        assertEquals(0.3, p.get("Peer influence (M3)"));
        assertEquals(0.3, ui.model().scenario().rules().get("peerInfluence", PeerInfluenceRule.Params.class).weight());
        play(ui, Integer.MAX_VALUE);
        String[] changed = Arrays.copyOf(SMALL, SMALL.length + 1);
        changed[SMALL.length] = "rules.peerInfluence.weight=0.3";
        ReplicationResult headless = TestScenarios.run(TestScenarios.load("baseline", changed), 0);
        assertArrayEquals(headless.world().cities().status, ui.model().world().cities().status);
        assertFalse(Arrays.equals(TestScenarios.run(TestScenarios.load("baseline", SMALL), 0).world().cities().status,
                ui.model().world().cities().status), "the change made a difference");
    }

    @Test
    void aValueTheScenarioRejectsKeepsTheLastGoodOne() throws Exception {
        PolycentricWithUI ui = smallBaselineWithSliders();
        ModelParameters p = ui.parameters();
        p.set("Campaigns and summits (M5)", 0.05);
        p.set("Campaigns and summits (M5)", -1.0);
        assertEquals(0.05, p.get("Campaigns and summits (M5)"));
        assertEquals(0.05, ui.model().scenario().rules().get("campaigns", CampaignsRule.Params.class).weight());
    }

    private static PolycentricWithUI smallBaselineWithSliders() throws Exception {
        return PolycentricWithUI.fromFile(java.nio.file.Path.of("scenarios/baseline.json"), java.util.List.of(SMALL));
    }
}
