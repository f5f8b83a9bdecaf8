package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The countries under a real-data world's map, and the plain background of a synthetic one. */
class MapOutlinesTest {
    private static final String SUMMARY = """
            year,metric,group,mean,sd,ci95_low,ci95_high,n
            2005,pledged_share,all,0,0,0,0,1
            2006,pledged_share,all,0.5,0,0.5,0.5,1
            """;
    /** Tokyo, Lagos and Sao Paulo: nowhere near the Sahara or the mid-Atlantic the tests look at. */
    private static final String CITIES = """
            replication,lat,lon,population,pledge_year
            0,35.69,139.69,37400000,2005.5
            0,6.52,3.38,15000000,NA
            0,-23.55,-46.63,12300000,2006.25
            """;
    private static final String LAND = "rgb(238,238,238)";
    private static final ChartOptions ALL_FORMATS = new ChartOptions(EnumSet.allOf(ChartFormat.class),
            new ChartSize(6.5, 4, 100), ChartTheme.PRINT, null);

    @TempDir
    Path dir;

    /** A run folder as {@code polycentric run} leaves it, its manifest's world source as given (null: none). */
    private Path runFolder(String name, String source) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        String world = source == null ? "{ \"cities\": 3 }" : "{ \"cities\": 3, \"source\": \"" + source + "\" }";
        Files.writeString(folder.resolve("manifest.json"), "{ \"scenario\": { \"name\": \"" + name
                + "\", \"overrides\": [] }, \"seed\": 7, \"replications\": 1, \"resolvedScenario\": { \"name\": \""
                + name + "\", \"world\": " + world + " } }");
        Files.writeString(folder.resolve("summary.csv"), SUMMARY);
        Files.writeString(folder.resolve("cities.csv"), CITIES);
        return folder;
    }

    @Test
    void theManifestsWorldSourceSaysWhetherTheWorldIsReal() throws Exception {
        assertTrue(RunFolderData.read(runFolder("real", "real")).info().realWorld());
        assertFalse(RunFolderData.read(runFolder("synthetic", "synthetic")).info().realWorld());
        assertFalse(RunFolderData.read(runFolder("older", null)).info().realWorld(), "no source: synthetic");
    }

    @Test
    void aRealWorldsMapHasTheCountriesInEveryFormatAndASyntheticOneHasNot() throws Exception {
        Path real = runFolder("real", "real");
        Path synthetic = runFolder("synthetic", null);
        RunCharts.writeRunSet(RunFolderData.read(real), real.resolve("charts"), ALL_FORMATS);
        RunCharts.writeRunSet(RunFolderData.read(synthetic), synthetic.resolve("charts"), ALL_FORMATS);

        List<Element> realLand = landPaths(real.resolve("charts/map.svg"));
        assertEquals(1, realLand.size(), "one path of land (and one of its borders)");
        String d = realLand.get(0).getAttribute("d");
        long moves = d.chars().filter(c -> c == 'M').count();
        System.out.printf("real map.svg: a land path of %d rings, %,d characters; svg %,d bytes against %,d%n",
                moves, d.length(), Files.size(real.resolve("charts/map.svg")),
                Files.size(synthetic.resolve("charts/map.svg")));
        assertEquals(CountryOutlinesCount.RINGS, moves, "every ring drawn");
        assertTrue(landPaths(synthetic.resolve("charts/map.svg")).isEmpty(), "synthetic: plain background");

        String caption = String.join(" ", ChartExportTest.texts(svg(real.resolve("charts/map.svg"))));
        assertTrue(caption.contains("Natural Earth"), caption);

        // the PDF draws ~10,000 more points; the PNG's pixels are checked below on the renderer itself
        long realPdf = Files.size(real.resolve("charts/map.pdf"));
        long plainPdf = Files.size(synthetic.resolve("charts/map.pdf"));
        System.out.printf("map.pdf: %,d bytes real, %,d synthetic%n", realPdf, plainPdf);
        assertTrue(realPdf > plainPdf + 50_000, "the PDF holds the outlines");
        BufferedImage realPng = ImageIO.read(real.resolve("charts/map.png").toFile());
        BufferedImage plainPng = ImageIO.read(synthetic.resolve("charts/map.png").toFile());
        assertTrue(greyPixels(realPng) > greyPixels(plainPng) + 20_000, "the PNG shows the land");
    }

    @Test
    void landIsPaintedUnderTheSaharaAndTheAtlanticStaysWhite() throws Exception {
        double[] lon = {139.69, 3.38, -46.63};
        double[] lat = {35.69, 6.52, -23.55};
        double[] year = {2005.5, Double.NaN, 2006.25};
        double[] pop = {3.74e7, 1.5e7, 1.23e7};
        ChartSize size = new ChartSize(6.5, 4, 150);
        for (boolean real : new boolean[] {true, false}) {
            MapChartSpec spec = new MapChartSpec("m", lon, lat, year, pop, 2005, 2006, "c", real);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    ChartExport.png(ChartRenderer.mapChart(spec, ChartTheme.PRINT), size)));
            JFreeChart layout = ChartRenderer.mapChart(spec, ChartTheme.PRINT);
            int sahara = pixel(image, layout, size, 12, 23);
            int atlantic = pixel(image, layout, size, -35, -5);
            int greenland = pixel(image, layout, size, -40, 72); // on the map, north of every city
            System.out.printf("%s map: Sahara #%06X, Atlantic #%06X, Greenland #%06X%n", real ? "real" : "synthetic",
                    sahara, atlantic, greenland);
            assertEquals(0xFFFFFF, atlantic, "the sea is white");
            assertEquals(real ? Palette.LAND.getRGB() & 0xFFFFFF : 0xFFFFFF, sahara);
            assertEquals(real ? Palette.LAND.getRGB() & 0xFFFFFF : 0xFFFFFF, greenland);
        }
    }

    /** The colour of the PNG pixel at a longitude and latitude, found from the chart's own layout. */
    private static int pixel(BufferedImage image, JFreeChart chart, ChartSize size, double lon, double lat) {
        double scale = size.dpi() / 72.0;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth() / scale, image.getHeight() / scale), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(lon, area, RectangleEdge.BOTTOM) * scale;
        double y = plot.getRangeAxis().valueToJava2D(lat, area, RectangleEdge.LEFT) * scale;
        return image.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    private static int greyPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == (Palette.LAND.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }

    private static Document svg(Path file) throws Exception {
        return ChartExportTest.parseXml(Files.readAllBytes(file));
    }

    /** The SVG's path elements filled in the land colour. */
    private static List<Element> landPaths(Path file) throws Exception {
        NodeList paths = svg(file).getElementsByTagName("path");
        List<Element> land = new java.util.ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            // JFreeSVG puts the fill on a group around the path
            String look = p.getAttribute("style") + " " + ((Element) p.getParentNode()).getAttribute("style");
            if (look.replace(" ", "").contains("fill:" + LAND)) {
                land.add(p);
            }
        }
        return land;
    }

    /** The rings of the shipped outlines. */
    private static final class CountryOutlinesCount {
        static final long RINGS = org.polycentric.world.data.CountryOutlines.shared().rings().size();
    }
}
