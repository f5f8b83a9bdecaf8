package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.experiment.spec.OutcomeSpec.Kind;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.SeriesKey;
import org.polycentric.model.metrics.Tables;

class OutcomesTest {
    /** 2005 to 2007 in quarters; the share grows by 0.1 a quarter: 0.4 (t - 2005), NA in record 3 of south. */
    private static final MetricTable TABLE = Tables.of(2005, 4, 9,
            List.of(new SeriesKey("pledged_share", "all"), new SeriesKey("pledged_share", "south")),
            List.of(r -> r * 0.1, r -> r == 3 ? Double.NaN : r * 0.05));

    private static OutcomeSpec at(double year) {
        return new OutcomeSpec("x", "pledged_share", null, Kind.AT_YEAR, year, null, null, null);
    }

    private static OutcomeSpec reaching(double level) {
        return new OutcomeSpec("x", "pledged_share", null, Kind.YEAR_REACHING, null, level, null, null);
    }

    private static OutcomeSpec area(double from, double to) {
        return new OutcomeSpec("x", "pledged_share", null, Kind.AREA_UNDER_CURVE, null, null, from, to);
    }

    @Test
    void atYearTakesTheLastRecordAtOrBeforeTheYear() {
        assertEquals(0.4, Outcomes.evaluate(at(2006), TABLE), 1e-12);
        assertEquals(0.4, Outcomes.evaluate(at(2006.2), TABLE), 1e-12);
        assertEquals(0.5, Outcomes.evaluate(at(2006.25), TABLE), 1e-12);
        assertEquals(0.8, Outcomes.evaluate(at(2040), TABLE), 1e-12, "after the end: the last record");
    }

    @Test
    void finalIsTheLastRecord() {
        assertEquals(0.8, Outcomes.evaluate(new OutcomeSpec("x", "pledged_share", "all", Kind.FINAL, null, null,
                null, null), TABLE), 1e-12);
    }

    @Test
    void yearReachingIsTheFirstRecordAtTheLevelOrNa() {
        assertEquals(2006.0, Outcomes.evaluate(reaching(0.35), TABLE), 1e-12);
        assertEquals(2005.25, Outcomes.evaluate(reaching(0.1), TABLE), 1e-12, "reaching exactly counts");
        assertTrue(Double.isNaN(Outcomes.evaluate(reaching(0.9), TABLE)), "never reached: NA");
    }

    @Test
    void areaUnderCurveIntegratesThePiecewiseLinearSeries() {
        // the integral of 0.4 x from 0 to 2
        assertEquals(0.8, Outcomes.evaluate(area(2005, 2007), TABLE), 1e-12);
        // between records: 0.2 (0.6^2 - 0.1^2)
        assertEquals(0.07, Outcomes.evaluate(area(2005.1, 2005.6), TABLE), 1e-12);
        assertEquals(0.8, Outcomes.evaluate(area(2005, 2050), TABLE), 1e-12, "stops at the run's end");
        OutcomeSpec south = new OutcomeSpec("x", "pledged_share", "south", Kind.AREA_UNDER_CURVE, null, null,
                2005.0, 2007.0);
        assertTrue(Double.isNaN(Outcomes.evaluate(south, TABLE)), "a NA record makes the area NA");
    }

    @Test
    void aGroupTheRunDidNotRecordIsFoundBeforeEvaluating() {
        Outcomes outcomes = new Outcomes(List.of(at(2006),
                new OutcomeSpec("y", "pledged_share", "bloc_west", Kind.FINAL, null, null, null, null)));
        assertEquals(1, outcomes.firstMissing(TABLE));
        assertThrows(IllegalArgumentException.class, () -> outcomes.evaluate(TABLE));
        assertEquals(-1, new Outcomes(List.of(at(2006))).firstMissing(TABLE));
    }
}
