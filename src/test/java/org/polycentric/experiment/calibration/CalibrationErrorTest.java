package org.polycentric.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.SeriesKey;

/** The error formula and the record an observation date reads, on numbers worked by hand. */
class CalibrationErrorTest {

    @Test
    void theErrorIsTheMeanSquaredDifferenceOverTheLargestObservedValue() {
        Target t = new Target("x", "x.csv", "pledged_count", "all", 1, new double[] {2010, 2011, 2012},
                new double[] {10, -20, 40}, Target.scaleOf(new double[] {10, -20, 40}));
        assertEquals(40, t.scale(), "the largest absolute value");
        // differences 2, 4, -8 over 40: (0.05^2 + 0.1^2 + 0.2^2) / 3
        assertEquals((0.0025 + 0.01 + 0.04) / 3, Calibration.error(t, new double[] {12, -16, 32}), 1e-15);
        assertEquals(1, Target.scaleOf(new double[] {0, 0}), "all zero: no scaling");
    }

    @Test
    void anObservationReadsTheLastRecordAtOrBeforeItsDate() {
        MetricTable table = new MetricTable(List.of(new SeriesKey("pledged_share", "all")), 21, 2005, 4);
        assertEquals(0, Calibration.recordAt(table, 2005.0));
        assertEquals(20, Calibration.recordAt(table, 2010.0), "2010 is record 20 exactly");
        assertEquals(21 - 1, Calibration.recordAt(table, 2010.2), "clamped to the last record");
        assertEquals(6, Calibration.recordAt(table, 2006.74), "2006.5 is record 6, 2006.75 record 7");
        assertEquals(7, Calibration.recordAt(table, 2006.75));
        assertEquals(4, Calibration.recordAt(table, 2006 + 2 / 12.0), "March 2006 reads 1 January 2006's record");
    }
}
