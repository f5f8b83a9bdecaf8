package org.polycentric.gui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes the screenshots of docs/STUDENT-GUIDE.md from the real window, by doing what the guide's
 * exercises ask (run docs/images/make-screenshots.sh, which runs this under a virtual display).
 * Each exercise plays the baseline to 2050, makes one change, and plays again, so the charts show
 * the change against the dashed previous run.
 */
final class GuiScreenshots {
    /** 2005 to 2050 by quarters. */
    private static final long TO_2050 = 45 * 4;
    /** 2005 to 2025 by quarters. */
    private static final long TO_2025 = 20 * 4;

    private GuiScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path baseline = Path.of("scenarios/baseline.json");

        WindowDriver w = WindowDriver.open(baseline, List.of());
        shoot(w, out.resolve("window-before-play.png"), w.ui.displayFrame());
        w.playTo(TO_2050);
        shootScreen(w, out.resolve("window.png"));
        w.showTies(true);
        shoot(w, out.resolve("map-with-ties.png"), w.ui.displayFrame());
        w.showTies(false);
        w.doubleClickCity(w.ui.model().world().cities().largest(1)[0]);
        w.showTab("Inspectors");
        shoot(w, out.resolve("inspector.png"), w.console);
        w.showTab("Model");
        shoot(w, out.resolve("model-tab.png"), w.console);

        // Exercise 1: a world without city networks
        w.stop();
        WindowDriver.onSwing(() -> w.ui.parameters().set("City networks (M3)", false));
        w.playTo(TO_2050);
        shoot(w, out.resolve("exercise-1-no-networks.png"), w.ui.charts().frame());

        // Exercise 2: a great power withdraws (the shipped scenario), against the baseline
        w.stop();
        WindowDriver.onSwing(() -> w.ui.parameters().set("City networks (M3)", true));
        w.playTo(TO_2050);
        w.stop();
        WindowDriver.onSwing(() -> pick(w, "great-power-withdrawal"));
        w.playTo(TO_2050);
        shoot(w, out.resolve("exercise-2-withdrawal.png"), w.ui.charts().frame());

        // Exercise 3: North-South finance doubled, against the baseline
        w.stop();
        WindowDriver.onSwing(() -> pick(w, "baseline"));
        w.playTo(TO_2050);
        w.stop();
        WindowDriver.onSwing(() -> w.ui.parameters().set("North-South finance (M8)", 1000.0));
        w.playTo(TO_2050);
        shoot(w, out.resolve("exercise-3-finance.png"), w.ui.charts().frame());

        // The real world replayed to 2025
        w.stop();
        WindowDriver.onSwing(() -> pick(w, "world-2005"));
        w.playTo(TO_2025);
        shoot(w, out.resolve("real-world.png"), w.ui.displayFrame());
        System.out.println("screenshots in " + out);
        System.exit(0);
    }

    private static void pick(WindowDriver w, String scenario) {
        w.ui.parameters().set("Scenario", w.ui.parameters().scenarioNames().indexOf(scenario));
    }

    private static void shoot(WindowDriver w, Path file, java.awt.Component window) throws Exception {
        w.settle();
        Rectangle area = WindowDriver.onScreen(window);
        WindowDriver.write(WindowDriver.capture(area), file);
    }

    /** The part of the screen the three windows cover. */
    private static void shootScreen(WindowDriver w, Path file) throws Exception {
        w.settle();
        Rectangle all = WindowDriver.onScreen(w.ui.displayFrame());
        all.add(WindowDriver.onScreen(w.ui.charts().frame()));
        all.add(WindowDriver.onScreen(w.console));
        WindowDriver.write(WindowDriver.capture(all), file);
    }
}
