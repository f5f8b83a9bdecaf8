package org.polycentric.gui;

import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.polycentric.TestScenarios;
import org.polycentric.scenario.Scenario;
import sim.display.Console;

/**
 * Opens the real window (Console, map, chart) on a small scenario, plays it to the end and checks
 * what the windows hold; exit code 0 when all is well. {@link ConsoleWindowTest} runs it in its own
 * JVM, because the test JVM is headless (surefire sets java.awt.headless=true).
 */
final class ConsoleSmoke {
    private ConsoleSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = TestScenarios.load("baseline", "world.cities=600", "world.firms.count=3000", "time.endYear=2030");
        PolycentricWithUI ui = new PolycentricWithUI(s);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = (Console) ui.createController());
        SwingUtilities.invokeAndWait(() -> console[0].pressPlay());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ui.model().finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        int[] points = new int[1];
        boolean[] visible = new boolean[2];
        SwingUtilities.invokeAndWait(() -> {
            points[0] = ui.adoptionChart().pointCount();
            visible[0] = ui.display().isShowing();
            visible[1] = ui.adoptionChart().frame().isShowing();
        });
        String problem = null;
        if (!ui.model().finished()) {
            problem = "the run did not reach the end in 60 s (step " + ui.state.schedule.getSteps() + ")";
        } else if (ui.state.schedule.getSteps() != s.time().steps()) {
            problem = "the Console ran " + ui.state.schedule.getSteps() + " steps, not " + s.time().steps();
        } else if (points[0] != s.time().steps() + 1) {
            problem = "the chart holds " + points[0] + " points, not " + (s.time().steps() + 1);
        } else if (!visible[0] || !visible[1]) {
            problem = "map showing " + visible[0] + ", chart showing " + visible[1];
        }
        System.out.println(problem == null ? "ok" : problem);
        System.exit(problem == null ? 0 : 1);
    }
}
