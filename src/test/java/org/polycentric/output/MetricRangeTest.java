package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.model.metrics.Metric;

class MetricRangeTest {

    @Test
    void everyUnitOfEveryMetricHasADecidedRange() {
        // A metric with a new unit would otherwise get an unbounded interval without anyone deciding so.
        for (Metric metric : Metric.values()) {
            assertTrue(MetricRange.BY_UNIT.containsKey(metric.unit()),
                    metric.id() + ": unit '" + metric.unit() + "' has no range in MetricRange.BY_UNIT");
        }
    }

    @Test
    void sharesIndexesAndCountsHaveTheRangeTheirUnitStates() {
        assertEquals(new MetricRange(0, 1), MetricRange.of("pledged_share"));
        assertEquals(new MetricRange(0, 1), MetricRange.of("firms_pledged_share"));
        assertEquals(new MetricRange(-1, 1), MetricRange.of("mean_stance"));
        assertEquals(new MetricRange(0, 1), MetricRange.of("rivalry"));
        assertEquals(new MetricRange(0, Double.POSITIVE_INFINITY), MetricRange.of("network_members"));
        assertEquals(MetricRange.UNBOUNDED, MetricRange.of("emissions_total"));
        assertEquals(MetricRange.UNBOUNDED, MetricRange.of("not_a_metric"));
    }

    @Test
    void clipsToTheNearestEndAndLeavesMissingValuesMissing() {
        MetricRange share = MetricRange.of("pledged_share");
        assertEquals(0.0, share.clip(-0.002));
        assertEquals(1.0, share.clip(1.04));
        assertEquals(0.25, share.clip(0.25));
        assertTrue(Double.isNaN(share.clip(Double.NaN)));
    }
}
