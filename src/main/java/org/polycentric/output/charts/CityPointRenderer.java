package org.polycentric.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;

/**
 * Draws every city of a map as one disc whose colour and size come from small per-point class
 * arrays, so thousands of cities need no per-point series, shapes or annotations. Each disc has a
 * thin white rim that keeps overlapping cities apart.
 *
 * <p>A disc is drawn as a very short line with round caps and a stroke as wide as the disc: in SVG
 * and PDF that is two coordinate pairs instead of the four Bezier curves of an ellipse, which
 * makes a map of thousands of cities several times faster to write and smaller on disk, and it
 * looks the same in every renderer (the line is not of zero length, a case viewers treat
 * differently). On a raster target (see {@link #RASTER_TARGET}) each kind of disc is instead drawn
 * once, anti-aliased at the output's resolution, and copied to every city of that kind: thousands of
 * anti-aliased shapes cost far more than thousands of small image copies.
 */
final class CityPointRenderer extends AbstractXYItemRenderer {
    /** Set to {@code Boolean.TRUE} on a Graphics2D that draws into an image (not SVG or PDF). */
    static final RenderingHints.Key RASTER_TARGET = new RenderingHints.Key(0x706f6c79) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }
    };

    private final Color[] colours;
    private final byte[] colourClass;
    private final double[] diameters;
    private final byte[] sizeClass;
    private final float rimWidth;
    private final transient Stroke[] rims;
    private final transient Stroke[] dots;

    /** {@code colourClass[i]} and {@code sizeClass[i]} index {@code colours} and {@code diameters} for item i. */
    CityPointRenderer(Color[] colours, byte[] colourClass, double[] diameters, byte[] sizeClass, float rimWidth) {
        this.colours = colours.clone();
        this.colourClass = colourClass;
        this.diameters = diameters.clone();
        this.sizeClass = sizeClass;
        this.rimWidth = rimWidth;
        this.rims = new Stroke[diameters.length];
        this.dots = new Stroke[diameters.length];
        for (int c = 0; c < diameters.length; c++) {
            rims[c] = new BasicStroke((float) diameters[c] + 2 * rimWidth, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND);
            dots[c] = new BasicStroke((float) diameters[c], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
    }

    private static final AffineTransform IDENTITY = new AffineTransform();

    /** Length of the line that draws a disc, in points: far below what print or screen resolves. */
    private static final double STUB = 0.01;

    /** What one drawing pass reuses, kept per pass so two threads drawing the same chart share nothing. */
    private static final class State extends XYItemRendererState {
        final Line2D.Double stub = new Line2D.Double();
        /** The target's transform when it is a raster one that only scales and moves, else null. */
        final AffineTransform device;
        /** One pre-drawn disc per (colour, size) on a raster target, made when first needed. */
        final BufferedImage[] sprites;

        State(PlotRenderingInfo info, AffineTransform device, int kinds) {
            super(info);
            this.device = device;
            this.sprites = device == null ? null : new BufferedImage[kinds];
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
                                          PlotRenderingInfo info) {
        AffineTransform device = null;
        if (Boolean.TRUE.equals(g2.getRenderingHint(RASTER_TARGET))) {
            AffineTransform t = g2.getTransform();
            if (t.getShearX() == 0 && t.getShearY() == 0 && t.getScaleX() > 0 && t.getScaleY() > 0) {
                device = t;
            }
        }
        return new State(info, device, colours.length * diameters.length);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        int size = sizeClass[item];
        double d = diameters[size];
        if (px < dataArea.getMinX() - d || px > dataArea.getMaxX() + d
                || py < dataArea.getMinY() - d || py > dataArea.getMaxY() + d) {
            return; // clipped anyway: keep it out of SVG and PDF files
        }
        State s = (State) state;
        if (s.device != null) {
            BufferedImage sprite = sprite(s, colourClass[item], size);
            double dx = s.device.getScaleX() * px + s.device.getTranslateX();
            double dy = s.device.getScaleY() * py + s.device.getTranslateY();
            // copied pixel for pixel in device space; the clip (kept in device space) still applies
            g2.setTransform(IDENTITY);
            g2.drawImage(sprite, (int) Math.round(dx - sprite.getWidth() / 2.0),
                    (int) Math.round(dy - sprite.getHeight() / 2.0), null);
            g2.setTransform(s.device);
            return;
        }
        Line2D.Double stub = s.stub;
        stub.setLine(px - STUB / 2, py, px + STUB / 2, py);
        g2.setPaint(Color.WHITE);
        g2.setStroke(rims[size]);
        g2.draw(stub);
        g2.setPaint(colours[colourClass[item]]);
        g2.setStroke(dots[size]);
        g2.draw(stub);
    }

    private BufferedImage sprite(State s, int colour, int size) {
        int kind = colour * diameters.length + size;
        BufferedImage sprite = s.sprites[kind];
        if (sprite == null) {
            double scale = s.device.getScaleX();
            double outer = (diameters[size] + 2 * rimWidth) * scale;
            double inner = diameters[size] * scale;
            int n = (int) Math.ceil(outer) + 2;
            sprite = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = sprite.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                double c = n / 2.0;
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(c - outer / 2, c - outer / 2, outer, outer));
                g.setColor(colours[colour]);
                g.fill(new Ellipse2D.Double(c - inner / 2, c - inner / 2, inner, inner));
            } finally {
                g.dispose();
            }
            s.sprites[kind] = sprite;
        }
        return sprite;
    }
}
