package org.polycentric.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.polycentric.model.Cities;
import org.polycentric.model.Polycentric;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.network.TieKind;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The map layer of city ties, drawn on demand (the "show ties" box under the map, or the map's
 * Layers menu): thin grey lines for ties within a nation or between neighbours, purple for
 * long-range ties, blue for ties across rival blocs (those great-power rivalry discounts). A
 * complete graph (the mean-field docking world) is not drawn; a very large graph is drawn as an
 * even sample of its ties, at most {@link #MAX_DRAWN}. The ties do not change during a run, so they
 * are drawn once into an image of the map's size and that image is reused for every frame (about
 * 200 ms for the baseline's 20,000 ties against about 1 ms); a map zoomed in beyond
 * {@link #MAX_CACHED_PIXELS} is drawn line by line.
 */
final class TiesPortrayal extends FieldPortrayal2D {
    static final long MAX_DRAWN = 200_000;
    static final long MAX_CACHED_PIXELS = 8_000_000;
    static final Color LOCAL = new Color(0x44, 0x44, 0x44, 0x60);
    static final Color LONG_RANGE = new Color(0xCC, 0x79, 0xA7, 0x38);
    static final Color CROSS_BLOC = new Color(0x56, 0xB4, 0xE9, 0x90);

    private volatile boolean shown;
    private TieGraph ties;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private BufferedImage cache;

    /** Takes the ties of the model's freshly built world (call after the model's start()). */
    synchronized void attach(Polycentric model) {
        Cities cities = model.world().cities();
        ties = model.world().ties();
        x = new double[cities.count()];
        y = new double[cities.count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = CityMapPortrayal.location(cities.lon[i], cities.lat[i]).x;
            y[i] = CityMapPortrayal.location(cities.lon[i], cities.lat[i]).y;
        }
        cache = null;
        setField(ties);
    }

    void setShown(boolean shown) {
        this.shown = shown;
    }

    boolean isShown() {
        return shown;
    }

    /** One tie in every this many is drawn: 1 unless the graph has more than {@link #MAX_DRAWN} ties. */
    synchronized long stride() {
        if (ties == null) {
            return 1;
        }
        return Math.max(1, (ties.edges() + MAX_DRAWN - 1) / MAX_DRAWN);
    }

    /** What the layer shows, for the line under the map. */
    synchronized String describe() {
        if (ties == null) {
            return "";
        }
        if (ties.isComplete()) {
            return "every city is tied to every other (mean field): ties not drawn";
        }
        long stride = stride();
        return String.format("%,d ties%s", ties.edges(), stride > 1 ? ", one in " + stride + " drawn" : "");
    }

    @Override
    protected synchronized void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {
        if (graphics == null || !shown || ties == null || ties.isComplete()) {
            return; // ties are never hit: clicks go to the cities
        }
        int width = (int) Math.ceil(info.draw.width);
        int height = (int) Math.ceil(info.draw.height);
        if ((long) width * height > MAX_CACHED_PIXELS) {
            drawTies(graphics, info.draw.x, info.draw.y, info.draw.width, info.draw.height);
            return;
        }
        if (cache == null || cache.getWidth() != width || cache.getHeight() != height) {
            cache = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = cache.createGraphics();
            drawTies(g, 0, 0, info.draw.width, info.draw.height);
            g.dispose();
        }
        graphics.drawImage(cache, (int) Math.round(info.draw.x), (int) Math.round(info.draw.y), null);
    }

    /** Draws every tie (or the sample) with the map's field spanning {@code (ox, oy, w, h)}. */
    private void drawTies(Graphics2D graphics, double ox, double oy, double w, double h) {
        double sx = w / CityMapPortrayal.WIDTH;
        double sy = h / CityMapPortrayal.HEIGHT;
        Path2D.Double local = new Path2D.Double();
        Path2D.Double longRange = new Path2D.Double();
        Path2D.Double crossBloc = new Path2D.Double();
        int[] offsets = ties.offsets();
        int[] targets = ties.targets();
        byte[] kinds = ties.kinds();
        long stride = stride();
        long seen = 0;
        for (int a = 0; a < ties.nodes(); a++) {
            for (int k = offsets[a]; k < offsets[a + 1]; k++) {
                int b = targets[k];
                if (b <= a || seen++ % stride != 0) {
                    continue; // each undirected tie once
                }
                Path2D.Double path = TieGraph.isCrossBloc(kinds[k]) ? crossBloc
                        : TieGraph.kindOf(kinds[k]) == TieKind.LONG_RANGE ? longRange : local;
                path.moveTo(ox + x[a] * sx, oy + y[a] * sy);
                path.lineTo(ox + x[b] * sx, oy + y[b] * sy);
            }
        }
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(LOCAL);
        g.draw(local);
        g.setColor(LONG_RANGE);
        g.draw(longRange);
        g.setColor(CROSS_BLOC);
        g.draw(crossBloc);
        g.dispose();
    }
}
