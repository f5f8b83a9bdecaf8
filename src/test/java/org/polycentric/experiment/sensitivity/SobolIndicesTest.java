package org.polycentric.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/**
 * The Sobol' estimators (first order Saltelli et al. 2010, total Jansen 1999) against functions whose
 * indices are known in closed form: the Ishigami function (Ishigami and Homma 1990, Proc. ISUMA '90,
 * 398-403) and the Sobol' G function (Sobol' 1993; Saltelli et al. 2010).
 * The designs are made here as the brief of the estimators says: a Sobol' sequence of dimension
 * 2k with its first point (the origin) skipped, A its first k columns, B its last k, AB_i = A with
 * column i from B.
 */
class SobolIndicesTest {

    private static final int N = 1 << 12;
    private static final double TOLERANCE = 0.01;

    /** f(A), f(B) and f(AB_i) of a function of the unit cube. */
    record Outputs(double[] fA, double[] fB, double[][] fAB) {
    }

    static Outputs saltelli(int k, int n, ToDoubleFunction<double[]> f) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int r = 0; r < n; r++) {
            double[] row = sobol.nextVector();
            double[] a = Arrays.copyOfRange(row, 0, k);
            double[] b = Arrays.copyOfRange(row, k, 2 * k);
            fA[r] = f.applyAsDouble(a);
            fB[r] = f.applyAsDouble(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                fAB[i][r] = f.applyAsDouble(ab);
            }
        }
        return new Outputs(fA, fB, fAB);
    }

    static final double A = 7;
    static final double B = 0.1;

    /** Ishigami and Homma 1990 on [-pi, pi]^3, from the unit cube. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static SobolIndices estimate(Outputs o, long seed) {
        return SobolIndices.estimate(o.fA(), o.fB(), o.fAB(), Bootstrap.of(seed));
    }

    private static void print(String name, SobolIndices s, double[] first, double[] total) {
        System.out.printf(Locale.ROOT, "%s, N = %d, V = %.4f, %d resamples%n", name, s.rows(), s.variance(),
                Bootstrap.DEFAULT_RESAMPLES);
        for (int i = 0; i < s.parameters(); i++) {
            System.out.printf(Locale.ROOT, "  x%d  S = %s (analytic %.4f)   ST = %s (analytic %.4f)%n",
                    i + 1, s.first(i), first[i], s.total(i), total[i]);
        }
    }

    private static void assertMatches(SobolIndices s, double[] first, double[] total) {
        for (int i = 0; i < s.parameters(); i++) {
            Estimate si = s.first(i);
            Estimate sti = s.total(i);
            assertTrue(si.contains(first[i]), "S" + (i + 1) + " = " + si + " should contain " + first[i]);
            assertTrue(sti.contains(total[i]), "ST" + (i + 1) + " = " + sti + " should contain " + total[i]);
            assertEquals(first[i], si.value(), TOLERANCE, "S" + (i + 1));
            assertEquals(total[i], sti.value(), TOLERANCE, "ST" + (i + 1));
            assertTrue(si.low() <= si.value() && si.value() <= si.high(), "S" + (i + 1) + " inside its interval");
            assertTrue(sti.low() <= sti.value() && sti.value() <= sti.high(), "ST" + (i + 1) + " inside its interval");
        }
    }

    @Test
    void ishigamiIndicesMatchTheirAnalyticValues() {
        // the partial variances of its ANOVA decomposition: x3 acts only through its interaction with x1
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        // the values the literature quotes
        assertEquals(0.3139, first[0], 1e-4);
        assertEquals(0.4424, first[1], 1e-4);
        assertEquals(0.5576, total[0], 1e-4);
        assertEquals(0.2437, total[2], 1e-4);

        SobolIndices s = estimate(saltelli(3, N, SobolIndicesTest::ishigami), 13);
        print("Ishigami", s, first, total);
        assertEquals(v, s.variance(), 0.05 * v, "the output variance");
        assertMatches(s, first, total);
    }

    @Test
    void sobolGIndicesMatchTheProductFormula() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        int k = a.length;
        ToDoubleFunction<double[]> g = u -> {
            double y = 1;
            for (int i = 0; i < k; i++) {
                y *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return y;
        };
        // V_i = 1 / (3 (1 + a_i)^2); V = prod(1 + V_i) - 1; ST_i = V_i prod_{j != i}(1 + V_j) / V
        double[] vi = Arrays.stream(a).map(x -> 1 / (3 * (1 + x) * (1 + x))).toArray();
        double product = Arrays.stream(vi).map(x -> 1 + x).reduce(1, (x, y) -> x * y);
        double v = product - 1;
        double[] first = Arrays.stream(vi).map(x -> x / v).toArray();
        double[] total = Arrays.stream(vi).map(x -> x * product / (1 + x) / v).toArray();

        SobolIndices s = estimate(saltelli(k, N, g), 13);
        print("Sobol' G, a = " + Arrays.toString(a), s, first, total);
        assertMatches(s, first, total);
    }

    @Test
    void indicesIgnoreTheOutputsUnitAndOrigin() {
        // an outcome such as the year a share reaches 50% sits near 2030: the centring keeps it as good as any
        Outputs o = saltelli(3, 512, SobolIndicesTest::ishigami);
        Outputs scaled = new Outputs(affine(o.fA()), affine(o.fB()),
                Arrays.stream(o.fAB()).map(SobolIndicesTest::affine).toArray(double[][]::new));
        SobolIndices s = estimate(o, 5);
        SobolIndices t = estimate(scaled, 5);
        for (int i = 0; i < 3; i++) {
            System.out.printf(Locale.ROOT, "x%d  S = %s, of 3f + 2030: %s%n", i + 1, s.first(i), t.first(i));
            assertEquals(s.first(i).value(), t.first(i).value(), 1e-9);
            assertEquals(s.total(i).value(), t.total(i).value(), 1e-9);
            assertEquals(s.total(i).high(), t.total(i).high(), 1e-9);
        }
    }

    private static double[] affine(double[] y) {
        return Arrays.stream(y).map(x -> 3 * x + 2030).toArray();
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        Outputs o = saltelli(3, 256, SobolIndicesTest::ishigami);
        SobolIndices one = estimate(o, 42);
        assertEquals(one.firstOrder(), estimate(o, 42).firstOrder());
        assertEquals(one.totalOrder(), estimate(o, 42).totalOrder());
        SobolIndices other = estimate(o, 43);
        assertEquals(one.first(0).value(), other.first(0).value(), "the estimate itself needs no randomness");
        assertTrue(one.first(0).low() != other.first(0).low(), "the interval comes from the seeded resamples");
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        double[] three = {1, 2, 3};
        Bootstrap boot = Bootstrap.of(1);
        String lengths = assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(three, new double[] {1, 2}, new double[][] {three}, boot)).getMessage();
        assertTrue(lengths.contains("f(B) has 2"), lengths);
        String ab = assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(three, three, new double[][] {three, {1}}, boot)).getMessage();
        assertTrue(ab.contains("f(AB_1) has 1"), ab);
        String nan = assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(three, new double[] {1, Double.NaN, 3}, new double[][] {three}, boot))
                .getMessage();
        assertTrue(nan.contains("f(B) row 1 is NaN"), nan);
        double[] flat = {2, 2, 2};
        String constant = assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(flat, flat, new double[][] {three}, boot)).getMessage();
        assertTrue(constant.contains("no variance"), constant);
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.estimate(three, three, new double[0][], boot));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(1000, 95, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(0, 0.95, 1));
    }
}
