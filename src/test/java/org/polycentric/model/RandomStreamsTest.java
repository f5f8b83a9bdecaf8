package org.polycentric.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The documented stream scheme: keys by seed and purpose, and counter-based draws that look uniform. */
class RandomStreamsTest {

    @Test
    void aPurposesStreamDependsOnTheSeedAndItsNameAlone() {
        RandomStreams a = new RandomStreams(7);
        RandomStreams b = new RandomStreams(7);
        assertEquals(a.stream("decision").generator().nextLong(), b.stream("decision").generator().nextLong());
        assertEquals(a.rule("firms").uniform(3, 11, 0), b.stream("rule:firms").uniform(3, 11, 0));
        assertNotEquals(a.stream("decision").key(), new RandomStreams(8).stream("decision").key());
        Set<Long> keys = new HashSet<>();
        for (String p : new String[] {"world:cities", "world:ties", "decision", "rule:peerInfluence", "rule:firms",
            "rule:implementation", "rule:networkRecruitment"}) {
            keys.add(a.stream(p).key());
        }
        assertEquals(7, keys.size(), "every purpose its own key");
    }

    @Test
    void theKeyIsTheDocumentedFunction() {
        // FNV-1a 64 of "" is the offset basis; mix64 is SplitMix64's finaliser
        assertEquals(0xcbf29ce484222325L, RandomStreams.fnv1a64(new byte[0]));
        assertEquals(RandomStreams.mix64(42 ^ RandomStreams.mix64(RandomStreams.fnv1a64("decision".getBytes()))),
                new RandomStreams(42).stream("decision").key());
    }

    @Test
    void counterBasedDrawsAreUniformAndUnrelatedAcrossNeighbouringCitiesStepsAndDraws() {
        RandomStream s = new RandomStreams(2026).stream("decision");
        int bins = 20;
        int n = 200_000;
        long[] counts = new long[bins];
        double[] here = new double[n];
        double[] nextCity = new double[n];
        double[] nextStep = new double[n];
        double[] nextDraw = new double[n];
        for (int i = 0; i < n; i++) {
            int step = i % 200;
            int city = i / 200;
            double u = s.uniform(step, city, 0);
            assertTrue(u >= 0 && u < 1);
            counts[(int) (u * bins)]++;
            here[i] = u;
            nextCity[i] = s.uniform(step, city + 1, 0);
            nextStep[i] = s.uniform(step + 1, city, 0);
            nextDraw[i] = s.uniform(step, city, 1);
        }
        double[] expected = new double[bins];
        java.util.Arrays.fill(expected, (double) n / bins);
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        System.out.printf("counter-based draws: chi-square p = %.3f over %d draws in %d bins%n", p, n, bins);
        assertTrue(p > 0.001, "uniform: p = " + p);
        PearsonsCorrelation r = new PearsonsCorrelation();
        // |r| of independent samples is about 1/sqrt(n) = 0.0022; 5 sd
        double bound = 5 / Math.sqrt(n);
        for (double[] other : new double[][] {nextCity, nextStep, nextDraw}) {
            double c = r.correlation(here, other);
            assertTrue(Math.abs(c) < bound, "correlated neighbours: r = " + c);
        }
    }

    @Test
    void aSequentialGeneratorIsCreatedOnceAndContinues() {
        RandomStream s = new RandomStreams(1).stream("rule:networkRecruitment");
        double first = s.generator().nextDouble();
        double second = s.generator().nextDouble();
        assertNotEquals(first, second);
    }
}
