package org.polycentric.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis with about as many ticks as matplotlib or ggplot2 would draw: the smallest unit
 * that gives at most {@code maxIntervals} intervals, never one so small that labels overlap.
 * JFreeChart's own choice is the smallest unit whose labels do not overlap, which on a printed
 * chart puts a tick every few millimetres.
 */
final class SparseTickAxis extends NumberAxis {
    private final int maxIntervals;

    SparseTickAxis(String label, TickUnitSource units, int maxIntervals) {
        super(label);
        this.maxIntervals = maxIntervals;
        setStandardTickUnits(units);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        NumberTickUnit smallestReadable = getTickUnit();
        NumberTickUnit sparse = (NumberTickUnit) getStandardTickUnits()
                .getCeilingTickUnit(getRange().getLength() / maxIntervals);
        NumberTickUnit unit = sparse.getSize() >= smallestReadable.getSize() ? sparse : smallestReadable;
        if (unit != getTickUnit()) {
            setTickUnit(unit, false, false);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj) && obj instanceof SparseTickAxis other && other.maxIntervals == maxIntervals;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + maxIntervals;
    }
}
