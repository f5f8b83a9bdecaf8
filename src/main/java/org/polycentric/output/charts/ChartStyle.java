package org.polycentric.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The one look of every chart, time charts and map alike: fonts and strokes of one theme, in
 * points of the printed page (charts are laid out in points and scaled to the output's resolution,
 * so 9 pt is 9 pt on paper at any dpi), and how a chart, its plot, axes, legend and caption wear
 * them: white background, no 3D or gradients, light grid, the legend below the plot and a small
 * grey caption at the bottom left. Built once per theme and shared by every chart: fonts and
 * strokes are immutable.
 */
final class ChartStyle {
    /** Logical family: present in every JRE, headless included, mapped to a real sans-serif font. */
    private static final String FAMILY = Font.SANS_SERIF;

    // whole point sizes only: JFreeSVG writes font-size as an integer, so a 8.5 pt label would be
    // laid out at 8.5 pt and shown at 9 pt in the SVG
    static final ChartStyle PRINT = new ChartStyle(11, 10, 9, 9, 8, 1.5f, 0.75f);
    static final ChartStyle SCREEN = new ChartStyle(18, 15, 13, 14, 12, 2.5f, 1.125f);

    static {
        useTextForRotatedLabels();
    }

    final Font title;
    final Font axisLabel;
    final Font tickLabel;
    final Font legend;
    final Font legendHeader;
    final Font caption;
    /** Data lines. */
    final BasicStroke line;
    /** Axis lines and tick marks. */
    final Stroke axis;
    /** Gridlines. */
    final Stroke grid;
    final float tickLength;
    /** White rim around each city on a map. */
    final float rim;
    /** Country borders and coastlines under a real-data map's cities. */
    final BasicStroke border;
    /** Base length (points) that paddings are multiples of: scales with the text. */
    final double gap;

    private ChartStyle(int titleSize, int axisLabelSize, int tickSize, int legendSize, int captionSize,
                       float lineWidth, float axisWidth) {
        this.title = new Font(FAMILY, Font.BOLD, titleSize);
        this.axisLabel = new Font(FAMILY, Font.PLAIN, axisLabelSize);
        this.tickLabel = new Font(FAMILY, Font.PLAIN, tickSize);
        this.legend = new Font(FAMILY, Font.PLAIN, legendSize);
        this.legendHeader = new Font(FAMILY, Font.BOLD, legendSize);
        this.caption = new Font(FAMILY, Font.PLAIN, captionSize);
        this.line = new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        this.axis = new BasicStroke(axisWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        this.grid = new BasicStroke(axisWidth * 2 / 3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        this.rim = axisWidth / 3;
        this.border = new BasicStroke(axisWidth / 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        this.tickLength = axisLabelSize * 0.35f;
        this.gap = axisLabelSize * 0.4;
    }

    static ChartStyle of(ChartTheme theme) {
        return theme == ChartTheme.SCREEN ? SCREEN : PRINT;
    }

    /**
     * Makes JFreeChart draw rotated labels (the y axis title) with drawString, not as glyph outlines:
     * outlines would make the SVG's y axis title a shape, unsearchable and not editable. The outline
     * path works around a rotated-text bug of old JDKs, long fixed; the switch is JFreeChart-wide.
     */
    static void useTextForRotatedLabels() {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** A chart around {@code plot}: white, borderless, anti-aliased, with the title (if any) at the top left. */
    JFreeChart newChart(String titleText, XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, title, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        chart.setPadding(new RectangleInsets(gap * 1.5, gap * 1.5, gap, gap * 2));
        if (titleText != null && !titleText.isBlank()) {
            TextTitle t = new TextTitle(titleText, title, Palette.TEXT, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                    VerticalAlignment.TOP, new RectangleInsets(0, 0, gap * 1.5, 0));
            chart.setTitle(t);
        }
        return chart;
    }

    /** White plot without outline or panning; light grid lines. */
    void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // room on the right for half of the last x tick label ("2050"), which overhangs the plot
        plot.setInsets(new RectangleInsets(gap / 2, 0, 0, tickLabel.getSize2D() * 1.6));
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(grid);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(grid);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
    }

    /** Axis title, tick labels and marks in the theme's fonts and strokes; ticks outside, no minor ticks. */
    void styleAxis(NumberAxis numberAxis) {
        numberAxis.setLabelFont(axisLabel);
        numberAxis.setLabelPaint(Palette.TEXT);
        numberAxis.setTickLabelFont(tickLabel);
        numberAxis.setTickLabelPaint(Palette.MUTED_TEXT);
        numberAxis.setAxisLinePaint(Palette.AXIS);
        numberAxis.setAxisLineStroke(axis);
        numberAxis.setTickMarkPaint(Palette.AXIS);
        numberAxis.setTickMarkStroke(axis);
        numberAxis.setTickMarkOutsideLength(tickLength);
        numberAxis.setTickMarkInsideLength(0);
        numberAxis.setTickLabelInsets(new RectangleInsets(gap / 2, gap / 2, gap / 2, gap / 2));
        numberAxis.setLabelInsets(new RectangleInsets(gap / 2, gap / 2, gap / 2, gap / 2));
        numberAxis.setMinorTickMarksVisible(false);
    }

    /** A legend below the plot, frameless, its rows centred. */
    LegendTitle legendBelow(LegendItemSource source) {
        // rows centred, so a last short row sits under the middle of the plot, not at its left
        LegendTitle title = new LegendTitle(source,
                new CentredFlowArrangement(0, gap * 0.6),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 0));
        title.setPosition(RectangleEdge.BOTTOM);
        title.setHorizontalAlignment(HorizontalAlignment.CENTER);
        title.setFrame(BlockBorder.NONE);
        title.setBackgroundPaint(null);
        title.setItemFont(legend);
        title.setItemPaint(Palette.TEXT);
        title.setMargin(new RectangleInsets(gap, 0, 0, 0));
        title.setPadding(RectangleInsets.ZERO_INSETS);
        title.setItemLabelPadding(new RectangleInsets(0, gap * 0.8, 0, gap * 2));
        title.setLegendItemGraphicPadding(RectangleInsets.ZERO_INSETS);
        return title;
    }

    /** A legend entry that only names the entries after it. */
    LegendItem legendHeader(String text) {
        LegendItem item = new LegendItem(text, null, null, null, false, new Rectangle2D.Double(), false,
                Color.WHITE, false, Color.WHITE, axis, false, new Line2D.Double(), axis, Color.WHITE);
        item.setLabelFont(legendHeader);
        return item;
    }

    /**
     * Adds the caption line under everything else: JFreeChart stacks bottom subtitles outward in the
     * order added, so it goes first. Nothing for a blank caption.
     */
    void addCaption(JFreeChart chart, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        TextTitle t = new TextTitle(text, caption, Palette.MUTED_TEXT, RectangleEdge.BOTTOM,
                HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(gap, 0, 0, 0));
        chart.addSubtitle(0, t);
    }
}
