package org.polycentric.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose data area keeps one unit of x about as long as one unit of y (a plate carree
 * map: a degree of longitude as wide as a degree of latitude is tall). A unit of y may grow up to
 * {@link #MAX_STRETCH} times a unit of x, so a map on a page of ordinary proportions does not leave
 * a band of white above and below it; the space still left over is split evenly on both sides.
 */
final class EqualAspectPlot extends XYPlot {
    /** How much taller than wide a square of data may be drawn: about Miller's projection at 45 degrees. */
    static final double MAX_STRETCH = 1.25;

    EqualAspectPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        AxisSpace space = calculateAxisSpace(g2, inner);
        Rectangle2D data = space.shrink(inner, null);
        double wanted = getDomainAxis().getRange().getLength() / getRangeAxis().getRange().getLength();
        Rectangle2D fitted = (Rectangle2D) area.clone();
        if (data.getWidth() > 0 && data.getHeight() > 0) {
            double have = data.getWidth() / data.getHeight();
            if (have > wanted) { // too wide: narrow it
                double cut = data.getWidth() - data.getHeight() * wanted;
                fitted.setRect(area.getX() + cut / 2, area.getY(), area.getWidth() - cut, area.getHeight());
            } else if (have < wanted / MAX_STRETCH) { // too tall even when stretched: shorten it
                double cut = data.getHeight() - data.getWidth() / wanted * MAX_STRETCH;
                fitted.setRect(area.getX(), area.getY() + cut / 2, area.getWidth(), area.getHeight() - cut);
            }
        }
        super.draw(g2, fitted, anchor, parentState, info);
    }
}
