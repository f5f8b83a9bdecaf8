package org.polycentric.gui;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JSlider;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.rules.NetworkRecruitmentRule;
import org.polycentric.model.rules.PeerInfluenceRule;

/**
 * Opens the real window on a small scenario and checks, with screenshots, what a student sees: the
 * map of cities before play, the run played to its end with both charts filled, the map and its
 * legend on screen, a chart exported through its button and file dialog, the ties on demand, a
 * city inspected by double-clicking it, and the sliders in the Model tab. Prints "ok" and exits 0,
 * or prints the problems and exits 1. {@link ConsoleWindowTest} runs it in its own JVM, because the
 * test JVM is headless; the screenshots go to the folder given as the first argument.
 */
final class ConsoleSmoke {
    private ConsoleSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "target/gui-screenshots");
        List<String> problems = new ArrayList<>();
        WindowDriver w = WindowDriver.open(Path.of("scenarios/baseline.json"),
                List.of("world.cities=600", "world.firms.count=3000", "time.endYear=2030"));
        PolycentricWithUI ui = w.ui;
        Rectangle map = WindowDriver.onScreen(ui.display().insideDisplay);
        Rectangle footer = WindowDriver.onScreen(ui.footer());

        BufferedImage before = WindowDriver.capture(map);
        WindowDriver.write(before, shots.resolve("map-before-play.png"));
        if (WindowDriver.pixelsOf(before, StatusColours.of(PledgeStatus.UNCOMMITTED)) < 500) {
            problems.add("before play, the map shows no cities");
        }

        w.playToEnd();
        long steps = ui.state.schedule.getSteps();
        if (steps != ui.model().scenario().time().steps()) {
            problems.add("the Console ran " + steps + " steps, not " + ui.model().scenario().time().steps());
        }
        int[] points = new int[2];
        int[] drawn = new int[2];
        boolean[] showing = new boolean[2];
        WindowDriver.onSwing(() -> {
            points[0] = ui.charts().chart(LiveCharts.ADOPTION).pointCount();
            points[1] = ui.charts().chart(LiveCharts.NATIONAL_TARGETS).pointCount();
            drawn[0] = ui.charts().chart(LiveCharts.ADOPTION).shownPoints();
            drawn[1] = ui.charts().chart(LiveCharts.NATIONAL_TARGETS).shownPoints();
            showing[0] = ui.displayFrame().isShowing();
            showing[1] = ui.charts().frame().isShowing();
        });
        for (int c = 0; c < 2; c++) {
            if (points[c] != steps + 1 || drawn[c] != steps + 1) {
                problems.add("chart " + c + " holds " + points[c] + " points and shows " + drawn[c] + ", not "
                        + (steps + 1) + " (the redraws are throttled, the last one must still come)");
            }
        }
        if (ui.display().drawnSteps() != steps) {
            problems.add("the map last drew step " + ui.display().drawnSteps() + ", not the last step " + steps);
        }
        if (!showing[0] || !showing[1]) {
            problems.add("map showing " + showing[0] + ", charts showing " + showing[1]);
        }

        WindowDriver.write(WindowDriver.captureScreen(), shots.resolve("window-at-end.png"));
        BufferedImage after = WindowDriver.capture(map);
        int grey = WindowDriver.pixelsOf(after, StatusColours.of(PledgeStatus.UNCOMMITTED));
        int committed = 0;
        for (PledgeStatus s : List.of(PledgeStatus.PLEDGED, PledgeStatus.ON_TRACK, PledgeStatus.OFF_TRACK,
                PledgeStatus.CUT_ACHIEVED, PledgeStatus.NET_ZERO)) {
            committed += WindowDriver.pixelsOf(after, StatusColours.of(s));
        }
        if (grey < 100 || committed < 100) {
            problems.add("the map at the end is not grey and coloured: " + grey + " grey, " + committed
                    + " pledged-colour pixels");
        }
        BufferedImage legend = WindowDriver.capture(footer);
        WindowDriver.write(legend, shots.resolve("legend.png"));
        for (PledgeStatus s : PledgeStatus.values()) {
            if (WindowDriver.pixelsOf(legend, StatusColours.of(s)) < 20) {
                problems.add("the legend has no disc for " + s.label());
            }
        }
        String line = ui.footer().statusText();
        if (!line.startsWith("Year 2030")) {
            problems.add("the line under the map says '" + line + "'");
        }

        java.nio.file.Path exported = shots.resolve("adoption-exported.svg");
        java.nio.file.Files.deleteIfExists(exported);
        w.exportChart(LiveCharts.ADOPTION, exported);
        if (!java.nio.file.Files.exists(exported)
                || !java.nio.file.Files.readString(exported).contains("Cities with a carbon-neutrality pledge")) {
            problems.add("the Export button's dialog wrote no SVG of the adoption chart to " + exported);
        }

        w.showTies(true);
        BufferedImage withTies = WindowDriver.capture(map);
        WindowDriver.write(withTies, shots.resolve("map-with-ties.png"));
        if (WindowDriver.inked(withTies) < WindowDriver.inked(after) * 1.2) {
            problems.add("ticking 'show city ties' drew no ties");
        }

        int largest = ui.model().world().cities().largest(1)[0];
        String name = ui.model().world().cities().name[largest];
        w.doubleClickCity(largest);
        List<String> inspected = w.inspectorTitles();
        if (inspected.stream().noneMatch(t -> t.contains(name))) {
            problems.add("double-clicking " + name + " on the map inspected " + inspected);
        }
        w.showTab("Inspectors");
        WindowDriver.write(WindowDriver.capture(WindowDriver.onScreen(w.console)), shots.resolve("inspector.png"));

        w.showTab("Model");
        WindowDriver.write(WindowDriver.capture(WindowDriver.onScreen(w.console)), shots.resolve("model-tab.png"));
        List<String> labels = new ArrayList<>();
        int[] sliders = new int[1];
        WindowDriver.onSwing(() -> {
            WindowDriver.find(w.console, JLabel.class).stream().filter(JLabel::isShowing)
                    .forEach(l -> labels.add(l.getText()));
            sliders[0] = (int) WindowDriver.find(w.console, JSlider.class).stream().filter(JSlider::isShowing).count();
        });
        for (ModelParameters.Row row : ui.parameters().rows()) {
            if (labels.stream().noneMatch(l -> l != null && l.contains(row.label()))) {
                problems.add("the Model tab shows no row '" + row.label() + "'");
            }
        }
        if (sliders[0] < 8) {
            problems.add("the Model tab shows " + sliders[0] + " sliders");
        }

        // change values the way a student does: untick the networks box, drag the first slider to its end
        w.stop();
        WindowDriver.onSwing(() -> {
            WindowDriver.find(w.console, javax.swing.JCheckBox.class).stream().filter(JCheckBox::isShowing)
                    .findFirst().ifPresent(JCheckBox::doClick);
            WindowDriver.find(w.console, JSlider.class).stream().filter(JSlider::isShowing)
                    .findFirst().ifPresent(sl -> sl.setValue(sl.getMaximum()));
        });
        w.settle();
        var rules = ui.model().scenario().rules();
        boolean networks = rules.get("networkRecruitment", NetworkRecruitmentRule.Params.class).enabled();
        double peer = rules.get("peerInfluence", PeerInfluenceRule.Params.class).weight();
        if (networks || peer != 0.4) {
            problems.add("the Model tab's box and slider did not reach the model: networks "
                    + networks + ", peer influence " + peer);
        }
        List<String> shown = new ArrayList<>();
        WindowDriver.onSwing(() -> WindowDriver.find(w.console, javax.swing.JTextField.class).stream()
                .filter(javax.swing.JTextField::isShowing).forEach(f -> shown.add(f.getText())));
        WindowDriver.onSwing(() -> WindowDriver.find(w.console, JLabel.class).stream()
                .filter(JLabel::isShowing).forEach(l -> shown.add(l.getText())));
        if (shown.stream().noneMatch(t -> t != null && t.endsWith("rules.peerInfluence.weight=0.4"))) {
            problems.add("the Message row does not say what changed: " + shown);
        }
        WindowDriver.write(WindowDriver.capture(WindowDriver.onScreen(w.console)), shots.resolve("model-tab-changed.png"));
        w.playToEnd();
        var headless = org.polycentric.TestScenarios.run(org.polycentric.TestScenarios.load("baseline",
                "world.cities=600", "world.firms.count=3000", "time.endYear=2030",
                "rules.networkRecruitment.enabled=false", "rules.networkServices.enabled=false",
                "rules.peerInfluence.weight=0.4"), 0);
        if (!java.util.Arrays.equals(headless.world().cities().status, ui.model().world().cities().status)) {
            problems.add("after the changes, the window's run differs from 'run' with the same --set values");
        }

        System.out.println(problems.isEmpty() ? "ok" : String.join("\n", problems));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
