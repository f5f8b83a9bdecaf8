package org.polycentric.model.metrics;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Hand-made metric tables for tests outside this package. */
public final class Tables {
    private Tables() {
    }

    /** A table of one series per key, each record's value given by {@code values[k]}. */
    public static MetricTable of(int startYear, int stepsPerYear, int records, List<SeriesKey> keys,
                                 List<IntToDoubleFunction> values) {
        MetricTable t = new MetricTable(keys, records, startYear, stepsPerYear);
        for (int r = 0; r < records; r++) {
            for (int k = 0; k < keys.size(); k++) {
                t.set(r, k, values.get(k).applyAsDouble(r));
            }
        }
        return t;
    }
}
