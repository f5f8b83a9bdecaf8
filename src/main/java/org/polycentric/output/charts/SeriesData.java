package org.polycentric.output.charts;


/**
 * One line of a time chart: its legend label, and per point the year, the mean and the 95% band
 * (low and high; NaN where there is no band, e.g. a single replication).
 */
public record SeriesData(String label, double[] years, double[] mean, double[] low, double[] high) {
    public SeriesData {
        if (years.length != mean.length || years.length != low.length || years.length != high.length) {
            throw new IllegalArgumentException("series " + label + ": arrays differ in length");
        }
    }
}
