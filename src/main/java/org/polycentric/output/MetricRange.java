package org.polycentric.output;

import java.util.Map;
import org.polycentric.model.metrics.Metric;

/**
 * The values a metric can take, as its unit ({@link Metric#unit()}) states them: a share lies in
 * [0, 1], an index in the range its unit names, and a count of cities or nations is never negative.
 * A confidence interval of the mean is clipped to it: a t-interval over a few replications near a
 * bound reaches past it (a share of 0.0007 with an interval down to -0.002) to values no replication
 * could ever record. Emissions (Mt CO2/yr) are left unbounded: their unit states no range.
 */
record MetricRange(double min, double max) {
    static final MetricRange UNBOUNDED = new MetricRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** The range of every unit {@link Metric} uses; a unit not listed here is unbounded. */
    static final Map<String, MetricRange> BY_UNIT = Map.of(
            "share", new MetricRange(0, 1),
            "index 0-1", new MetricRange(0, 1),
            "index -1..1", new MetricRange(-1, 1),
            "cities", new MetricRange(0, Double.POSITIVE_INFINITY),
            "nations", new MetricRange(0, Double.POSITIVE_INFINITY),
            "Mt CO2/yr", UNBOUNDED);

    /** The range of the metric named {@code id}; unbounded for a metric the program does not know. */
    static MetricRange of(String id) {
        for (Metric metric : Metric.values()) {
            if (metric.id().equals(id)) {
                return BY_UNIT.getOrDefault(metric.unit(), UNBOUNDED);
            }
        }
        return UNBOUNDED;
    }

    /** {@code value} moved to the nearest end of the range if outside it; NaN stays NaN. */
    double clip(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
