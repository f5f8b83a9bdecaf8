package org.polycentric.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {
    private static final int N = 2000;
    /** Cell sizes to exercise: automatic (10° for 2,000 points), medium, and fine (many rings). */
    private static final double[] CELL_SIZES = {Double.NaN, 3.0, 0.5};

    private final double[] lat = new double[N];
    private final double[] lon = new double[N];

    SpatialIndexTest() {
        MersenneTwisterFast random = new MersenneTwisterFast(20240601L);
        for (int i = 0; i < N; i++) {
            if (i < 1200) {
                // Uniform on the sphere.
                lat[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
                lon[i] = 360 * random.nextDouble() - 180;
            } else if (i < 1600) {
                // A band straddling the dateline, including the exact values ±180.
                lat[i] = 120 * random.nextDouble() - 60;
                double offset = 2 * random.nextDouble();
                lon[i] = random.nextBoolean() ? 180 - offset : -180 + offset;
                if (i % 97 == 0) {
                    lon[i] = i % 2 == 0 ? 180 : -180;
                }
            } else if (i < 1750) {
                // Near both poles, with some points exactly on them.
                lat[i] = (random.nextBoolean() ? 1 : -1) * (90 - 3 * random.nextDouble());
                lon[i] = 360 * random.nextDouble() - 180;
                if (i % 50 == 0) {
                    lat[i] = i % 100 == 0 ? 90 : -90;
                }
            } else if (i < 1900) {
                // A dense cluster (a metropolitan area) with many points per fine cell.
                lat[i] = 48.8 + 0.2 * random.nextDouble();
                lon[i] = 2.2 + 0.3 * random.nextDouble();
            } else {
                // Exact duplicates of earlier points, so that ties must be broken by index.
                int j = random.nextInt(1900);
                lat[i] = lat[j];
                lon[i] = lon[j];
            }
        }
    }

    @Test
    void distanceKmKnownValues() {
        assertEquals(344, SpatialIndex.distanceKm(51.5074, -0.1278, 48.8566, 2.3522), 2);
        assertEquals(SpatialIndex.distanceKm(48.8566, 2.3522, 51.5074, -0.1278),
                SpatialIndex.distanceKm(51.5074, -0.1278, 48.8566, 2.3522));
        assertEquals(0, SpatialIndex.distanceKm(10, 20, 10, 20));
        double r = SpatialIndex.EARTH_RADIUS_KM;
        assertEquals(Math.PI * r / 2, SpatialIndex.distanceKm(0, 0, 90, 0), 1e-9);
        assertEquals(Math.PI * r, SpatialIndex.distanceKm(0, 0, 0, 180), 1e-9);
        // One degree of longitude across the dateline on the equator.
        assertEquals(Math.PI * r / 180, SpatialIndex.distanceKm(0, 179.5, 0, -179.5), 1e-9);
        // Longitude is irrelevant at a pole.
        assertEquals(0, SpatialIndex.distanceKm(90, 10, 90, -150), 1e-9);
    }

    @Test
    void nearestEqualsBruteForce() {
        for (double cell : CELL_SIZES) {
            SpatialIndex index = index(cell);
            for (int i = 0; i < N; i++) {
                assertArrayEquals(bruteNearest(i, 7, j -> true), index.nearest(i, 7, j -> true),
                        "k=7, point " + i + ", cell " + index.cellDegrees());
            }
        }
    }

    @Test
    void nearestWithPredicateEqualsBruteForce() {
        IntPredicate everyThird = j -> j % 3 == 0;
        for (double cell : CELL_SIZES) {
            SpatialIndex index = index(cell);
            for (int i = 0; i < N; i += 3) {
                assertArrayEquals(bruteNearest(i, 5, everyThird), index.nearest(i, 5, everyThird),
                        "point " + i + ", cell " + index.cellDegrees());
            }
        }
    }

    @Test
    void nearestReturnsFewerWhenNotEnoughPointsAreAccepted() {
        IntPredicate few = j -> j % 200 == 17;
        for (double cell : CELL_SIZES) {
            SpatialIndex index = index(cell);
            int[] result = index.nearest(1234, 50, few);
            assertEquals(10, result.length);
            assertArrayEquals(bruteNearest(1234, 50, few), result);
            assertArrayEquals(bruteNearest(17, 50, few), index.nearest(17, 50, few));
            assertEquals(9, index.nearest(17, 50, few).length, "the query point itself is excluded");
            assertEquals(0, index.nearest(5, 0, j -> true).length);
            assertEquals(N - 1, index.nearest(5, N + 10, j -> true).length);
        }
    }

    @Test
    void forEachWithinEqualsBruteForce() {
        double[][] queries = {
            {lat[0], lon[0]}, {lat[1300], lon[1300]}, {lat[1700], lon[1700]}, {48.9, 2.3},
            {0, 180}, {10, -179.9}, {-45, 179.99}, {90, 0}, {-89.5, 120}, {89.9, -180}, {0, 540.5},
        };
        double[] radii = {0, 50, 300, 1500, 6000, 25_000};
        for (double cell : CELL_SIZES) {
            SpatialIndex index = index(cell);
            for (double[] q : queries) {
                for (double radius : radii) {
                    List<double[]> visited = new ArrayList<>();
                    index.forEachWithin(q[0], q[1], radius, (j, d) -> visited.add(new double[] {j, d}));
                    List<double[]> expected = new ArrayList<>();
                    for (int j = 0; j < N; j++) {
                        double d = SpatialIndex.distanceKm(q[0], q[1], lat[j], lon[j]);
                        if (d <= radius) {
                            expected.add(new double[] {j, d});
                        }
                    }
                    visited.sort(Comparator.comparingDouble(v -> v[0]));
                    String where = Arrays.toString(q) + " r=" + radius + " cell=" + index.cellDegrees();
                    assertEquals(expected.size(), visited.size(), where);
                    for (int t = 0; t < expected.size(); t++) {
                        assertArrayEquals(expected.get(t), visited.get(t), where);
                    }
                }
            }
        }
    }

    @Test
    void forEachWithinVisitsInADataDeterminedOrder() {
        SpatialIndex a = index(0.5);
        SpatialIndex b = index(0.5);
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        a.forEachWithin(49, 2, 2000, (j, d) -> first.add(j));
        b.forEachWithin(49, 2, 2000, (j, d) -> second.add(j));
        assertTrue(first.size() > 150);
        assertEquals(first, second);
        // The duplicates share a cell with their originals and come after them.
        for (int t = 1; t < first.size(); t++) {
            int prev = first.get(t - 1);
            int cur = first.get(t);
            if (lat[prev] == lat[cur] && lon[prev] == lon[cur]) {
                assertTrue(prev < cur, "same cell visited out of index order");
            }
        }
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class, () -> new SpatialIndex(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new SpatialIndex(new double[] {91}, new double[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> new SpatialIndex(new double[] {0}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> new SpatialIndex(new double[] {0}, new double[] {0}, 0.01));
        SpatialIndex index = index(Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> index.nearest(0, -1, j -> true));
        assertThrows(IndexOutOfBoundsException.class, () -> index.nearest(N, 1, j -> true));
        assertThrows(IllegalArgumentException.class, () -> index.forEachWithin(0, 0, Double.NaN, (j, d) -> { }));
    }

    private SpatialIndex index(double cell) {
        SpatialIndex index = Double.isNaN(cell) ? new SpatialIndex(lat, lon) : new SpatialIndex(lat, lon, cell);
        assertEquals(N, index.size());
        return index;
    }

    private int[] bruteNearest(int i, int k, IntPredicate accept) {
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < N; j++) {
            if (j != i && accept.test(j)) {
                candidates.add(new double[] {SpatialIndex.distanceKm(lat[i], lon[i], lat[j], lon[j]), j});
            }
        }
        candidates.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]));
        return candidates.stream().limit(k).mapToInt(c -> (int) c[1]).toArray();
    }
}
