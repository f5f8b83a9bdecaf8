package org.polycentric.output.charts;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart at its printed size. The chart is always laid out on a page of
 * {@code 72 * inches} points, so text and lines have the same printed size in every format: a PNG
 * draws that page scaled by {@code dpi / 72} (and records the dpi in its pHYs chunk), SVG and PDF
 * draw it as vector shapes and text, with no embedded raster. Each file is built in memory and
 * written in one go.
 */
public final class ChartExport {
    private static final DoubleFunction<String> SVG_COORDINATES = SVGUtils.createDoubleConverter(2);

    static {
        ChartStyle.useTextForRotatedLabels();
    }

    private ChartExport() {
    }

    /** Writes {@code chart} to {@code file} (created or replaced) in {@code format} at {@code size}. */
    public static void write(JFreeChart chart, Path file, ChartFormat format, ChartSize size) throws IOException {
        byte[] bytes = switch (format) {
            case PNG -> png(chart, size);
            case SVG -> svg(chart, size);
            case PDF -> pdf(chart, size);
        };
        Files.write(file, bytes);
    }

    /**
     * Writes {@code chart} once per format as {@code folder/baseName.png}, {@code .svg},
     * {@code .pdf}, creating {@code folder} if needed. The PNG is compressed on another thread while
     * this one draws the vector formats (the chart itself is only ever drawn by the calling thread).
     */
    public static void writeAll(JFreeChart chart, Path folder, String baseName, Set<ChartFormat> formats,
                                ChartSize size) throws IOException {
        Files.createDirectories(folder);
        CompletableFuture<byte[]> png = null;
        if (formats.contains(ChartFormat.PNG)) {
            BufferedImage image = raster(chart, size);
            if (formats.size() == 1) {
                Files.write(file(folder, baseName, ChartFormat.PNG), PngEncoder.encode(image, size.dpi()));
                return;
            }
            png = CompletableFuture.supplyAsync(() -> PngEncoder.encode(image, size.dpi()));
        }
        try {
            if (formats.contains(ChartFormat.SVG)) {
                write(chart, file(folder, baseName, ChartFormat.SVG), ChartFormat.SVG, size);
            }
            if (formats.contains(ChartFormat.PDF)) {
                write(chart, file(folder, baseName, ChartFormat.PDF), ChartFormat.PDF, size);
            }
        } catch (IOException | RuntimeException | Error e) {
            if (png != null) {
                png.cancel(false);
            }
            throw e;
        }
        if (png != null) {
            byte[] bytes;
            try {
                bytes = png.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            Files.write(file(folder, baseName, ChartFormat.PNG), bytes);
        }
    }

    private static Path file(Path folder, String baseName, ChartFormat format) {
        return folder.resolve(baseName + "." + format.extension());
    }

    /** The chart page: {@code 72 * inches} points wide and high. */
    private static Rectangle2D page(ChartSize size) {
        return new Rectangle2D.Double(0, 0, size.widthInches() * 72.0, size.heightInches() * 72.0);
    }

    static byte[] png(JFreeChart chart, ChartSize size) {
        return PngEncoder.encode(raster(chart, size), size.dpi());
    }

    /** The chart drawn on a white image of the size's pixels, scaled so that one point prints as one point. */
    private static BufferedImage raster(JFreeChart chart, ChartSize size) {
        BufferedImage image = new BufferedImage(size.widthPixels(), size.heightPixels(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            double scale = size.dpi() / 72.0;
            g2.scale(scale, scale);
            g2.setRenderingHint(CityPointRenderer.RASTER_TARGET, Boolean.TRUE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth() / scale, image.getHeight() / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    static byte[] svg(JFreeChart chart, ChartSize size) {
        Rectangle2D page = page(size);
        SVGGraphics2D g2 = new SVGGraphics2D(page.getWidth(), page.getHeight(), SVGUnits.PT);
        g2.setGeomDoubleConverter(SVG_COORDINATES); // a hundredth of a point is finer than any printer
        chart.draw(g2, page);
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, page.getWidth(), page.getHeight()),
                null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(JFreeChart chart, ChartSize size) {
        Rectangle2D page = page(size);
        PDFDocument document = new PDFDocument();
        String title = titleOf(chart);
        if (title != null) {
            document.setTitle(title);
        }
        document.setAuthor("Polycentric");
        Page pdfPage = document.createPage(page);
        PDFGraphics2D g2 = pdfPage.getGraphics2D();
        // OrsonPDF writes text in the PDF base fonts, which cannot spell non-ASCII text (degree
        // signs, dashes, CO2's subscript come out as '?') and have other widths than the font the
        // chart was laid out with: glyph outlines are exact, and still vector
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, page);
        return document.getPDFBytes();
    }

    private static String titleOf(JFreeChart chart) {
        TextTitle title = chart.getTitle();
        return title == null || title.getText() == null || title.getText().isBlank() ? null : title.getText();
    }
}
