package org.polycentric.output.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYDataset;
import org.polycentric.world.data.CountryOutlines;

/**
 * The map of a run's cities: each at its longitude and latitude on a plate carree of the inhabited
 * latitudes, coloured by the period it pledged in (viridis, grey for never), sized by population,
 * with a two-row legend of periods and sizes. A real-data world's map draws the countries
 * underneath (Natural Earth's outlines, {@link CountryOutlines}): light grey land with thin darker
 * borders on the white sea; a synthetic world keeps the plain background.
 */
final class MapChartRenderer {
    /** Legend label of the grey cities on the map. */
    static final String NOT_PLEDGED_LABEL = "not pledged";
    /** Map extent: every inhabited latitude, none of Antarctica. */
    private static final double MIN_LON = -180;
    private static final double MAX_LON = 180;
    private static final double MIN_LAT = -60;
    private static final double MAX_LAT = 80;
    /** Widths tried, smallest first, for the map's pledge periods. */
    private static final int[] PERIOD_WIDTHS = {1, 2, 5, 10, 20, 25, 50, 100};
    private static final int MAX_PERIODS = 8;

    private MapChartRenderer() {
    }

    /**
     * Cities at their longitude and latitude, coloured by the period in which they pledged (a
     * sequential scale from the first to the last year, light grey for never), sized by population
     * in a few classes. Never-pledged cities are drawn first, underneath; larger cities are drawn
     * before smaller ones so no city hides another completely.
     */
    static JFreeChart chart(MapChartSpec spec, ChartStyle style) {
        int n = spec.lon().length;
        Periods periods = Periods.of(spec.firstYear(), spec.lastYear(), spec.pledgeYear());
        SizeClasses sizes = SizeClasses.of(spec.population(), style);

        // counting sort by (never pledged first, then larger size class first), stable within a bucket
        int buckets = 2 * sizes.count;
        int[] bucketOf = new int[n];
        int[] starts = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            boolean pledged = Double.isFinite(spec.pledgeYear()[i]);
            int bySize = sizes.count - 1 - sizes.classOf(spec.population()[i]);
            bucketOf[i] = (pledged ? sizes.count : 0) + bySize;
            starts[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        double[][] xy = new double[2][n];
        byte[] colourClass = new byte[n];
        byte[] sizeClass = new byte[n];
        for (int i = 0; i < n; i++) {
            int at = starts[bucketOf[i]]++;
            xy[0][at] = spec.lon()[i];
            xy[1][at] = spec.lat()[i];
            colourClass[at] = (byte) periods.classOf(spec.pledgeYear()[i]);
            sizeClass[at] = (byte) sizes.classOf(spec.population()[i]);
        }
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("cities", xy);

        Color[] colours = new Color[periods.count + 1];
        System.arraycopy(periods.colours, 0, colours, 0, periods.count);
        colours[periods.count] = Palette.NEVER_PLEDGED;
        CityPointRenderer renderer = new CityPointRenderer(colours, colourClass, sizes.diameters, sizeClass,
                style.rim);
        if (spec.countryOutlines()) {
            renderer.addAnnotation(countries(style), Layer.BACKGROUND);
        }

        NumberAxis xAxis = new NumberAxis("Longitude");
        xAxis.setRange(MIN_LON, MAX_LON);
        xAxis.setTickUnit(new NumberTickUnit(60, new DegreeFormat('E', 'W')));
        NumberAxis yAxis = new NumberAxis("Latitude");
        yAxis.setRange(MIN_LAT, MAX_LAT);
        yAxis.setTickUnit(new NumberTickUnit(20, new DegreeFormat('N', 'S')));
        for (NumberAxis axis : new NumberAxis[] {xAxis, yAxis}) {
            style.styleAxis(axis);
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }

        XYPlot plot = new EqualAspectPlot(dataset, xAxis, yAxis, renderer);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(true);

        // two rows: the pledge periods; then the never-pledged grey and the population sizes (the
        // grey would not fit on the first row of a printed chart, and a lone wrapped entry looks lost)
        LegendItemCollection colourItems = new LegendItemCollection();
        colourItems.add(style.legendHeader("Pledge year"));
        double swatch = style.gap * 1.6;
        Shape dot = new Ellipse2D.Double(-swatch / 2, -swatch / 2, swatch, swatch);
        for (int p = 0; p < periods.count; p++) {
            colourItems.add(new LegendItem(periods.labels[p], null, null, null, dot, periods.colours[p]));
        }
        LegendItemCollection otherItems = new LegendItemCollection();
        otherItems.add(new LegendItem(NOT_PLEDGED_LABEL, null, null, null, dot, Palette.NEVER_PLEDGED));
        if (sizes.count > 1) {
            otherItems.add(style.legendHeader("Population"));
            for (int c = 0; c < sizes.count; c++) {
                double d = sizes.diameters[c];
                otherItems.add(new LegendItem(sizes.labels[c], null, null, null,
                        new Ellipse2D.Double(-d / 2, -d / 2, d, d), Palette.MUTED_TEXT));
            }
        }
        JFreeChart chart = style.newChart(spec.title(), plot);
        // bottom titles stack outward in the order added: the colours go nearest the map
        chart.addSubtitle(style.legendBelow(() -> otherItems));
        chart.addSubtitle(style.legendBelow(() -> colourItems));
        style.addCaption(chart, spec.caption());
        return chart;
    }

    /**
     * The countries as one shape in data units (degrees of longitude and latitude), so they take the
     * plot's own projection, that of the cities: drawn after the gridlines, before the cities, and
     * clipped to the map like them. Filled first, then every border drawn over all the fills, so a
     * border shared by two countries is drawn whole.
     */
    static XYShapeAnnotation countries(ChartStyle style) {
        return new XYShapeAnnotation(CountryOutlines.shared().path(), style.border, Palette.BORDER, Palette.LAND);
    }

    /** Degrees with a hemisphere letter: 60°W, 0°, 60°E. */
    private static final class DegreeFormat extends NumberFormat {
        private final char positive;
        private final char negative;

        DegreeFormat(char positive, char negative) {
            this.positive = positive;
            this.negative = negative;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            long degrees = Math.round(Math.abs(number));
            out.append(degrees).append('\u00B0');
            if (degrees != 0) {
                out.append(number > 0 ? positive : negative);
            }
            return out;
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are never parsed");
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof DegreeFormat other && other.positive == positive && other.negative == negative;
        }

        @Override
        public int hashCode() {
            return positive * 31 + negative;
        }
    }

    /**
     * Pledge years binned into at most {@value #MAX_PERIODS} periods of a round width from the first
     * year; the last period also holds the last year ("2045–2050"), and years outside the range
     * fall into the first or last period, whose label then says so ("≤ 2024").
     */
    private static final class Periods {
        final int count;
        final int first;
        final int width;
        final String[] labels;
        final Color[] colours;

        private Periods(int first, int width, int count, String[] labels) {
            this.first = first;
            this.width = width;
            this.count = count;
            this.labels = labels;
            this.colours = Palette.sequential(count);
        }

        static Periods of(int firstYear, int lastYear, double[] pledgeYears) {
            int first = Math.min(firstYear, lastYear);
            int last = Math.max(firstYear, lastYear);
            int span = last - first;
            int width = PERIOD_WIDTHS[PERIOD_WIDTHS.length - 1];
            for (int w : PERIOD_WIDTHS) {
                if (span / w <= MAX_PERIODS) {
                    width = w;
                    break;
                }
            }
            int count = Math.max(1, span / width);
            boolean before = false;
            boolean after = false;
            for (double year : pledgeYears) {
                before |= year < first;
                after |= year >= last + 1;
            }
            String[] labels = new String[count];
            for (int p = 0; p < count; p++) {
                int from = first + p * width;
                int to = p == count - 1 ? last : from + width - 1;
                String label;
                if (p == 0 && before) {
                    label = "\u2264 " + to;
                } else if (p == count - 1 && after) {
                    label = "\u2265 " + from;
                } else {
                    label = from == to ? Integer.toString(from) : from + "\u2013" + shortEnd(from, to);
                }
                labels[p] = label;
            }
            return new Periods(first, width, count, labels);
        }

        /** "2024" after 2020 is written "24", as in "2020–24"; across centuries in full. */
        private static String shortEnd(int from, int to) {
            return from / 100 == to / 100 && to >= 1000 ? String.format(Locale.ROOT, "%02d", to % 100)
                    : Integer.toString(to);
        }

        /** The period of a pledge year; {@code count} (the never-pledged colour) for NaN. */
        int classOf(double year) {
            if (!Double.isFinite(year)) {
                return count;
            }
            int p = (int) Math.floor((year - first) / width);
            return Math.max(0, Math.min(count - 1, p));
        }
    }

    /**
     * Population in up to three classes split at powers of ten: the decade of the largest city and
     * the one below (for a world of 100k to 38M people: under 1M, 1M-10M, 10M and more).
     */
    private static final class SizeClasses {
        final int count;
        final double[] bounds;
        final double[] diameters;
        final String[] labels;

        private SizeClasses(double[] bounds, double[] diameters, String[] labels) {
            this.count = diameters.length;
            this.bounds = bounds;
            this.diameters = diameters;
            this.labels = labels;
        }

        static SizeClasses of(double[] population, ChartStyle style) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double p : population) {
                if (Double.isFinite(p) && p > 0) {
                    max = Math.max(max, p);
                    min = Math.min(min, p);
                }
            }
            double unit = style.gap * 0.7; // the smallest disc, in points
            if (!(max > 0)) {
                return new SizeClasses(new double[0], new double[] {unit * 1.4}, new String[] {""});
            }
            double top = Math.pow(10, Math.floor(Math.log10(max)));
            double[] candidates = {top / 10, top};
            int used = 0;
            double[] bounds = new double[2];
            for (double bound : candidates) {
                if (bound > min) {
                    bounds[used++] = bound;
                }
            }
            bounds = Arrays.copyOf(bounds, used);
            double[] diameters = new double[used + 1];
            String[] labels = new String[used + 1];
            for (int c = 0; c <= used; c++) {
                diameters[c] = Math.round(unit * (1 + 0.8 * c + 0.15 * c * c) * 8) / 8.0;
                if (used == 0) {
                    labels[c] = "";
                } else if (c == 0) {
                    labels[c] = "< " + people(bounds[0]);
                } else if (c == used) {
                    labels[c] = "\u2265 " + people(bounds[used - 1]);
                } else {
                    labels[c] = people(bounds[c - 1]) + "\u2013" + people(bounds[c]);
                }
            }
            return new SizeClasses(bounds, diameters, labels);
        }

        int classOf(double population) {
            int c = 0;
            while (c < bounds.length && population >= bounds[c]) {
                c++;
            }
            return c;
        }

        private static String people(double n) {
            if (n >= 1e9) {
                return trim(n / 1e9) + "B";
            } else if (n >= 1e6) {
                return trim(n / 1e6) + "M";
            } else if (n >= 1e3) {
                return trim(n / 1e3) + "k";
            }
            return trim(n);
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
