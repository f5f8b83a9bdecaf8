package org.polycentric.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.polycentric.model.Polycentric;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.output.charts.ChartCatalog;
import org.polycentric.output.charts.ChartExport;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartRenderer;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.SeriesData;
import org.polycentric.output.charts.TimeChartSpec;
import org.polycentric.scenario.TimeSpec;

/**
 * One of the run's time charts ({@link ChartCatalog#RUN_CHARTS}), drawn live as the model steps and
 * by the same renderer as the charts a headless run writes, so what the window shows is what a run
 * folder holds. The model thread copies new records out of the recorder after each step; the Swing
 * thread redraws, one coalesced update at a time, so a fast run never floods the event queue. The
 * lines of the last run that got past its first step stay on the chart, dashed, so a student sees
 * what a slider change did. The Export button writes the chart as PNG, SVG or PDF.
 */
final class LiveChart {
    static final String PREVIOUS_RUN = "Previous run";
    private static final Color PREVIOUS_COLOUR = new Color(0x8C8C8C);
    /** At most this many redraws a second. */
    static final int REDRAWS_PER_SECOND = 8;
    private static final long REDRAW_NANOS = 1_000_000_000L / REDRAWS_PER_SECOND;

    private final ChartCatalog.TimeChart definition;
    private final Object lock = new Object();
    private final List<double[]> pending = new ArrayList<>(); // {year, line 0, line 1, ...}
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private int nextRecord;
    private Restart restart;

    // Swing thread only
    private final List<double[]> rows = new ArrayList<>();
    private List<double[]> previous = List.of();
    private String previousRun = "";
    private TimeSpec period;
    private String run = "";
    private String caption = "";
    private ChartPanel panel;
    private JPanel component;
    private long lastRedraw = System.nanoTime() - REDRAW_NANOS;
    private final Timer redrawLater = new Timer(0, e -> redrawNow());

    LiveChart(ChartCatalog.TimeChart definition) {
        this.definition = definition;
        redrawLater.setRepeats(false);
    }

    ChartCatalog.TimeChart definition() {
        return definition;
    }

    /**
     * Starts the chart over for a freshly started model: its period and what produced the data
     * ({@code run}, e.g. "baseline with rules.peerInfluence.weight=0.3", and the seed, e.g.
     * "replication 0, seed 42") for the caption,
     * as in a run's charts. The run just ended becomes the previous run if it got past its first step.
     */
    void reset(Polycentric model, String run, String seedText) {
        synchronized (lock) {
            // the rows of the run just ended the Swing thread has not yet taken go with the restart,
            // so the previous run is drawn whole; a restart of a run that never got past its first
            // record (the preview) keeps the run before it as the previous run
            List<double[]> tail;
            boolean replace;
            if (restart == null) {
                tail = new ArrayList<>(pending);
                replace = false;
            } else if (pending.size() <= 1) {
                tail = restart.tail();
                replace = restart.replace();
            } else {
                tail = new ArrayList<>(pending);
                replace = true;
            }
            pending.clear();
            nextRecord = 0;
            restart = new Restart(model.scenario().time(), run, "Scenario " + run + ", " + seedText + ", in the window.",
                    tail, replace);
        }
        copyNewRecords(model);
    }

    /**
     * A new run for the Swing thread to start the chart over with (taken by the next drain): its
     * period, description and caption, and the last rows of the run before it ({@code replace}: those
     * rows are that whole run, not the end of the one the Swing thread holds).
     */
    private record Restart(TimeSpec period, String run, String caption, List<double[]> tail, boolean replace) {
    }

    /** Copies every record the recorder wrote and this chart has not yet seen; on the model's thread. */
    void copyNewRecords(Polycentric model) {
        MetricTable table = model.recorder().table();
        List<ChartCatalog.Line> lines = definition.lines();
        int[] columns = new int[lines.size()];
        for (int l = 0; l < columns.length; l++) {
            columns[l] = table.indexOf(lines.get(l).metric(), lines.get(l).group());
        }
        int written = (int) Math.min(model.schedule.getSteps() + 1, table.records());
        synchronized (lock) {
            for (int r = nextRecord; r < written; r++) {
                double[] row = new double[1 + columns.length];
                row[0] = table.year(r);
                for (int l = 0; l < columns.length; l++) {
                    row[1 + l] = columns[l] < 0 ? Double.NaN : table.value(r, columns[l]);
                }
                pending.add(row);
            }
            nextRecord = Math.max(nextRecord, written);
        }
        if (updateQueued.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    /**
     * On the Swing thread: starts over if a new run began, takes the pending rows and redraws once.
     * Restart and rows travel together under the lock, so a drain queued before a restart can never
     * put the new run's first rows on the old run's line.
     */
    private void drain() {
        updateQueued.set(false);
        Restart start;
        List<double[]> taken;
        synchronized (lock) {
            start = restart;
            restart = null;
            taken = new ArrayList<>(pending);
            pending.clear();
        }
        if (start != null) {
            if (start.replace()) {
                rows.clear();
            }
            rows.addAll(start.tail());
            if (rows.size() > 1) {
                previous = new ArrayList<>(rows);
                previousRun = run;
            }
            rows.clear();
            period = start.period();
            run = start.run();
            caption = start.caption();
        }
        if (start == null && taken.isEmpty()) {
            return;
        }
        rows.addAll(taken);
        redraw();
    }

    /**
     * Redraws now if the last redraw is old enough, else once a little later: rebuilding a chart of
     * thousands of points after every step of a weekly scenario would take the processor from the
     * model (a 10,000-city weekly run stepped 45 times a second with the charts redrawn after every
     * step, 250 with them hidden).
     */
    private void redraw() {
        if (panel == null || redrawLater.isRunning()) {
            return;
        }
        long wait = REDRAW_NANOS - (System.nanoTime() - lastRedraw);
        if (wait <= 0) {
            redrawNow();
        } else {
            redrawLater.setInitialDelay((int) Math.max(1, wait / 1_000_000));
            redrawLater.start();
        }
    }

    private void redrawNow() {
        lastRedraw = System.nanoTime();
        panel.setChart(chart(ChartTheme.SCREEN));
    }

    /**
     * The chart as it stands, in a theme (Swing thread): this run's lines, then the previous run's
     * in the same colours, dashed, under one legend entry.
     */
    JFreeChart chart(ChartTheme theme) {
        List<ChartCatalog.Line> lines = definition.lines();
        List<SeriesData> series = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            series.add(series(lines.get(l).label(), rows, 1 + l));
        }
        boolean withPrevious = !previous.isEmpty();
        if (withPrevious) {
            for (int l = 0; l < lines.size(); l++) {
                series.add(series(PREVIOUS_RUN + ", " + lines.get(l).label(), previous, 1 + l));
            }
        }
        String text = caption + (withPrevious ? " Dashed: previous run, " + previousRun + "." : "");
        JFreeChart chart = ChartRenderer.timeChart(new TimeChartSpec(definition.title(), "Year",
                definition.yAxisLabel(), definition.percent(), series, text), theme);
        XYPlot plot = chart.getXYPlot();
        if (period != null) {
            plot.getDomainAxis().setRange(period.startYear(), period.endYear());
        }
        if (withPrevious) {
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(0);
            BasicStroke solid = (BasicStroke) renderer.getSeriesStroke(0);
            BasicStroke dashed = new BasicStroke(solid.getLineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, new float[] {solid.getLineWidth() * 4, solid.getLineWidth() * 3}, 0f);
            LegendItemCollection old = plot.getFixedLegendItems();
            LegendItemCollection legend = new LegendItemCollection();
            for (int l = 0; l < lines.size(); l++) {
                renderer.setSeriesPaint(lines.size() + l, renderer.getSeriesPaint(l));
                renderer.setSeriesStroke(lines.size() + l, dashed);
                legend.add(old.get(l));
            }
            legend.add(new LegendItem(PREVIOUS_RUN + " (dashed)", null, null, null, old.get(0).getLine(), dashed,
                    PREVIOUS_COLOUR));
            plot.setFixedLegendItems(legend);
        }
        return chart;
    }

    private static SeriesData series(String label, List<double[]> rows, int column) {
        double[] years = new double[rows.size()];
        double[] values = new double[rows.size()];
        double[] none = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            years[r] = rows.get(r)[0];
            values[r] = rows.get(r)[column];
            none[r] = Double.NaN;
        }
        return new SeriesData(label, years, values, none, none);
    }

    /** Number of points of this run the chart holds (Swing thread). */
    int pointCount() {
        return rows.size();
    }

    /** Points of this run's first line in the chart on screen (Swing thread; -1 before it is shown). */
    int shownPoints() {
        return panel == null ? -1 : panel.getChart().getXYPlot().getDataset().getItemCount(0);
    }

    /** Whether a previous run is drawn (Swing thread). */
    boolean showsPreviousRun() {
        return !previous.isEmpty();
    }

    /** The chart with its Export button (created on first call; Swing thread). */
    JPanel component() {
        if (component == null) {
            panel = new ChartPanel(chart(ChartTheme.SCREEN));
            panel.setPreferredSize(new Dimension(480, 380));
            panel.setMouseWheelEnabled(false);
            JButton export = new JButton("Export chart...");
            export.setToolTipText("Save this chart as PNG (300 dpi), SVG or PDF, styled for print");
            export.addActionListener(e -> chooseAndExport());
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 2));
            buttons.setBackground(Color.WHITE);
            buttons.add(export);
            component = new JPanel(new BorderLayout());
            component.setBackground(Color.WHITE);
            component.add(panel, BorderLayout.CENTER);
            component.add(buttons, BorderLayout.SOUTH);
        }
        return component;
    }

    /**
     * Writes the chart as it stands, styled for print as a run's charts are, to {@code file}; the
     * format is the file's extension (png, svg or pdf). Swing thread.
     */
    void export(Path file) throws IOException {
        ChartExport.write(chart(ChartTheme.PRINT), file, formatOf(file), ChartSize.DEFAULT);
    }

    /** The chart format a file name asks for, by its extension. */
    static ChartFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ChartFormat format : ChartFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        throw new IllegalArgumentException(file.getFileName() + ": name the file .png, .svg or .pdf");
    }

    /** The file a user named, with the chosen format's extension added if the name has none of ours. */
    static Path withExtension(Path named, String extension) {
        try {
            formatOf(named);
            return named;
        } catch (IllegalArgumentException noExtension) {
            return named.resolveSibling(named.getFileName() + "." + extension);
        }
    }

    private void chooseAndExport() {
        JFileChooser chooser = new JFileChooser(new File(System.getProperty("user.dir")));
        chooser.setDialogTitle("Export " + definition.title());
        chooser.setAcceptAllFileFilterUsed(false);
        for (ChartFormat format : ChartFormat.values()) {
            chooser.addChoosableFileFilter(new FileNameExtensionFilter(
                    format.name() + " (." + format.extension() + ")", format.extension()));
        }
        chooser.setFileFilter(chooser.getChoosableFileFilters()[0]);
        chooser.setSelectedFile(new File(definition.name() + ".png"));
        if (chooser.showSaveDialog(component) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        String extension = ((FileNameExtensionFilter) chooser.getFileFilter()).getExtensions()[0];
        Path file = withExtension(chooser.getSelectedFile().toPath(), extension);
        try {
            export(file);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(component, "Could not write " + file + ":\n" + e.getMessage(),
                    "Export chart", JOptionPane.ERROR_MESSAGE);
        }
    }
}
