package org.polycentric.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdoptionStatisticsTest {

    @Test
    void thresholdsAreTheFirstRecordReachingThem() {
        // Yearly records 2000..2006.
        AdoptionStatistics s = AdoptionStatistics.of(MetricTableFixture.adoptionCurve(2000, 1,
                0.0, 0.05, 0.10, 0.30, 0.60, 0.85, 0.95));
        assertEquals(0.95, s.finalShare());
        assertEquals(2002, s.year10());
        assertEquals(2004, s.year50());
        assertEquals(2006, s.year90());
    }

    @Test
    void fastestYearIsTheStartOfTheLargestOneYearRise() {
        // Quarterly records from 2010: the rise over four records is largest from record 3 (2010.75)
        // to record 7 (2011.75): 0.7 - 0.1.
        AdoptionStatistics s = AdoptionStatistics.of(MetricTableFixture.adoptionCurve(2010, 4,
                0.0, 0.0, 0.05, 0.1, 0.2, 0.4, 0.6, 0.7, 0.72, 0.74));
        assertEquals(2010.75, s.yearFastest(), 1e-12);
        assertEquals(2010.75, s.year10(), 1e-12);
        assertEquals(2011.5, s.year50(), 1e-12);
        assertTrue(Double.isNaN(s.year90()));
    }

    @Test
    void tiesGoToTheEarliestWindow() {
        AdoptionStatistics s = AdoptionStatistics.of(new double[] {0, 1, 2, 3}, new double[] {0, 0.2, 0.4, 0.6}, 1);
        assertEquals(0, s.yearFastest());
    }

    @Test
    void aFlatOrFallingCurveHasNoFastestYearAndNoThresholds() {
        AdoptionStatistics s = AdoptionStatistics.of(new double[] {2020, 2021, 2022},
                new double[] {0.05, 0.04, 0.04}, 1);
        assertTrue(Double.isNaN(s.year10()));
        assertTrue(Double.isNaN(s.year50()));
        assertTrue(Double.isNaN(s.year90()));
        assertTrue(Double.isNaN(s.yearFastest()));
        assertEquals(0.04, s.finalShare());
    }

    @Test
    void aCurveShorterThanAYearHasNoFastestYear() {
        AdoptionStatistics s = AdoptionStatistics.of(new double[] {2020, 2020.25}, new double[] {0, 0.5}, 4);
        assertTrue(Double.isNaN(s.yearFastest()));
        assertEquals(2020.25, s.year50());
    }

    @Test
    void mismatchedInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AdoptionStatistics.of(new double[] {1, 2}, new double[] {0.1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> AdoptionStatistics.of(new double[] {1}, new double[] {0.1}, 0));
    }
}
