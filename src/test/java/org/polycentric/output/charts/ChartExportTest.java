package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartExportTest {
    private static final int WHITE = 0xFFFFFF;

    @TempDir
    Path folder;

    private static JFreeChart adoptionChart() {
        return ChartRenderer.timeChart(TimeChartRendererTest.adoption(), ChartTheme.PRINT);
    }

    @Test
    void pngHasTheRequestedPixelsWhiteCornersAndDataInside() throws IOException {
        for (ChartSize size : List.of(ChartSize.DEFAULT, new ChartSize(3, 2, 150), new ChartSize(10, 6.25, 96))) {
            Path file = folder.resolve("adoption-" + size.dpi() + ".png");
            ChartExport.write(adoptionChart(), file, ChartFormat.PNG, size);
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(size.widthPixels(), image.getWidth());
            assertEquals(size.heightPixels(), image.getHeight());
            int w = image.getWidth();
            int h = image.getHeight();
            for (int[] corner : new int[][] {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}}) {
                assertEquals(WHITE, image.getRGB(corner[0], corner[1]) & 0xFFFFFF, "corner of " + size);
            }
            assertTrue(nonWhite(image, w / 4, h / 4, w * 3 / 4, h * 3 / 4) > w * h / 400,
                    "lines and bands in the plot area of " + size);
        }
    }

    @Test
    void pngRecordsItsResolution() throws IOException {
        Path file = folder.resolve("adoption.png");
        ChartExport.write(adoptionChart(), file, ChartFormat.PNG, ChartSize.DEFAULT);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis")); // 300 dpi
            assertEquals("11811", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            reader.dispose();
        }
    }

    @Test
    void svgIsXmlWithTitleAndSeriesLabelsAsTextAndNoImages() throws Exception {
        Path file = folder.resolve("adoption.svg");
        ChartExport.write(adoptionChart(), file, ChartFormat.SVG, ChartSize.DEFAULT);
        Document svg = parseXml(Files.readAllBytes(file));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("468pt", root.getAttribute("width"));
        assertEquals("288pt", root.getAttribute("height"));
        List<String> texts = texts(svg);
        for (String expected : List.of("Cities with a net-zero pledge", "All cities", "Global North", "Global South",
                TimeChartRenderer.BAND_LABEL, "Year", "Cities pledged (% of cities)", "2030", "100%",
                TimeChartRendererTest.CAPTION)) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertFalse(texts.contains("2,030"));
        assertEquals(0, svg.getElementsByTagName("image").getLength(), "vector only");
    }

    @Test
    void pdfHasOnePageAndNoImages() throws IOException {
        Path file = folder.resolve("adoption.pdf");
        ChartExport.write(adoptionChart(), file, ChartFormat.PDF, ChartSize.DEFAULT);
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF"));
        assertEquals(1, count(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])"), pdf), "exactly one page");
        assertFalse(pdf.contains("/Subtype /Image"), "no raster images");
        assertFalse(pdf.contains("/XObject"), "no image XObjects");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0(?:\\.0)?\\s+0(?:\\.0)?\\s+([0-9.]+)\\s+([0-9.]+)")
                .matcher(pdf);
        assertTrue(box.find(), "page size");
        assertEquals(468.0, Double.parseDouble(box.group(1)), 0.01);
        assertEquals(288.0, Double.parseDouble(box.group(2)), 0.01);
    }

    @Test
    void mapOfFiveThousandCitiesRendersInEveryFormat() throws Exception {
        JFreeChart map = ChartRenderer.mapChart(MapChartRendererTest.map(5000), ChartTheme.PRINT);
        ChartExport.writeAll(map, folder.resolve("charts"), "map", EnumSet.allOf(ChartFormat.class), ChartSize.DEFAULT);
        BufferedImage image = ImageIO.read(folder.resolve("charts/map.png").toFile());
        assertEquals(1950, image.getWidth());
        assertTrue(nonWhite(image, 400, 200, 1500, 800) > 10_000, "cities drawn");
        Document svg = parseXml(Files.readAllBytes(folder.resolve("charts/map.svg")));
        assertTrue(texts(svg).contains("not pledged"));
        assertEquals(0, svg.getElementsByTagName("image").getLength(), "vector only");
        String pdf = new String(Files.readAllBytes(folder.resolve("charts/map.pdf")), StandardCharsets.ISO_8859_1);
        assertFalse(pdf.contains("/Subtype /Image"), "no raster images");
        assertEquals(1, count(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])"), pdf));
    }

    @Test
    void writeAllWritesTheChosenFormatsOnly() throws IOException {
        Path out = folder.resolve("some");
        ChartExport.writeAll(adoptionChart(), out, "adoption", EnumSet.of(ChartFormat.SVG, ChartFormat.PNG),
                new ChartSize(4, 3, 100));
        try (var files = Files.list(out)) {
            assertEquals(Set.of("adoption.png", "adoption.svg"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertEquals(400, ImageIO.read(out.resolve("adoption.png").toFile()).getWidth());
        ChartExport.writeAll(adoptionChart(), out, "only", EnumSet.of(ChartFormat.PDF), ChartSize.DEFAULT);
        assertTrue(Files.exists(out.resolve("only.pdf")));
        assertFalse(Files.exists(out.resolve("only.png")));
    }

    @Test
    void drawingTheSameChartAgainGivesTheSameVectorFile() {
        JFreeChart chart = adoptionChart();
        assertEquals(new String(ChartExport.svg(chart, ChartSize.DEFAULT), StandardCharsets.UTF_8)
                        .replaceAll("_\\d+", "_"),
                new String(ChartExport.svg(chart, ChartSize.DEFAULT), StandardCharsets.UTF_8).replaceAll("_\\d+", "_"));
    }

    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int nonWhite(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != WHITE) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
