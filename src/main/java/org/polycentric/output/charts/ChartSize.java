package org.polycentric.output.charts;


/**
 * Printed size of a chart: PNG files are widthInches * dpi by heightInches * dpi pixels, SVG and PDF
 * are widthInches * 72 by heightInches * 72 points. The default is a single-column figure at 300 dpi.
 */
public record ChartSize(double widthInches, double heightInches, int dpi) {
    public static final ChartSize DEFAULT = new ChartSize(6.5, 4.0, 300);

    public ChartSize {
        if (!(widthInches > 0 && heightInches > 0) || dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("chart size must be positive and dpi 36..2400");
        }
    }

    public int widthPixels() {
        return (int) Math.round(widthInches * dpi);
    }

    public int heightPixels() {
        return (int) Math.round(heightInches * dpi);
    }
}
