package org.polycentric.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.RunService;
import org.polycentric.output.charts.Palette;
import sim.portrayal.DrawInfo2D;
import sim.util.Double2D;

/** The window map's country layer, drawn headless into an image as the Display2D would draw it. */
class CountriesPortrayalTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int LAND = Palette.LAND.getRGB() & 0xFFFFFF;
    /** The map drawn 720 x 280 pixels (2 per degree) with a 20-pixel white margin all round. */
    private static final Rectangle2D.Double FIELD = new Rectangle2D.Double(20, 20, 720, 280);

    private static BufferedImage draw(CountriesPortrayal countries, Rectangle2D.Double field, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Rectangle2D.Double clip = new Rectangle2D.Double(0, 0, w, h);
        countries.draw(countries.getField(), g, new DrawInfo2D(null, countries, field, clip));
        g.dispose();
        return image;
    }

    /** The pixel of a longitude and latitude, placed as the cities are placed. */
    private static int at(BufferedImage image, Rectangle2D.Double field, double lon, double lat) {
        Double2D p = CityMapPortrayal.location(lon, lat);
        int x = (int) Math.floor(field.x + p.x * field.width / CityMapPortrayal.WIDTH);
        int y = (int) Math.floor(field.y + p.y * field.height / CityMapPortrayal.HEIGHT);
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void aSyntheticWorldsMapStaysPlain() {
        CountriesPortrayal countries = new CountriesPortrayal();
        assertFalse(countries.isShown(), "off until the world is known to be real");
        BufferedImage image = draw(countries, FIELD, 760, 320);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(WHITE, image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void aRealWorldsMapHasLandWhereTheCitiesLandIsAndSeaElsewhere() {
        CountriesPortrayal countries = new CountriesPortrayal();
        countries.setShown(true);
        BufferedImage image = draw(countries, FIELD, 760, 320);
        int land = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                land += (image.getRGB(x, y) & 0xFFFFFF) == LAND ? 1 : 0;
            }
        }
        System.out.printf("window map 720 x 280: %,d land pixels (%.0f%%)%n", land, 100.0 * land / (720 * 280));
        assertTrue(land > 0.2 * 720 * 280 && land < 0.4 * 720 * 280, "about a quarter of the map is land");
        assertEquals(LAND, at(image, FIELD, 12, 23), "Sahara");
        assertEquals(LAND, at(image, FIELD, 100, 60), "Siberia");
        assertEquals(LAND, at(image, FIELD, -60, -10), "Amazon");
        assertEquals(WHITE, at(image, FIELD, -30, 0), "Atlantic");
        assertEquals(WHITE, at(image, FIELD, -150, -20), "Pacific");
        for (int x = 0; x < image.getWidth(); x++) {
            assertEquals(WHITE, image.getRGB(x, 10) & 0xFFFFFF, "nothing north of the map's 80 N edge");
        }
    }

    @Test
    void aMapZoomedFarInIsDrawnDirectlyInTheSamePlace() {
        CountriesPortrayal countries = new CountriesPortrayal();
        countries.setShown(true);
        // zoomed 20 times (28 million pixels, past the cache), scrolled so the Nile delta is in view
        double scale = 20;
        Rectangle2D.Double zoomed = new Rectangle2D.Double(0, 0, 720 * scale, 280 * scale);
        Double2D cairo = CityMapPortrayal.location(31.2, 30.0);
        zoomed.x = 300 - cairo.x * zoomed.width / CityMapPortrayal.WIDTH;
        zoomed.y = 150 - cairo.y * zoomed.height / CityMapPortrayal.HEIGHT;
        assertTrue((long) zoomed.width * (long) zoomed.height > CountriesPortrayal.MAX_CACHED_PIXELS);
        BufferedImage image = draw(countries, zoomed, 600, 300);
        assertEquals(LAND, at(image, zoomed, 31.2, 29.0), "Egypt");
        assertEquals(WHITE, at(image, zoomed, 31.2, 33.0), "Mediterranean");
    }

    @Test
    void theShippedScenariosAreSyntheticUntilTheyNameARealWorld() throws Exception {
        var baseline = RunService.standard().load(Path.of("scenarios/baseline.json"), List.of()).value();
        assertFalse(CityMapPortrayal.isRealWorld(baseline));
    }
}
