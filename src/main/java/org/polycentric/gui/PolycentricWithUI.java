package org.polycentric.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.polycentric.experiment.Seeds;
import org.polycentric.model.Polycentric;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.SyntheticWorldBuilder;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The interactive window: MASON's Console over the same {@link Polycentric} model the headless
 * runs use. A world map of the cities (coloured by pledge status, sized by population, a click
 * inspects a city), a live adoption chart, and the scenario's main parameters in the Model tab.
 */
public final class PolycentricWithUI extends GUIState {
    private static final int MAP_WIDTH = 960;
    private static final int MAP_HEIGHT = 480;

    private final CityMapPortrayal map = new CityMapPortrayal();
    private final LiveAdoptionChart adoption = new LiveAdoptionChart();
    private final ModelParameters parameters;
    /** The model's own 64-bit seed; MASON's Console knows only its low 32 bits. */
    private final long fullSeed;
    private Display2D display;
    private JFrame displayFrame;

    /** A window over replication 0 of the scenario (the seed {@code run} gives its first replication). */
    public PolycentricWithUI(Scenario scenario) {
        this(scenario, Seeds.replicationSeed(scenario.seed(), 0));
    }

    /** A window over the scenario's model with the given seed; its parameters are read-only. */
    public PolycentricWithUI(Scenario scenario, long seed) {
        this(scenario, seed, null);
    }

    /**
     * A window over replication 0 of a scenario file with overrides, whose Model tab can change
     * parameters: each change reloads the file with one more override.
     */
    public static PolycentricWithUI fromFile(Path file, List<String> overrides) throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader();
        Scenario scenario = loader.load(file, overrides).value();
        ModelParameters.Reloader reloader = extra -> {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(extra);
            return loader.load(file, all).value();
        };
        return new PolycentricWithUI(scenario, Seeds.replicationSeed(scenario.seed(), 0), reloader);
    }

    private PolycentricWithUI(Scenario scenario, long seed, ModelParameters.Reloader reloader) {
        super(new Polycentric(seed, scenario, new SyntheticWorldBuilder()));
        this.parameters = new ModelParameters(scenario, reloader, s -> model().setScenario(s));
        this.fullSeed = seed;
    }

    public static String getName() {
        return "Polycentric";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>Polycentric</h3>"
                + "<p>Cities, nations, city networks and carbon-neutrality pledges: an agent-based model of "
                + "multi-level climate governance.</p><p>The map shows every city at its coordinates, coloured "
                + "by pledge status and sized by population; double-click a city to inspect it. The adoption window "
                + "shows the share of cities pledged (all, North, South) as the run steps.</p></body></html>";
    }

    public Polycentric model() {
        return (Polycentric) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return parameters;
    }

    /**
     * The Console re-seeds the model with a 32-bit seed before every start. While that is still
     * the low half of the model's own seed, put the full seed back, so the window shows exactly
     * the run {@code polycentric run} computes as replication 0; a seed typed into the Console
     * (or incremented on stop) is used as MASON gives it.
     */
    @Override
    public void start() {
        if (state.seed() == (int) fullSeed) {
            state.setSeed(fullSeed);
        }
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
        map.attach(model());
        adoption.reset(model());
        scheduleRepeatingImmediatelyAfter(adoption.updater());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        display = new Display2D(MAP_WIDTH, MAP_HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(map.portrayal(), "Cities");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Polycentric: cities by pledge status");
        displayFrame.getContentPane().add(new MapLegend(), BorderLayout.SOUTH);
        displayFrame.pack();
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        displayFrame.setLocation(0, 0);
        JFrame chartFrame = adoption.frame();
        adoption.showPeriod(model().scenario().time());
        chartFrame.setLocation(0, displayFrame.getHeight() + 10);
        controller.registerFrame(chartFrame);
        chartFrame.setVisible(true);
    }

    /** The Console, placed right of the map with the adoption chart under it (so nothing overlaps on a 1920 x 1080 screen). */
    @Override
    public Controller createController() {
        Controller controller = super.createController();
        if (controller instanceof Console console && displayFrame != null) {
            int x = displayFrame.getX() + displayFrame.getWidth() + 10;
            console.setLocation(x, displayFrame.getY());
            adoption.frame().setLocation(x, console.getY() + console.getHeight() + 10);
        }
        return controller;
    }

    /** The map's component (for tests that click a city). */
    Display2D display() {
        return display;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        displayFrame = null;
        display = null;
        adoption.frame().dispose();
    }

    /** The live adoption chart (for tests). */
    LiveAdoptionChart adoptionChart() {
        return adoption;
    }

    CityMapPortrayal map() {
        return map;
    }
}
