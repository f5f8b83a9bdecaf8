package org.polycentric.output.charts;

import java.util.Locale;

/** File formats a chart is written in: PNG (raster at a chosen dpi), SVG and PDF (true vector). */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
