package org.polycentric.output.charts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How charts are written: formats (kept in the order PNG, SVG, PDF), printed size, theme and, for a
 * single chart, a title that replaces the usual one ({@code null} keeps it).
 */
public record ChartOptions(Set<ChartFormat> formats, ChartSize size, ChartTheme theme, String title) {
    /** PNG, SVG and PDF, 6.5 x 4 in at 300 dpi, the print theme. */
    public static final ChartOptions DEFAULT = new ChartOptions(EnumSet.allOf(ChartFormat.class), ChartSize.DEFAULT,
            ChartTheme.PRINT, null);

    public ChartOptions {
        EnumSet<ChartFormat> ordered = EnumSet.noneOf(ChartFormat.class);
        ordered.addAll(formats);
        formats = Collections.unmodifiableSet(ordered);
    }
}
