package org.polycentric.model.metrics;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Builds a {@link MetricTable} with chosen values. Only the recorder may fill a table, so the
 * fixture reaches its package-private setter by reflection rather than running a whole model.
 */
public final class MetricTableFixture {
    private MetricTableFixture() {
    }

    /**
     * @param values values[record][series]
     */
    public static MetricTable table(List<SeriesKey> series, int startYear, int stepsPerYear, double[][] values) {
        MetricTable table = new MetricTable(series, values.length, startYear, stepsPerYear);
        try {
            Method set = MetricTable.class.getDeclaredMethod("set", int.class, int.class, double.class);
            set.setAccessible(true);
            for (int r = 0; r < values.length; r++) {
                for (int k = 0; k < series.size(); k++) {
                    set.invoke(table, r, k, values[r][k]);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MetricTable no longer has set(int, int, double)", e);
        }
        return table;
    }

    /** A table with the single series pledged_share/all. */
    public static MetricTable adoptionCurve(int startYear, int stepsPerYear, double... share) {
        double[][] values = new double[share.length][];
        for (int r = 0; r < share.length; r++) {
            values[r] = new double[] {share[r]};
        }
        return table(List.of(new SeriesKey(AdoptionStatistics.METRIC, AdoptionStatistics.GROUP)), startYear,
                stepsPerYear, values);
    }
}
