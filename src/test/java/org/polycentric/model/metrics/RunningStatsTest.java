package org.polycentric.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningStatsTest {

    /** The 0.975 quantile of Student t with 7 degrees of freedom (tables: 2.365; SciPy t.ppf). */
    private static final double T_975_7 = 2.364624251592784;

    @Test
    void meanSdAndTIntervalMatchAHandComputedCase() {
        RunningStats stats = new RunningStats();
        for (double v : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            stats.add(v);
        }
        // Sum of squared deviations from the mean 5 is 32, so the sample variance is 32 / 7.
        double sd = Math.sqrt(32.0 / 7);
        double halfWidth = T_975_7 * sd / Math.sqrt(8);
        assertEquals(8, stats.n());
        assertEquals(5.0, stats.mean(), 1e-12);
        assertEquals(sd, stats.sd(), 1e-12);
        assertEquals(5 - halfWidth, stats.ci95Low(), 1e-9);
        assertEquals(5 + halfWidth, stats.ci95High(), 1e-9);
        assertEquals(3.212, stats.ci95Low(), 1e-3);
    }

    @Test
    void oneValueHasAMeanButNoSpread() {
        RunningStats stats = new RunningStats();
        stats.add(0.25);
        assertEquals(1, stats.n());
        assertEquals(0.25, stats.mean());
        assertTrue(Double.isNaN(stats.sd()));
        assertTrue(Double.isNaN(stats.ci95Low()));
        assertTrue(Double.isNaN(stats.ci95High()));
    }

    @Test
    void noValuesGiveNaNAndMissingValuesAreSkipped() {
        RunningStats stats = new RunningStats();
        stats.add(Double.NaN);
        stats.add(Double.NaN);
        assertEquals(0, stats.n(), "a ratio over an empty group in every replication");
        assertTrue(Double.isNaN(stats.mean()));
        assertTrue(Double.isNaN(stats.sd()));
        assertTrue(Double.isNaN(stats.ci95Low()));
        assertTrue(Double.isNaN(stats.ci95High()));
        stats.add(1);
        stats.add(Double.NaN);
        stats.add(3);
        assertEquals(2, stats.n());
        assertEquals(2.0, stats.mean(), 1e-15);
        assertEquals(Math.sqrt(2), stats.sd(), 1e-15);
    }

    @Test
    void identicalValuesHaveAZeroWidthInterval() {
        RunningStats stats = new RunningStats();
        for (int i = 0; i < 5; i++) {
            stats.add(0.1);
        }
        assertEquals(0.0, stats.sd(), 1e-15);
        assertEquals(0.1, stats.ci95Low(), 1e-15);
        assertEquals(0.1, stats.ci95High(), 1e-15);
    }

    @Test
    void staysAccurateFarFromZero() {
        // The naive sum-of-squares formula loses every digit here; Welford's update does not.
        RunningStats stats = new RunningStats();
        for (double v : new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) {
            stats.add(v);
        }
        assertEquals(1e9 + 10, stats.mean(), 1e-6);
        assertEquals(Math.sqrt(30), stats.sd(), 1e-6);
    }
}
