package org.polycentric.gui;

import java.awt.Color;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.polycentric.model.Polycentric;
import org.polycentric.output.charts.ChartCatalog;

/**
 * The window's live charts, side by side in one frame: the adoption curve (share of cities pledged:
 * all, North, South) and the nations with a net-zero target, each the run chart of that name.
 */
final class LiveCharts {
    static final String ADOPTION = "adoption";
    static final String NATIONAL_TARGETS = "national-targets";

    private final List<LiveChart> charts = List.of(new LiveChart(runChart(ADOPTION)),
            new LiveChart(runChart(NATIONAL_TARGETS)));
    private JFrame frame;

    private static ChartCatalog.TimeChart runChart(String name) {
        return ChartCatalog.RUN_CHARTS.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no run chart " + name));
    }

    List<LiveChart> charts() {
        return charts;
    }

    LiveChart chart(String name) {
        return charts.stream().filter(c -> c.definition().name().equals(name)).findFirst().orElseThrow();
    }

    /** Starts every chart over for a freshly started model (see {@link LiveChart#reset}). */
    void reset(Polycentric model, String run, String seedText) {
        charts.forEach(c -> c.reset(model, run, seedText));
    }

    /** Hands the records written since the last call to every chart; on the model's thread, after each step. */
    void copyNewRecords(Polycentric model) {
        charts.forEach(c -> c.copyNewRecords(model));
    }

    /** The frame with the charts side by side (created on first call; Swing thread). */
    JFrame frame() {
        if (frame == null) {
            JPanel both = new JPanel(new GridLayout(1, charts.size(), 8, 0));
            both.setBackground(Color.WHITE);
            charts.forEach(c -> both.add(c.component()));
            frame = new JFrame("Polycentric: live charts");
            frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
            frame.getContentPane().add(both);
            frame.pack();
        }
        return frame;
    }
}
