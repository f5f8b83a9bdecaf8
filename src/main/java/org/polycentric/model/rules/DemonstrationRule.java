package org.polycentric.model.rules;

import java.util.Arrays;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.IntList;
import org.polycentric.model.RandomStream;
import org.polycentric.model.SnapshotFollower;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.network.SpatialIndex;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Leading global cities demonstrate and pull their city clusters along (M4): the signal is
 * min(1, sum over pledged global-tier cities j of exp(-d_ij / lengthScaleKm)), counting only leaders
 * within {@code cutoffKm} (at most the {@code maxLeaders} nearest). The kernel is computed once, in compact
 * arrays, so a step costs one pass
 * over the cities plus a recount of the cities near leaders whose pledge changed. Rests on demonstration and
 * emulation effects among neighbouring cities
 * (Shipan &amp; Volden 2008 on policy diffusion; Acuto 2013 on global cities as leaders).
 */
public final class DemonstrationRule implements Rule {

    /** @param maxLeaders only the nearest leaders count, which bounds memory in dense worlds */
    public record Params(boolean enabled, double weight, double lengthScaleKm, double cutoffKm, int maxLeaders)
            implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("lengthScaleKm", lengthScaleKm);
            Check.positive("cutoffKm", cutoffKm);
            Check.range("maxLeaders", maxLeaders, 1, 100_000);
        }
    }

    private final Params params;
    private int[] offsets;
    private int[] leaders;
    private double[] kernel;
    private int[] followerOffsets;
    private int[] followers;
    /** Each city's kernel sum over pledged leaders, as of this step's snapshot. */
    private double[] demonstration;
    /** Keeps {@link #demonstration} in step with the snapshots; the first step counts everything. */
    private final SnapshotFollower snapshot = new SnapshotFollower();

    public DemonstrationRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        Cities c = world.cities();
        IntList global = new IntList();
        for (int i = 0; i < c.count(); i++) {
            if (c.tier[i] == Tier.GLOBAL.ordinal()) {
                global.add(i);
            }
        }
        int[] g = global.toArray();
        double[] lat = new double[g.length];
        double[] lon = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            lat[k] = c.lat[g[k]];
            lon[k] = c.lon[g[k]];
        }
        // leaders are few and the radius wide: cells of half the radius keep each query to ~100 cells
        double cellDegrees = Math.min(10.0, Math.max(SpatialIndex.MIN_CELL_DEGREES, params.cutoffKm() / 111.0 / 2));
        SpatialIndex index = new SpatialIndex(lat, lon, cellDegrees);
        offsets = new int[c.count() + 1];
        IntList pairs = new IntList();
        double[] weights = new double[1024];
        double scale = params.lengthScaleKm();
        Nearest nearest = new Nearest(params.maxLeaders());
        for (int i = 0; i < c.count(); i++) {
            final int self = i;
            nearest.clear();
            index.forEachWithin(c.lat[i], c.lon[i], params.cutoffKm(), (k, d) -> {
                if (g[k] != self) {
                    nearest.offer(d, g[k]);
                }
            });
            nearest.sort();
            for (int k = 0; k < nearest.size; k++) {
                if (pairs.size() == weights.length) {
                    weights = Arrays.copyOf(weights, weights.length * 2);
                }
                weights[pairs.size()] = Math.exp(-nearest.distance[k] / scale);
                pairs.add(nearest.leader[k]);
            }
            offsets[i + 1] = pairs.size();
        }
        leaders = pairs.toArray();
        kernel = Arrays.copyOf(weights, leaders.length);
        indexFollowers(c.count());
    }

    /**
     * The {@code capacity} nearest leaders seen so far, by distance then index (so the result does
     * not depend on the order the spatial index visits them): a bounded selection, O(capacity) per
     * offer, rather than sorting every leader within the cut-off.
     */
    private static final class Nearest {
        final double[] distance;
        final int[] leader;
        int size;

        Nearest(int capacity) {
            distance = new double[capacity];
            leader = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        void offer(double d, int who) {
            if (size < distance.length) {
                distance[size] = d;
                leader[size++] = who;
                return;
            }
            int worst = 0;
            for (int k = 1; k < size; k++) {
                if (before(distance[worst], leader[worst], distance[k], leader[k])) {
                    worst = k;
                }
            }
            if (before(d, who, distance[worst], leader[worst])) {
                distance[worst] = d;
                leader[worst] = who;
            }
        }

        /** Nearest first, ties by index (insertion sort: at most maxLeaders entries). */
        void sort() {
            for (int a = 1; a < size; a++) {
                double d = distance[a];
                int who = leader[a];
                int b = a - 1;
                while (b >= 0 && before(d, who, distance[b], leader[b])) {
                    distance[b + 1] = distance[b];
                    leader[b + 1] = leader[b];
                    b--;
                }
                distance[b + 1] = d;
                leader[b + 1] = who;
            }
        }

        private static boolean before(double d1, int i1, double d2, int i2) {
            return d1 < d2 || (d1 == d2 && i1 < i2);
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        refresh(c);
        boolean[] x = c.pledgedAtStepStart;
        double w = params.weight();
        for (int i = 0; i < demonstration.length; i++) {
            if (!x[i] && demonstration[i] > 0) {
                pressures.signal[i] += w * Math.min(1.0, demonstration[i]);
            }
        }
    }

    /** Recomputes the sums of the cities near leaders whose pledge changed since they were counted. */
    private void refresh(Cities c) {
        snapshot.catchUp(c, () -> {
            for (int i = 0; i < demonstration.length; i++) {
                demonstration[i] = sum(c, i);
            }
        }, leader -> {
            if (c.tier[leader] == Tier.GLOBAL.ordinal()) {
                for (int r = followerOffsets[leader]; r < followerOffsets[leader + 1]; r++) {
                    demonstration[followers[r]] = sum(c, followers[r]);
                }
            }
        });
    }

    private double sum(Cities c, int i) {
        long[] bits = c.pledgedBitsAtStepStart;
        double s = 0;
        for (int e = offsets[i]; e < offsets[i + 1]; e++) {
            s += kernel[e] * Cities.pledgedBit(bits, leaders[e]);
        }
        return s;
    }

    /** The reverse of the kernel: for each leader, the cities that count it. */
    private void indexFollowers(int cities) {
        followerOffsets = new int[cities + 1];
        for (int leader : leaders) {
            followerOffsets[leader + 1]++;
        }
        for (int i = 0; i < cities; i++) {
            followerOffsets[i + 1] += followerOffsets[i];
        }
        followers = new int[leaders.length];
        int[] fill = Arrays.copyOf(followerOffsets, cities);
        for (int i = 0; i < cities; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                followers[fill[leaders[e]]++] = i;
            }
        }
        demonstration = new double[cities];
    }
}
