package org.polycentric.gui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.polycentric.model.PledgeStatus;
import org.polycentric.output.charts.Palette;

/** The map's key: one coloured disc per pledge status, and how disc size reads. */
final class MapLegend extends JPanel {
    private static final long serialVersionUID = 1L;

    MapLegend() {
        super(new FlowLayout(FlowLayout.LEFT, 12, 4));
        setBackground(Color.WHITE);
        for (PledgeStatus status : StatusColours.LEGEND_ORDER) {
            JLabel label = new JLabel(StatusColours.label(status), new Disc(StatusColours.of(status)), JLabel.LEFT);
            label.setForeground(Palette.TEXT);
            add(label);
        }
        JLabel size = new JLabel("disc area ~ population; double-click a city to inspect it");
        size.setForeground(Palette.MUTED_TEXT);
        add(size);
    }

    private record Disc(Color colour) implements Icon {
        @Override
        public void paintIcon(java.awt.Component c, Graphics g, int x, int y) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(colour);
            g2.fillOval(x, y, 12, 12);
            g2.dispose();
        }

        @Override
        public int getIconWidth() { return 12; }

        @Override
        public int getIconHeight() { return 12; }
    }
}
