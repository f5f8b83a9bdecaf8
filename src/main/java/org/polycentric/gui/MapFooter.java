package org.polycentric.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.polycentric.model.Polycentric;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.output.charts.Palette;

/**
 * What sits under the map: the pledge-status legend, a line with the model's year and how many
 * cities and nations have committed, and the box that shows the city ties (with their key).
 */
final class MapFooter extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel status = new JLabel(" ");
    private final JLabel tiesNote = new JLabel(" ");
    private final JCheckBox showTies = new JCheckBox("show city ties");
    private final transient AtomicReference<String> latest = new AtomicReference<>();
    private final transient TiesPortrayal ties;
    private final transient Runnable repaintMap;

    MapFooter(TiesPortrayal ties, Runnable repaintMap) {
        super(new BorderLayout());
        this.ties = ties;
        this.repaintMap = repaintMap;
        setBackground(Color.WHITE);
        add(new MapLegend(), BorderLayout.NORTH);

        JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        line.setBackground(Color.WHITE);
        status.setForeground(Palette.TEXT);
        status.setFont(status.getFont().deriveFont(java.awt.Font.BOLD));
        line.add(status);
        showTies.setBackground(Color.WHITE);
        showTies.setToolTipText("Draw the ties along which cities influence each other");
        showTies.addActionListener(e -> setTiesShown(showTies.isSelected()));
        line.add(showTies);
        add(line, BorderLayout.CENTER);
        // the key of the ties has a row of its own, kept (blank) while they are hidden, so the
        // window does not change size when the box is ticked
        JPanel key = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        key.setBackground(Color.WHITE);
        tiesNote.setForeground(Palette.MUTED_TEXT);
        key.add(tiesNote);
        key.setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
        add(key, BorderLayout.SOUTH);
    }

    /** Shows or hides the ties layer and its key (Swing thread). */
    void setTiesShown(boolean shown) {
        showTies.setSelected(shown);
        ties.setShown(shown);
        tiesNote.setText(shown ? "<html>Ties: grey, same nation or nearby; <font color='#CC79A7'>purple</font>, "
                + "long range; <font color='#56B4E9'>blue</font>, across rival blocs (" + ties.describe()
                + ")</html>" : " ");
        repaintMap.run();
    }

    /** The year-and-counts line as it stands (Swing thread). */
    String statusText() {
        return status.getText();
    }

    /** The line for the model's latest record: year, cities pledged, nations with a target. */
    static String describe(Polycentric model) {
        MetricTable table = model.recorder().table();
        int last = (int) Math.min(model.schedule.getSteps(), table.records() - 1L);
        if (last < 0) {
            return " ";
        }
        int pledged = table.indexOf(Metric.PLEDGED_COUNT.id(), Recorder.ALL);
        int nations = table.indexOf(Metric.NATIONS_NET_ZERO_COUNT.id(), Recorder.ALL);
        int cities = model.world().cities().count();
        double count = pledged < 0 ? Double.NaN : table.value(last, pledged);
        return String.format(Locale.ROOT, "Year %.2f: %,d of %,d cities pledged (%.0f%%); %d of %d nations with a net-zero target",
                table.year(last), (long) count, cities, 100.0 * count / cities,
                nations < 0 ? 0 : (long) table.value(last, nations), model.world().nations().length);
    }

    /** Takes the model's latest state; on the model's thread, one coalesced repaint on the Swing thread. */
    void update(Polycentric model) {
        if (latest.getAndSet(describe(model)) == null) {
            SwingUtilities.invokeLater(() -> status.setText(latest.getAndSet(null)));
        }
    }
}
