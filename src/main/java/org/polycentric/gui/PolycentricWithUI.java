package org.polycentric.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.polycentric.experiment.RunService;
import org.polycentric.model.Polycentric;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.Properties;

/**
 * The interactive window: MASON's Console over the same {@link Polycentric} model the headless
 * runs use. A world map of the cities (coloured by pledge status, sized by population, ties on
 * demand, a click inspects a city), live charts of the adoption curve and of the nations with a
 * net-zero target (each exportable as PNG, SVG or PDF), and in the Model tab a scenario picker and
 * the scenario's main parameters. The world is built as soon as the window opens, so the map shows
 * the starting state before play; every play starts the run from the beginning.
 */
public final class PolycentricWithUI extends GUIState {
    private static final int MAP_WIDTH = 960;
    private static final int MAP_HEIGHT = (int) Math.round(MAP_WIDTH * CityMapPortrayal.HEIGHT / CityMapPortrayal.WIDTH);
    private static final int CONSOLE_WIDTH = 560;

    private final CityMapPortrayal map = new CityMapPortrayal();
    private final TiesPortrayal ties = new TiesPortrayal();
    private final LiveCharts charts = new LiveCharts();
    private final ModelParameters parameters;
    /** The seed the window was opened with, as the Console first shows it. */
    private final long openingSeed;
    /** Which replication of {@code polycentric run} the window shows (0 unless gui --replication). */
    private final int replication;
    /** The model's own 64-bit seed (that replication of the current scenario); the Console keeps only 32 bits. */
    private volatile long fullSeed;
    /** Whether the current run uses {@link #fullSeed} (rather than a seed typed into the Console). */
    private boolean replicationZero = true;
    private MapDisplay display;
    private JFrame displayFrame;
    private MapFooter footer;

    /** A window over replication 0 of the scenario (the seed {@code run} gives its first replication). */
    public PolycentricWithUI(Scenario scenario) {
        this(scenario, RunService.replicationSeed(scenario, 0));
    }

    /** A window over the scenario's model with the given seed; its parameters are read-only. */
    public PolycentricWithUI(Scenario scenario, long seed) {
        super(withSeed(RunService.standard().model(scenario, 0), seed));
        this.parameters = new ModelParameters(scenario, seed);
        this.replication = 0;
        this.openingSeed = seed;
        this.fullSeed = seed;
    }

    /**
     * A window over replication 0 of a scenario file with overrides, whose Model tab can change
     * parameters (each change reloads the file with one more override) and pick another scenario.
     */
    public static PolycentricWithUI fromFile(Path file, List<String> overrides) throws ScenarioException {
        return fromFile(file, overrides, 0);
    }

    /** As {@link #fromFile(Path, List)}, over replication {@code replication} (0 or more) of {@code run}. */
    public static PolycentricWithUI fromFile(Path file, List<String> overrides, int replication)
            throws ScenarioException {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be 0 or more, was " + replication);
        }
        ScenarioLoader loader = RunService.standard().loader();
        Scenario scenario = loader.load(file, overrides).value();
        return new PolycentricWithUI(scenario, file, overrides, replication, (f, o) -> loader.load(f, o).value());
    }

    private PolycentricWithUI(Scenario scenario, Path file, List<String> overrides, int replication,
                              ModelParameters.Loader loader) {
        super(RunService.standard().model(scenario, replication));
        this.replication = replication;
        this.openingSeed = RunService.replicationSeed(scenario, replication);
        this.fullSeed = openingSeed;
        this.parameters = new ModelParameters(scenario, openingSeed, file, overrides, loader, this::useScenario);
        this.parameters.setReplication(replication);
    }

    private static Polycentric withSeed(Polycentric model, long seed) {
        model.setSeed(seed);
        return model;
    }

    public static String getName() {
        return "Polycentric";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>Polycentric</h3>"
                + "<p>Cities, nations, city networks and carbon-neutrality pledges: an agent-based model of "
                + "multi-level climate governance.</p><p>The map shows every city at its coordinates, coloured "
                + "by pledge status and sized by population; tick <i>show city ties</i> to see the ties along "
                + "which cities influence each other, double-click a city to inspect it. The charts show the "
                + "share of cities pledged (all, North, South) and the nations with a net-zero target as the "
                + "run steps; dashed lines are the previous run.</p><p>In the Model tab, pick a scenario or "
                + "move a slider, then press stop and play: the run starts again from the beginning with the "
                + "same seed, so the difference is the change alone. docs/STUDENT-GUIDE.md has exercises.</p>"
                + "</body></html>";
    }

    public Polycentric model() {
        return (Polycentric) state;
    }

    /** The Model tab: scenario picker and sliders, in a fixed order with labels and explanations. */
    @Override
    public Properties getSimulationProperties() {
        return parameters.properties();
    }

    /**
     * The Model tab's values change only when the user changes them, so MASON need not read them
     * again after every step (with a weekly scenario that costs the run a good part of its speed).
     */
    @Override
    public boolean isInspectorVolatile() {
        return false;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return null; // the Model tab shows getSimulationProperties()
    }

    /** The Model tab's values (for tests). */
    ModelParameters parameters() {
        return parameters;
    }

    /** A scenario picked or changed in the Model tab: the model's next start uses it. */
    private void useScenario(Scenario scenario) {
        model().setScenario(scenario);
        fullSeed = RunService.replicationSeed(scenario, replication);
        parameters.setRunSeed(fullSeed);
        if (controller instanceof Console console && console.getPlayState() == Console.PS_STOPPED && display != null) {
            start(); // show the new starting state at once
        }
    }

    /**
     * The Console re-seeds the model before every start. While that is still the seed the window
     * opened with (the Console keeps its low 32 bits), use the current scenario's full seed, so the
     * window shows exactly the run {@code polycentric run} computes as that replication; a seed typed
     * into the Console is used as MASON gives it.
     */
    @Override
    public void start() {
        long seed = state.seed(); // MASON keeps the low 32 bits of a seed
        replicationZero = seed == (int) openingSeed || seed == (int) fullSeed;
        if (replicationZero) {
            state.setSeed(fullSeed);
        }
        // MASON empties its before/after-step queues in finish(), not in start(): a start without
        // a finish (the preview when the window opens or a scenario is picked) would otherwise
        // leave the last run's chart and map updaters queued twice
        resetQueues();
        super.start();
        attach();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        attach();
    }

    /** Stops the Console at the end of the scenario's period: the model's schedule repeats forever. */
    @Override
    public boolean step() {
        if (model().finished()) {
            return false;
        }
        return super.step();
    }

    private void attach() {
        Polycentric model = model();
        map.attach(model);
        ties.attach(model);
        String seedText = replicationZero ? "run seed " + model.world().scenario().seed() + ", replication " + replication
                : "seed " + model.seed() + " (set in the Console)";
        charts.reset(model, parameters.describeRun(), seedText);
        MapFooter f = footer;
        if (f != null) {
            f.update(model);
            SwingUtilities.invokeLater(() -> f.setTiesShown(ties.isShown()));
        }
        // after each step: the charts and the line under the map take the new records
        scheduleRepeatingImmediatelyAfter(stepped -> {
            charts.copyNewRecords((Polycentric) stepped);
            if (f != null) {
                f.update((Polycentric) stepped);
            }
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new MapDisplay(MAP_WIDTH, MAP_HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        // scroll bars only when zoomed in (MASON shows them always)
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.attach(map.countries(), "Countries"); // drawn only for a real-data world
        display.attach(ties, "City ties");
        display.attach(map.portrayal(), "Cities");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Polycentric: cities by pledge status");
        footer = new MapFooter(ties, display::repaint);
        displayFrame.getContentPane().add(footer, BorderLayout.SOUTH);
        displayFrame.pack();
        controller.registerFrame(displayFrame);
        displayFrame.setLocation(0, 0);
        displayFrame.setVisible(true);

        JFrame chartFrame = charts.frame();
        chartFrame.setLocation(0, displayFrame.getHeight() + 4);
        controller.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        start(); // build the world now, so the map shows the starting state before play
    }

    /**
     * The Console, right of the map, with the seed kept from one play to the next (so a slider change
     * is the only difference between two runs; tick the Console's "Increment Seed on Stop" for more
     * replications).
     */
    @Override
    public Controller createController() {
        Controller controller = super.createController();
        if (controller instanceof Console console) {
            console.setIncrementSeedOnStop(false);
            if (displayFrame != null) {
                // as tall as the map, so it never covers the charts under the map (1920 x 1080 screen)
                console.setBounds(displayFrame.getX() + displayFrame.getWidth() + 4, displayFrame.getY(),
                        CONSOLE_WIDTH, Math.max(displayFrame.getHeight(), 460));
            }
        }
        return controller;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (display != null) {
            display.stopTimer();
        }
        displayFrame = null;
        display = null;
        charts.frame().dispose();
    }

    /** The map's display (for tests that click a city or take a screenshot). */
    MapDisplay display() {
        return display;
    }

    JFrame displayFrame() {
        return displayFrame;
    }

    MapFooter footer() {
        return footer;
    }

    LiveCharts charts() {
        return charts;
    }

    CityMapPortrayal map() {
        return map;
    }

    TiesPortrayal ties() {
        return ties;
    }
}
