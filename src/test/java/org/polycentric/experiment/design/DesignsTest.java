package org.polycentric.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.design.MorrisTrajectories.Step;

/** The four designs: their counts, the property each is chosen for, and determinism given a seed. */
class DesignsTest {

    private static final ParameterSpace FOUR = ParameterSpace.of(
            Parameter.range("rules.peerInfluence.weight", 0, 1),
            Parameter.logRange("rules.capacityAndSupport.gamma", 0.01, 10),
            Parameter.range("network.neighbours", 2, 6, false, true),
            Parameter.choices("rules.nationalContext.enabled", List.of("true", "false")));

    @Test
    void fullFactorialCoversEveryCombinationOnce() {
        ParameterSpace space = ParameterSpace.of(
                Parameter.range("a.x", 0, 1),
                Parameter.logRange("a.y", 1, 100),
                Parameter.values("a.z", List.of(5, 7)),
                Parameter.range("a.n", 1, 2, false, true));
        FullFactorial f = new FullFactorial(space, 3);
        System.out.println("factorial 3 levels x 3 levels x 2 values x integer [1,2]: counts "
                + Arrays.toString(f.levelCounts()) + ", " + f.size() + " points");
        assertArrayEquals(new int[] {3, 3, 2, 2}, f.levelCounts());
        assertEquals(36, f.size());
        Set<List<Double>> seen = new HashSet<>();
        for (double[] p : f.points()) {
            seen.add(Arrays.stream(p).boxed().toList());
        }
        assertEquals(36, seen.size(), "no combination twice");
        for (double x : new double[] {0, 0.5, 1}) {
            for (double y : new double[] {1, 10, 100}) {
                for (double z : new double[] {5, 7}) {
                    for (double n : new double[] {1, 2}) {
                        assertTrue(seen.stream().anyMatch(p -> close(p, x, y, z, n)), x + " " + y + " " + z + " " + n);
                    }
                }
            }
        }
        assertArrayEquals(new double[] {0, 1, 5, 1}, f.point(0), 1e-12);
        assertArrayEquals(new double[] {0, 1, 5, 2}, f.point(1), 1e-12, "the last parameter varies fastest");
        assertArrayEquals(new double[] {1, 100, 7, 2}, f.point(35), 1e-12);
        ParameterSpaceTest.assertField("levels", "must be at least 2 (a range's min and max), was 1",
                () -> new FullFactorial(space, 1));
    }

    private static boolean close(List<Double> p, double... v) {
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(p.get(i) - v[i]) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    @Test
    void latinHypercubeHasOnePointPerStratumInEveryDimension() {
        for (int n : new int[] {1, 7, 100, 1000}) {
            LatinHypercube lhs = new LatinHypercube(FOUR, n, 42);
            assertEquals(n, lhs.size());
            for (int d = 0; d < FOUR.dimension(); d++) {
                int[] perStratum = new int[n];
                for (double[] u : lhs.unitPoints()) {
                    assertTrue(u[d] >= 0 && u[d] < 1);
                    perStratum[(int) Math.floor(u[d] * n)]++;
                }
                int dim = d;
                assertTrue(Arrays.stream(perStratum).allMatch(c -> c == 1), "n " + n + " dimension " + dim);
            }
        }
        // the mapped values: with 1000 points each of the 5 integers of [2, 6] appears 200 times
        int[] count = new int[5];
        for (double[] p : new LatinHypercube(FOUR, 1000, 42).points()) {
            count[(int) p[2] - 2]++;
        }
        System.out.println("LHS 1000 points, integer [2, 6] counts: " + Arrays.toString(count));
        assertArrayEquals(new int[] {200, 200, 200, 200, 200}, count);
    }

    @Test
    void latinHypercubeIsFixedByItsSeed() {
        List<double[]> a = new LatinHypercube(FOUR, 50, 7).unitPoints();
        List<double[]> again = new LatinHypercube(FOUR, 50, 7).unitPoints();
        List<double[]> other = new LatinHypercube(FOUR, 50, 8).unitPoints();
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a.get(i), again.get(i), 0);
        }
        assertFalse(Arrays.equals(a.get(0), other.get(0)), "another seed, another design");
        System.out.println("LHS seed 7 point 0: " + Arrays.toString(a.get(0)) + "; seed 8: " + Arrays.toString(other.get(0)));
    }

    @Test
    void sobolSaltelliHasItsBlocksInOrder() {
        int n = 64;
        SobolSaltelli s = new SobolSaltelli(FOUR, n);
        int k = FOUR.dimension();
        assertEquals(n * (k + 2), s.size());
        SobolSequenceGenerator reference = new SobolSequenceGenerator(2 * k);
        reference.nextVector(); // the origin, skipped
        for (int j = 0; j < n; j++) {
            double[] v = reference.nextVector();
            double[] a = s.unitPoint(s.rowA(j));
            double[] b = s.unitPoint(s.rowB(j));
            assertArrayEquals(Arrays.copyOfRange(v, 0, k), a, 0, "A is the first k columns");
            assertArrayEquals(Arrays.copyOfRange(v, k, 2 * k), b, 0, "B is the last k columns");
            for (int i = 0; i < k; i++) {
                double[] ab = s.unitPoint(s.rowAB(i, j));
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], 0, "AB_" + i + " row " + j + " column " + c);
                }
            }
        }
        assertEquals(0, s.rowA(0));
        assertEquals(n, s.rowB(0));
        assertEquals(4 * n + 5, s.rowAB(2, 5));
        double[] outputs = new double[s.size()];
        for (int r = 0; r < outputs.length; r++) {
            outputs[r] = r;
        }
        SobolSaltelli.Outputs split = s.split(outputs);
        assertEquals(s.rowB(3), split.b()[3]);
        assertEquals(s.rowAB(3, 63), split.ab()[3][63]);
        assertEquals(k, split.ab().length);
    }

    @Test
    void sobolRowsAreStratifiedInEveryProjection() {
        // points 0 .. 2^m - 1 of the sequence are a net: each 1-D projection has one point per stratum of 1/2^m.
        // Skipping the origin, rows 0 .. N-2 of A and B are points 1 .. N-1, so they fill every stratum but
        // the first, one point each; with skip = N the N rows are an exact net again (Owen 2020).
        for (int m = 2; m <= 10; m++) {
            int n = 1 << m;
            SobolSaltelli s = new SobolSaltelli(FOUR, n);
            SobolSaltelli net = new SobolSaltelli(FOUR, n, n);
            for (int d = 0; d < 2 * FOUR.dimension(); d++) {
                int[] skipOne = new int[n];
                int[] skipN = new int[n];
                for (int j = 0; j < n; j++) {
                    double[] row = d < 4 ? s.unitPoint(s.rowA(j)) : s.unitPoint(s.rowB(j));
                    double[] netRow = d < 4 ? net.unitPoint(net.rowA(j)) : net.unitPoint(net.rowB(j));
                    if (j < n - 1) {
                        skipOne[(int) (row[d % 4] * n)]++;
                    }
                    skipN[(int) (netRow[d % 4] * n)]++;
                }
                assertEquals(0, skipOne[0], "m " + m + " column " + d);
                for (int c = 1; c < n; c++) {
                    assertEquals(1, skipOne[c], "m " + m + " column " + d + " stratum " + c);
                }
                int col = d;
                assertTrue(Arrays.stream(skipN).allMatch(c -> c == 1), "skip N: m " + m + " column " + col);
            }
        }
        // and the 2-D projections are far more even than random points: star discrepancy-like check on a 16x16 grid
        int n = 256;
        SobolSaltelli s = new SobolSaltelli(FOUR, n, n);
        int[][] cells = new int[16][16];
        for (int j = 0; j < n; j++) {
            double[] a = s.unitPoint(s.rowA(j));
            cells[(int) (a[0] * 16)][(int) (a[1] * 16)]++;
        }
        int max = Arrays.stream(cells).flatMapToInt(Arrays::stream).max().orElseThrow();
        System.out.println("Sobol 256 rows of A, columns 1-2 on a 16x16 grid: most points in a cell " + max + " (1 expected)");
        assertEquals(1, max);
    }

    @Test
    void morrisStepsChangeOneFactorByDeltaAndStayInTheCube() {
        checkTrajectories(new MorrisTrajectories(FOUR, 30, 4, 11));
        checkTrajectories(new MorrisTrajectories(FOUR, 10, 4, 11, 100));
    }

    private static void checkTrajectories(MorrisTrajectories m) {
        int r = m.trajectories();
        int p = m.levels();
        int k = FOUR.dimension();
        double delta = p / (2.0 * (p - 1));
        assertEquals(delta, m.delta(), 1e-15);
        assertEquals(r * (k + 1), m.size());
        assertEquals(r * k, m.steps().size());
        int[] up = new int[k];
        int[] moved = new int[k];
        for (double[] u : m.unitPoints()) {
            for (double x : u) {
                assertTrue(x >= 0 && x <= 1, "inside the cube: " + x);
                double level = x * (p - 1);
                assertEquals(Math.rint(level), level, 1e-12, "on the grid");
            }
        }
        for (int t = 0; t < r; t++) {
            Set<Integer> factors = new HashSet<>();
            for (Step s : m.steps(t)) {
                assertEquals(t, s.trajectory());
                assertEquals(s.before() + 1, s.after());
                double[] before = m.unitPoint(s.before());
                double[] after = m.unitPoint(s.after());
                for (int i = 0; i < k; i++) {
                    assertEquals(i == s.factor() ? s.delta() : 0, after[i] - before[i], 1e-12, "step " + s);
                }
                assertEquals(delta, Math.abs(s.delta()), 0);
                factors.add(s.factor());
                moved[s.factor()]++;
                if (s.delta() > 0) {
                    up[s.factor()]++;
                }
            }
            assertEquals(k, factors.size(), "every factor moves once per trajectory");
        }
        System.out.println("Morris r=" + r + " p=4 delta=" + m.delta() + ": moves up per factor " + Arrays.toString(up) + " of " + Arrays.toString(moved));
        ParameterSpaceTest.assertField("levels",
                "must be an even number at least 2 (4 is usual), so that a step of p/(2(p-1)) stays on the grid; was 5",
                () -> new MorrisTrajectories(FOUR, 10, 5, 1));
    }

    @Test
    void morrisChosenAmongCandidatesSpreadWider() {
        int r = 10;
        MorrisTrajectories plain = new MorrisTrajectories(FOUR, r, 4, 5);
        MorrisTrajectories chosen = new MorrisTrajectories(FOUR, r, 4, 5, 200);
        List<double[][]> a = new java.util.ArrayList<>();
        List<double[][]> b = new java.util.ArrayList<>();
        for (int t = 0; t < r; t++) {
            a.add(plain.trajectory(t));
            b.add(chosen.trajectory(t));
        }
        double plainSpread = MorrisTrajectories.spread(a);
        double chosenSpread = MorrisTrajectories.spread(b);
        System.out.printf("Morris spread of 10 trajectories: random %.2f, chosen among 200 %.2f%n", plainSpread, chosenSpread);
        assertTrue(chosenSpread > 1.1 * plainSpread, "the chosen trajectories spread wider");
        MorrisTrajectories same = new MorrisTrajectories(FOUR, r, 4, 5, 200);
        for (int i = 0; i < chosen.size(); i++) {
            assertArrayEquals(chosen.unitPoint(i), same.unitPoint(i), 0);
        }
        double[][] one = {{0, 0}, {1, 0}};
        double[][] two = {{0, 0}, {0, 1}};
        assertEquals(2 + Math.sqrt(2), MorrisTrajectories.distance(one, two), 1e-12);
    }

    @Test
    void morrisIsFixedByItsSeed() {
        MorrisTrajectories a = new MorrisTrajectories(FOUR, 10, 6, 3);
        MorrisTrajectories again = new MorrisTrajectories(FOUR, 10, 6, 3);
        MorrisTrajectories other = new MorrisTrajectories(FOUR, 10, 6, 4);
        assertEquals(a.steps(), again.steps());
        boolean differs = false;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.unitPoint(i), again.unitPoint(i), 0);
            differs |= !Arrays.equals(a.unitPoint(i), other.unitPoint(i));
        }
        assertTrue(differs, "another seed, other trajectories");
    }
}
