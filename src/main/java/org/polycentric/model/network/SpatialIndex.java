package org.polycentric.model.network;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A static grid index over points on the sphere for nearest-neighbour and radius queries.
 *
 * <p>The globe is cut into square lat/lon cells; points are stored cell by cell (within a cell in
 * increasing index order) in flat arrays, 32 bytes per point plus 4 bytes per cell, with no
 * per-point objects. Queries scan the cells covering the bounding box of a spherical cap, so
 * longitude wrap-around at ±180° is handled by wrapping column indices, and a cap that reaches a
 * pole simply scans every column of the rows it covers.
 *
 * <p>All distances are great-circle distances computed exactly as {@link #distanceKm} computes
 * them, with {@link StrictMath}, so query results are bit-identical on every platform and agree
 * with a brute-force scan using {@link #distanceKm}.
 */
public final class SpatialIndex {
    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** Smallest accepted cell size; smaller cells would cost more memory than they save time. */
    public static final double MIN_CELL_DEGREES = 0.05;

    /** The automatic cell size aims at this many points per cell averaged over the whole globe. */
    private static final double POINTS_PER_CELL = 4;
    private static final double MAX_AUTO_CELL_DEGREES = 10;
    /**
     * Widens every bounding box (about 6 mm) so that rounding in the box arithmetic can never
     * leave out a point whose computed distance is within the query radius.
     */
    private static final double BOX_MARGIN_RADIANS = 1e-9;

    private final int size;
    private final double cellDegrees;
    private final int rows;
    private final int cols;
    /** Points of cell {@code c} occupy slots {@code cellStart[c] .. cellStart[c + 1] - 1}. */
    private final int[] cellStart;
    private final int[] pointAt;
    private final int[] slotOf;
    private final double[] phi;
    private final double[] lambda;
    private final double[] cosPhi;
    /** Radius increment between successive rings of a nearest-neighbour search. */
    private final double ringStepKm;

    /**
     * Indexes the points with a cell size chosen from their number and spread (about four points
     * per cell on average over the occupied area, between {@link #MIN_CELL_DEGREES} and 10°).
     *
     * @param lat latitudes in degrees, in [-90, 90]
     * @param lon longitudes in degrees, any finite value (taken modulo 360)
     * @throws IllegalArgumentException if the arrays differ in length or hold invalid coordinates
     */
    public SpatialIndex(double[] lat, double[] lon) {
        this(lat, lon, autoCellDegrees(lat, lon));
    }

    /**
     * Indexes the points with cells of about {@code cellDegrees} (rounded down so that 180° is a
     * whole number of cells).
     *
     * @param lat         latitudes in degrees, in [-90, 90]
     * @param lon         longitudes in degrees, any finite value (taken modulo 360)
     * @param cellDegrees cell side in degrees, in [{@link #MIN_CELL_DEGREES}, 180]
     * @throws IllegalArgumentException if the arrays differ in length, hold invalid coordinates,
     *                                  or the cell size is out of range
     */
    public SpatialIndex(double[] lat, double[] lon, double cellDegrees) {
        if (lat.length != lon.length) {
            throw new IllegalArgumentException(
                    "lat and lon differ in length: " + lat.length + " vs " + lon.length);
        }
        if (!(cellDegrees >= MIN_CELL_DEGREES && cellDegrees <= 180)) {
            throw new IllegalArgumentException(
                    "cellDegrees must be in [" + MIN_CELL_DEGREES + ", 180], was " + cellDegrees);
        }
        size = lat.length;
        rows = (int) Math.ceil(180 / cellDegrees);
        cols = 2 * rows;
        this.cellDegrees = 180.0 / rows;
        ringStepKm = Math.toRadians(this.cellDegrees) * EARTH_RADIUS_KM / 2;

        int[] cellOf = new int[size];
        cellStart = new int[rows * cols + 1];
        for (int i = 0; i < size; i++) {
            if (!(lat[i] >= -90 && lat[i] <= 90) || !Double.isFinite(lon[i])) {
                throw new IllegalArgumentException(
                        "invalid coordinates at index " + i + ": lat " + lat[i] + ", lon " + lon[i]);
            }
            cellOf[i] = rowOf(lat[i]) * cols + Math.floorMod(columnOf(normalizeLon(lon[i])), cols);
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < rows * cols; c++) {
            cellStart[c + 1] += cellStart[c];
        }

        pointAt = new int[size];
        slotOf = new int[size];
        phi = new double[size];
        lambda = new double[size];
        cosPhi = new double[size];
        int[] cursor = Arrays.copyOf(cellStart, rows * cols);
        // Visiting indices in increasing order keeps each cell's slots in increasing index order.
        for (int i = 0; i < size; i++) {
            int slot = cursor[cellOf[i]]++;
            pointAt[slot] = i;
            slotOf[i] = slot;
            phi[slot] = StrictMath.toRadians(lat[i]);
            lambda[slot] = StrictMath.toRadians(lon[i]);
            cosPhi[slot] = StrictMath.cos(phi[slot]);
        }
    }

    /**
     * Great-circle distance by the haversine formula on a sphere of radius
     * {@link #EARTH_RADIUS_KM}.
     *
     * @return distance in km
     */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = StrictMath.toRadians(lat1);
        double phi2 = StrictMath.toRadians(lat2);
        return haversineKm(phi1, StrictMath.toRadians(lon1), StrictMath.cos(phi1),
                phi2, StrictMath.toRadians(lon2), StrictMath.cos(phi2));
    }

    /** Number of indexed points. */
    public int size() {
        return size;
    }

    /** The cell side actually used, in degrees. */
    public double cellDegrees() {
        return cellDegrees;
    }

    /**
     * The {@code k} points nearest to point {@code i}, excluding {@code i} itself, among those the
     * predicate accepts; fewer if not enough points are accepted. Ordered by distance, ties by
     * index. The predicate is called at most once per point, in no specified order.
     *
     * <p>Searches rings of growing radius (half a cell per ring) outwards from the point and stops
     * once {@code k} candidates are known and the ring radius, below which every point has been
     * seen, reaches the {@code k}-th distance.
     *
     * @param i      index of the query point
     * @param k      number of neighbours wanted
     * @param accept which points may be returned
     * @return indices of the nearest accepted points, nearest first
     * @throws IndexOutOfBoundsException if {@code i} is not a point index
     * @throws IllegalArgumentException  if {@code k < 0}
     */
    public int[] nearest(int i, int k, IntPredicate accept) {
        Objects.checkIndex(i, size);
        Objects.requireNonNull(accept, "accept");
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, was " + k);
        }
        int s = slotOf[i];
        double phiQ = phi[s];
        double lambdaQ = lambda[s];
        double cosQ = cosPhi[s];
        double latDeg = Math.toDegrees(phiQ);
        double lonDeg = normalizeLon(Math.toDegrees(lambdaQ));

        Candidates best = new Candidates(Math.min(k, size - 1));
        if (best.capacity() == 0) {
            return new int[0];
        }
        SlotSink offer = slot -> {
            int j = pointAt[slot];
            if (j != i && accept.test(j)) {
                best.offer(haversineKm(phiQ, lambdaQ, cosQ, phi[slot], lambda[slot], cosPhi[slot]), j);
            }
        };
        CellBox seen = null;
        for (int ring = 1; ; ring++) {
            double radiusKm = ring * ringStepKm;
            CellBox box = box(latDeg, lonDeg, phiQ, radiusKm);
            scanCells(box, seen, offer);
            if ((best.isFull() && best.worstDistance() <= radiusKm) || coversGlobe(box)) {
                return best.sortedIndices();
            }
            seen = box;
        }
    }

    /**
     * Calls {@code visitor} for every point within {@code radiusKm} (inclusive) of the location.
     * Cells are visited in a fixed order (rows south to north, columns west to east starting at the
     * western edge of the search box) and points within a cell in increasing index order, so the
     * visiting order depends only on the data and the query.
     *
     * @param lat      latitude in degrees, in [-90, 90]
     * @param lon      longitude in degrees, any finite value
     * @param radiusKm search radius; a negative radius visits nothing
     * @param visitor  receives each point's index and distance in km
     * @throws IllegalArgumentException if the coordinates or radius are not valid numbers
     */
    public void forEachWithin(double lat, double lon, double radiusKm, IntDoubleConsumer visitor) {
        Objects.requireNonNull(visitor, "visitor");
        if (!(lat >= -90 && lat <= 90) || !Double.isFinite(lon) || Double.isNaN(radiusKm)) {
            throw new IllegalArgumentException(
                    "invalid query: lat " + lat + ", lon " + lon + ", radius " + radiusKm);
        }
        if (radiusKm < 0) {
            return;
        }
        double phiQ = StrictMath.toRadians(lat);
        double lambdaQ = StrictMath.toRadians(lon);
        double cosQ = StrictMath.cos(phiQ);
        CellBox box = box(lat, normalizeLon(lon), phiQ, radiusKm);
        scanCells(box, null, slot -> {
            double d = haversineKm(phiQ, lambdaQ, cosQ, phi[slot], lambda[slot], cosPhi[slot]);
            if (d <= radiusKm) {
                visitor.accept(pointAt[slot], d);
            }
        });
    }

    private static double haversineKm(double phi1, double lambda1, double cos1,
                                      double phi2, double lambda2, double cos2) {
        double sinHalfDPhi = StrictMath.sin((phi2 - phi1) / 2);
        double sinHalfDLambda = StrictMath.sin((lambda2 - lambda1) / 2);
        double a = sinHalfDPhi * sinHalfDPhi + cos1 * cos2 * sinHalfDLambda * sinHalfDLambda;
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1, StrictMath.sqrt(a)));
    }

    /**
     * About four points per cell over the area the points actually occupy (counted in 1-degree
     * cells), so clustered worlds get fine cells and k-nearest searches stay short.
     */
    private static double autoCellDegrees(double[] lat, double[] lon) {
        int n = lat.length;
        java.util.BitSet occupied = new java.util.BitSet(360 * 181);
        for (int i = 0; i < n; i++) {
            int row = (int) Math.floor(lat[i] + 90);
            int col = Math.floorMod((int) Math.floor(lon[i] + 180), 360);
            occupied.set(Math.max(0, Math.min(180, row)) * 360 + col);
        }
        double area = Math.max(1, occupied.cardinality());
        double degrees = Math.sqrt(area * POINTS_PER_CELL / Math.max(1, n));
        return Math.max(MIN_CELL_DEGREES, Math.min(MAX_AUTO_CELL_DEGREES, degrees));
    }

    /** Longitude in [-180, 180], up to rounding. */
    private static double normalizeLon(double lon) {
        return lon - 360 * Math.floor((lon + 180) / 360);
    }

    private int rowOf(double latDeg) {
        int row = (int) Math.floor((latDeg + 90) / cellDegrees);
        return Math.max(0, Math.min(rows - 1, row));
    }

    /** Unwrapped column of a longitude in about [-540, 540]; callers reduce it modulo cols. */
    private int columnOf(double lonDeg) {
        return (int) Math.floor((lonDeg + 180) / cellDegrees);
    }

    /**
     * The cells covering the bounding box of the spherical cap of the given radius. The longitude
     * half-width of a cap of angular radius r around latitude φ is asin(sin r / cos φ), as long as
     * the cap does not contain a pole (Matuschek, "Finding points within a distance of a
     * latitude/longitude using bounding coordinates"); otherwise it spans all longitudes.
     * Boxes of growing radius around the same centre are nested.
     */
    private CellBox box(double latDeg, double lonDeg, double phiQ, double radiusKm) {
        double r = radiusKm / EARTH_RADIUS_KM + BOX_MARGIN_RADIANS;
        if (r >= Math.PI) {
            return new CellBox(0, rows - 1, 0, cols - 1, true);
        }
        double rDeg = Math.toDegrees(r);
        int rowLo = rowOf(latDeg - rDeg);
        int rowHi = rowOf(latDeg + rDeg);
        if (phiQ + r >= Math.PI / 2 || phiQ - r <= -Math.PI / 2) {
            return new CellBox(rowLo, rowHi, 0, cols - 1, true);
        }
        double halfWidth = Math.toDegrees(
                StrictMath.asin(Math.min(1, StrictMath.sin(r) / StrictMath.cos(phiQ))));
        int colLo = columnOf(lonDeg - halfWidth);
        int colHi = columnOf(lonDeg + halfWidth);
        if (colHi - colLo + 1 >= cols) {
            return new CellBox(rowLo, rowHi, 0, cols - 1, true);
        }
        return new CellBox(rowLo, rowHi, colLo, colHi, false);
    }

    private boolean coversGlobe(CellBox box) {
        return box.allColumns && box.rowLo == 0 && box.rowHi == rows - 1;
    }

    /**
     * Feeds every slot of the cells in {@code box} but not in {@code seen} (which must be nested in
     * {@code box}, or null) to the sink, row by row, columns in increasing unwrapped order.
     */
    private void scanCells(CellBox box, CellBox seen, SlotSink sink) {
        for (int row = box.rowLo; row <= box.rowHi; row++) {
            if (seen == null || row < seen.rowLo || row > seen.rowHi) {
                scanRow(row, box.colLo, box.colHi, sink);
            } else if (box.allColumns && !seen.allColumns) {
                scanRow(row, seen.colHi + 1, seen.colLo - 1 + cols, sink);
            } else if (!box.allColumns) {
                scanRow(row, box.colLo, seen.colLo - 1, sink);
                scanRow(row, seen.colHi + 1, box.colHi, sink);
            }
        }
    }

    private void scanRow(int row, int colFrom, int colTo, SlotSink sink) {
        int base = row * cols;
        for (int c = colFrom; c <= colTo; c++) {
            int cell = base + Math.floorMod(c, cols);
            for (int slot = cellStart[cell], end = cellStart[cell + 1]; slot < end; slot++) {
                sink.accept(slot);
            }
        }
    }

    @FunctionalInterface
    private interface SlotSink {
        void accept(int slot);
    }

    /** A block of cell rows and (unwrapped, possibly out-of-range) columns. */
    private static final class CellBox {
        final int rowLo;
        final int rowHi;
        final int colLo;
        final int colHi;
        final boolean allColumns;

        CellBox(int rowLo, int rowHi, int colLo, int colHi, boolean allColumns) {
            this.rowLo = rowLo;
            this.rowHi = rowHi;
            this.colLo = colLo;
            this.colHi = colHi;
            this.allColumns = allColumns;
        }
    }

    /**
     * The best candidates so far: a bounded max-heap on (distance, index), so the worst one is at
     * the root and is replaced when a better candidate arrives.
     */
    private static final class Candidates {
        private final double[] distance;
        private final int[] index;
        private int count;

        Candidates(int capacity) {
            distance = new double[capacity];
            index = new int[capacity];
        }

        int capacity() {
            return index.length;
        }

        boolean isFull() {
            return count == index.length;
        }

        double worstDistance() {
            return distance[0];
        }

        void offer(double d, int j) {
            if (count < index.length) {
                int at = count++;
                while (at > 0) {
                    int parent = (at - 1) >>> 1;
                    if (!worse(d, j, distance[parent], index[parent])) {
                        break;
                    }
                    distance[at] = distance[parent];
                    index[at] = index[parent];
                    at = parent;
                }
                distance[at] = d;
                index[at] = j;
            } else if (worse(distance[0], index[0], d, j)) {
                siftDown(d, j);
            }
        }

        /** Empties the heap into an array ordered by (distance, index). */
        int[] sortedIndices() {
            int[] result = new int[count];
            while (count > 0) {
                result[count - 1] = index[0];
                count--;
                siftDown(distance[count], index[count]);
            }
            return result;
        }

        /** Places (d, j) at the root and moves it down to restore the heap over {@code count}. */
        private void siftDown(double d, int j) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= count) {
                    break;
                }
                if (child + 1 < count
                        && worse(distance[child + 1], index[child + 1], distance[child], index[child])) {
                    child++;
                }
                if (!worse(distance[child], index[child], d, j)) {
                    break;
                }
                distance[at] = distance[child];
                index[at] = index[child];
                at = child;
            }
            distance[at] = d;
            index[at] = j;
        }

        private static boolean worse(double d1, int j1, double d2, int j2) {
            return d1 > d2 || (d1 == d2 && j1 > j2);
        }
    }
}
