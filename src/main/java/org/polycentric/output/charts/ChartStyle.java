package org.polycentric.output.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Fonts and strokes of one theme, in points of the printed page (charts are laid out in points and
 * scaled to the output's resolution, so 9 pt is 9 pt on paper at any dpi). Built once per theme and
 * shared by every chart: fonts and strokes are immutable.
 */
final class ChartStyle {
    /** Logical family: present in every JRE, headless included, mapped to a real sans-serif font. */
    private static final String FAMILY = Font.SANS_SERIF;

    // whole point sizes only: JFreeSVG writes font-size as an integer, so a 8.5 pt label would be
    // laid out at 8.5 pt and shown at 9 pt in the SVG
    static final ChartStyle PRINT = new ChartStyle(11, 10, 9, 9, 8, 1.5f, 0.75f);
    static final ChartStyle SCREEN = new ChartStyle(18, 15, 13, 14, 12, 2.5f, 1.125f);

    final Font title;
    final Font axisLabel;
    final Font tickLabel;
    final Font legend;
    final Font legendHeader;
    final Font caption;
    /** Data lines. */
    final Stroke line;
    /** Axis lines and tick marks. */
    final Stroke axis;
    /** Gridlines. */
    final Stroke grid;
    final float tickLength;
    /** White rim around each city on a map. */
    final float rim;
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
        this.tickLength = axisLabelSize * 0.35f;
        this.gap = axisLabelSize * 0.4;
    }

    static ChartStyle of(ChartTheme theme) {
        return theme == ChartTheme.SCREEN ? SCREEN : PRINT;
    }
}
