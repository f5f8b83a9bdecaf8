package org.polycentric.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.polycentric.model.Polycentric;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.output.charts.Palette;
import org.polycentric.scenario.TimeSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The adoption curve (share of cities pledged: all, North, South) drawn live with JFreeChart 1.5.
 * The model thread copies new records out of the recorder after each step; the Swing thread adds
 * them to the chart, one coalesced update at a time, so a fast run never floods the event queue.
 */
final class LiveAdoptionChart {
    static final String[] GROUPS = {Recorder.ALL, Recorder.NORTH, Recorder.SOUTH};
    private static final String[] LABELS = {"all cities", "North", "South"};

    private final XYSeries[] series = new XYSeries[GROUPS.length];
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final JFreeChart chart;
    private final Object lock = new Object();
    private final List<double[]> pending = new ArrayList<>(); // {year, all, north, south}
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private int nextRecord;
    private JFrame frame;

    LiveAdoptionChart() {
        for (int g = 0; g < GROUPS.length; g++) {
            series[g] = new XYSeries(LABELS[g], false, true);
            dataset.addSeries(series[g]);
        }
        chart = ChartFactory.createXYLineChart("Cities with a carbon-neutrality pledge", "year",
                "share of cities pledged", dataset, PlotOrientation.VERTICAL, true, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int g = 0; g < GROUPS.length; g++) {
            renderer.setSeriesPaint(g, g == 0 ? Palette.OKABE_ITO.get(7) : Palette.series(g - 1));
            renderer.setSeriesStroke(g, new BasicStroke(g == 0 ? 2.5f : 1.8f));
        }
        plot.setRenderer(renderer);
        plot.getRangeAxis().setRange(0.0, 1.0);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
    }

    JFreeChart chart() {
        return chart;
    }

    /** The chart's window (created on first call; call on the Swing thread). */
    JFrame frame() {
        if (frame == null) {
            ChartPanel panel = new ChartPanel(chart);
            panel.setPreferredSize(new Dimension(520, 380));
            frame = new JFrame("Polycentric: adoption");
            frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
            frame.getContentPane().add(panel);
            frame.pack();
        }
        return frame;
    }

    /** Sets the year axis to the scenario's period (call on the Swing thread). */
    void showPeriod(TimeSpec time) {
        chart.getXYPlot().getDomainAxis().setRange(time.startYear(), time.endYear());
    }

    /** Empties the chart for a new run and fixes the year axis to the scenario's period. */
    void reset(Polycentric model) {
        synchronized (lock) {
            pending.clear();
            nextRecord = 0;
        }
        TimeSpec time = model.scenario().time();
        SwingUtilities.invokeLater(() -> {
            for (XYSeries s : series) {
                s.clear();
            }
            showPeriod(time);
        });
        copyNewRecords(model);
    }

    /** A steppable for after each model step: copies the records the recorder wrote since last time. */
    Steppable updater() {
        return new Updater(this);
    }

    /** Copies every record written so far but not yet copied; on the model's thread. */
    void copyNewRecords(Polycentric model) {
        MetricTable table = model.recorder().table();
        int[] columns = new int[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            columns[g] = table.indexOf(Metric.PLEDGED_SHARE.id(), GROUPS[g]);
        }
        int written = (int) Math.min(model.schedule.getSteps() + 1, table.records());
        synchronized (lock) {
            for (int r = nextRecord; r < written; r++) {
                double[] row = new double[1 + GROUPS.length];
                row[0] = table.year(r);
                for (int g = 0; g < GROUPS.length; g++) {
                    row[1 + g] = columns[g] < 0 ? Double.NaN : table.value(r, columns[g]);
                }
                pending.add(row);
            }
            nextRecord = Math.max(nextRecord, written);
        }
        if (updateQueued.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    /** On the Swing thread: moves the pending rows into the series with one repaint per series. */
    private void drain() {
        updateQueued.set(false);
        List<double[]> rows;
        synchronized (lock) {
            rows = new ArrayList<>(pending);
            pending.clear();
        }
        if (rows.isEmpty()) {
            return;
        }
        for (int g = 0; g < GROUPS.length; g++) {
            for (double[] row : rows) {
                if (!Double.isNaN(row[1 + g])) {
                    series[g].add(row[0], row[1 + g], false);
                }
            }
            series[g].fireSeriesChanged();
        }
    }

    /** Number of points the chart's "all" series holds (Swing thread). */
    int pointCount() {
        return series[0].getItemCount();
    }

    private static final class Updater implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient LiveAdoptionChart chart;

        Updater(LiveAdoptionChart chart) {
            this.chart = chart;
        }

        @Override
        public void step(SimState state) {
            chart.copyNewRecords((Polycentric) state);
        }
    }
}
