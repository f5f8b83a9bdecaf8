package org.polycentric.model.metrics;


/**
 * What one replication's adoption curve (the share of cities pledged) says in a few numbers, as in
 * diffusion studies (Rogers 2003; Bass 1969): the final share, the years the share first reached
 * 10%, 50% and 90%, and the year the fastest one-year rise began. Years are record times (e.g.
 * 2031.25 with quarterly steps); NaN where a threshold was never reached or the share never rose.
 *
 * @param yearFastest the start of the one-year window (record r to record r + stepsPerYear) with the
 *                    largest rise of the share; the earliest such window on ties
 */
public record AdoptionStatistics(double finalShare, double year10, double year50, double year90,
                                 double yearFastest) {

    /** The adoption curve the statistics are derived from: pledged_share of all cities. */
    public static final String METRIC = Metric.PLEDGED_SHARE.id();
    public static final String GROUP = "all";

    /** Derives the statistics from a replication's recorded pledged_share/all series. */
    public static AdoptionStatistics of(MetricTable table) {
        double[] share = table.column(METRIC, GROUP);
        double[] years = new double[share.length];
        for (int r = 0; r < years.length; r++) {
            years[r] = table.year(r);
        }
        return of(years, share, table.stepsPerYear());
    }

    /**
     * Derives the statistics from a curve sampled {@code recordsPerYear} times a year.
     *
     * @param years the time of each record, increasing
     * @param share the share pledged at each record; NaN records are skipped
     */
    public static AdoptionStatistics of(double[] years, double[] share, int recordsPerYear) {
        if (years.length != share.length) {
            throw new IllegalArgumentException("years and share differ in length: " + years.length + " vs "
                    + share.length);
        }
        if (recordsPerYear < 1) {
            throw new IllegalArgumentException("recordsPerYear must be at least 1, was " + recordsPerYear);
        }
        double finalShare = share.length == 0 ? Double.NaN : share[share.length - 1];
        return new AdoptionStatistics(finalShare, firstYearReaching(0.1, years, share),
                firstYearReaching(0.5, years, share), firstYearReaching(0.9, years, share),
                fastestYear(years, share, recordsPerYear));
    }

    private static double firstYearReaching(double level, double[] years, double[] share) {
        for (int r = 0; r < share.length; r++) {
            if (share[r] >= level) {
                return years[r];
            }
        }
        return Double.NaN;
    }

    private static double fastestYear(double[] years, double[] share, int recordsPerYear) {
        double best = 0;
        double year = Double.NaN;
        for (int r = 0; r + recordsPerYear < share.length; r++) {
            double rise = share[r + recordsPerYear] - share[r];
            if (rise > best) {
                best = rise;
                year = years[r];
            }
        }
        return year;
    }
}
