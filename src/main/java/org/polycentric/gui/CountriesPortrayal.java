package org.polycentric.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.polycentric.output.charts.Palette;
import org.polycentric.world.data.CountryOutlines;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The bottom layer of the map for a real-data world: the countries (Natural Earth's outlines,
 * {@link CountryOutlines}) in the colours of the map chart, light grey land with thin darker
 * borders on the white sea, placed as {@link CityMapPortrayal#location} places the cities. A
 * synthetic world's map keeps its plain background: the layer then draws nothing. The outlines do
 * not change, so they are drawn once into an image of the map's size and that image is reused for
 * every frame, as the ties are; a map zoomed in beyond {@link #MAX_CACHED_PIXELS} is drawn directly.
 */
final class CountriesPortrayal extends FieldPortrayal2D {
    static final long MAX_CACHED_PIXELS = 8_000_000;
    /** Border width in screen pixels at any zoom. */
    static final float BORDER_WIDTH = 0.6f;

    private volatile boolean shown;
    private Path2D.Double land;
    private BufferedImage cache;

    CountriesPortrayal() {
        // MASON hands a layer its field when drawing it; this one draws the shipped outlines, read on first use
        setField(CountryOutlines.RESOURCE);
    }

    /** Draw the countries (a real-data world) or nothing (a synthetic one). */
    void setShown(boolean shown) {
        this.shown = shown;
    }

    boolean isShown() {
        return shown;
    }

    @Override
    protected synchronized void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
        if (graphics == null || !shown) {
            return; // never hit: clicks go to the cities
        }
        if (land == null) {
            land = CountryOutlines.shared().path();
        }
        int width = (int) Math.ceil(info.draw.width);
        int height = (int) Math.ceil(info.draw.height);
        if ((long) width * height > MAX_CACHED_PIXELS) {
            drawCountries(graphics, info.draw.x, info.draw.y, info.draw.width, info.draw.height);
            return;
        }
        if (cache == null || cache.getWidth() != width || cache.getHeight() != height) {
            cache = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = cache.createGraphics();
            drawCountries(g, 0, 0, info.draw.width, info.draw.height);
            g.dispose();
        }
        graphics.drawImage(cache, (int) Math.round(info.draw.x), (int) Math.round(info.draw.y), null);
    }

    /** The countries with the map's field spanning {@code (ox, oy, w, h)}, clipped to it (no land north of 80 N). */
    private void drawCountries(Graphics2D graphics, double ox, double oy, double w, double h) {
        double sx = w / CityMapPortrayal.WIDTH;
        double sy = h / CityMapPortrayal.HEIGHT;
        // x = lon + 180, y = NORTH_EDGE - lat, as CityMapPortrayal.location, then scaled to the display
        AffineTransform toScreen = new AffineTransform(sx, 0, 0, -sy, ox + 180 * sx,
                oy + CityMapPortrayal.NORTH_EDGE * sy);
        Shape shape = toScreen.createTransformedShape(land);
        Graphics2D g = (Graphics2D) graphics.create();
        g.clip(new Rectangle2D.Double(ox, oy, w, h));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Palette.LAND);
        g.fill(shape);
        g.setColor(Palette.BORDER);
        g.setStroke(new BasicStroke(BORDER_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.dispose();
    }
}
