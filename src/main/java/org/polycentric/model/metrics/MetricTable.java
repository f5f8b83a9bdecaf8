package org.polycentric.model.metrics;

import java.util.List;

/**
 * One replication's time series: for every record (record 0 is the state at the start, record s
 * the state after step s) and every series, one value. Stored flat, record-major.
 */
public final class MetricTable {
    private final List<SeriesKey> series;
    private final int records;
    private final int startYear;
    private final int stepsPerYear;
    private final double[] values;

    public MetricTable(List<SeriesKey> series, int records, int startYear, int stepsPerYear) {
        this.series = List.copyOf(series);
        this.records = records;
        this.startYear = startYear;
        this.stepsPerYear = stepsPerYear;
        this.values = new double[records * this.series.size()];
        java.util.Arrays.fill(values, Double.NaN);
    }

    public List<SeriesKey> series() { return series; }
    public int seriesCount() { return series.size(); }
    public int records() { return records; }
    public int stepsPerYear() { return stepsPerYear; }
    public int startYear() { return startYear; }

    /** Calendar time of a record: record r is the state at startYear + r / stepsPerYear. */
    public double year(int record) {
        return startYear + (double) record / stepsPerYear;
    }

    /** True when the record falls on 1 January of a year. */
    public boolean isYearStart(int record) {
        return record % stepsPerYear == 0;
    }

    public double value(int record, int seriesIndex) {
        return values[record * series.size() + seriesIndex];
    }

    void set(int record, int seriesIndex, double v) {
        values[record * series.size() + seriesIndex] = v;
    }

    /** Index of a series, or -1. */
    public int indexOf(String metric, String group) {
        for (int k = 0; k < series.size(); k++) {
            SeriesKey s = series.get(k);
            if (s.metric().equals(metric) && s.group().equals(group)) {
                return k;
            }
        }
        return -1;
    }

    /** A whole series as an array over records. */
    public double[] column(String metric, String group) {
        int k = indexOf(metric, group);
        if (k < 0) {
            throw new IllegalArgumentException("no series " + metric + "/" + group);
        }
        double[] out = new double[records];
        for (int r = 0; r < records; r++) {
            out[r] = value(r, k);
        }
        return out;
    }
}
