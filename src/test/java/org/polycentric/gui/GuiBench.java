package org.polycentric.gui;

import java.nio.file.Path;
import java.util.List;

/**
 * Speed of the window (bench/gui-bench.sh runs it on a virtual display): opens each scenario
 * given, plays it to the end in the Console with the map and the charts showing, and prints the
 * steps per second and the seconds it took. Timings belong here, not in the tests.
 */
final class GuiBench {
    private GuiBench() {
    }

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            long opening = System.nanoTime();
            WindowDriver w = WindowDriver.open(Path.of(file), List.of());
            long start = System.nanoTime();
            w.playToEnd();
            long end = System.nanoTime();
            long steps = w.ui.state.schedule.getSteps();
            System.out.printf("%-40s %,6d cities %,6d steps: opened in %.1f s, played in %.1f s (%.0f steps/s)%n",
                    file, w.ui.model().world().cities().count(), steps, (start - opening) / 1e9, (end - start) / 1e9,
                    steps / ((end - start) / 1e9));
            WindowDriver.onSwing(() -> w.ui.quit());
            WindowDriver.onSwing(w.console::dispose);
        }
        System.exit(0);
    }
}
