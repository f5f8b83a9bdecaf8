package org.polycentric.model.metrics;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.Tier;
import org.polycentric.model.World;

/**
 * Records every metric of {@link Metric} for its groups, once at the start and after every step.
 * It reads the world and never changes it; one pass over cities and firms per record, into
 * accumulators allocated once.
 */
public final class Recorder {
    public static final String ALL = "all";
    public static final String NORTH = "north";
    public static final String SOUTH = "south";

    private static final byte ON_TRACK = PledgeStatus.ON_TRACK.code();
    private static final byte OFF_TRACK = PledgeStatus.OFF_TRACK.code();
    private static final byte ACHIEVED = PledgeStatus.ACHIEVED.code();
    private static final byte WITHDRAWN = PledgeStatus.WITHDRAWN.code();
    private static final int G_ALL = 0;
    private static final int G_NORTH = 1;
    private static final int G_SOUTH = 2;
    private static final int G_TIER = 3;

    private final World world;
    private final List<String> cityGroups = new ArrayList<>();
    private final int blocOffset;
    private final MetricTable table;
    private final int[] citySeries;   // first series index of each city metric (groups follow)
    private final int[] nationSeries;
    private final int rivalrySeries;
    private final int networkSeries;

    // cells: one per (north/south, tier, bloc); every city falls in exactly one
    private final int[] cellOf;
    private final boolean[] cellNorth;
    private final int[] cellTier;
    private final int[] cellBloc;

    // accumulators, one slot per cell
    private final double[] count;
    private final double[] pledged;
    private final double[] population;
    private final double[] popPledged;
    private final double[] emissions;
    private final double[] emissionsPledged;
    private final double[] pathway;
    private final double[] members;
    private final double[] capacity;
    private final double[] onTrack;
    private final double[] offTrack;
    private final double[] achieved;
    private final double[] withdrawn;
    private final double[] firms;
    private final double[] firmsPledged;

    public Recorder(World world) {
        this.world = world;
        cityGroups.add(ALL);
        cityGroups.add(NORTH);
        cityGroups.add(SOUTH);
        for (Tier t : Tier.values()) {
            cityGroups.add("tier_" + t.label());
        }
        blocOffset = cityGroups.size();
        for (String b : world.blocs()) {
            cityGroups.add("bloc_" + b);
        }
        List<String> nationGroups = new ArrayList<>(List.of(ALL, NORTH, SOUTH));
        for (String b : world.blocs()) {
            nationGroups.add("bloc_" + b);
        }

        List<SeriesKey> keys = new ArrayList<>();
        List<Integer> cityStart = new ArrayList<>();
        List<Integer> nationStart = new ArrayList<>();
        int rivalryIdx = -1;
        int networkIdx = -1;
        for (Metric m : Metric.values()) {
            switch (m.scope()) {
                case CITY -> {
                    cityStart.add(keys.size());
                    cityGroups.forEach(g -> keys.add(new SeriesKey(m.id(), g)));
                }
                case NATION -> {
                    nationStart.add(keys.size());
                    nationGroups.forEach(g -> keys.add(new SeriesKey(m.id(), g)));
                }
                case WORLD -> {
                    rivalryIdx = keys.size();
                    keys.add(new SeriesKey(m.id(), ALL));
                }
                case NETWORK -> {
                    networkIdx = keys.size();
                    for (CityNetwork n : world.networks()) {
                        keys.add(new SeriesKey(m.id(), n.name()));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        citySeries = cityStart.stream().mapToInt(Integer::intValue).toArray();
        nationSeries = nationStart.stream().mapToInt(Integer::intValue).toArray();
        rivalrySeries = rivalryIdx;
        networkSeries = networkIdx;
        table = new MetricTable(keys, world.time().steps() + 1, world.time().startYear(), world.time().stepsPerYear());

        int blocs = world.blocs().size();
        int tiers = Tier.values().length;
        int g = 2 * tiers * blocs;
        cellNorth = new boolean[g];
        cellTier = new int[g];
        cellBloc = new int[g];
        for (int cell = 0; cell < g; cell++) {
            cellNorth[cell] = cell / (tiers * blocs) == 0;
            cellTier[cell] = cell / blocs % tiers;
            cellBloc[cell] = cell % blocs;
        }
        Cities cs = world.cities();
        cellOf = new int[cs.count()];
        for (int i = 0; i < cs.count(); i++) {
            cellOf[i] = ((cs.north[i] ? 0 : 1) * tiers + cs.tier[i]) * blocs + cs.bloc[i];
        }
        count = new double[g];
        pledged = new double[g];
        population = new double[g];
        popPledged = new double[g];
        emissions = new double[g];
        emissionsPledged = new double[g];
        pathway = new double[g];
        members = new double[g];
        capacity = new double[g];
        onTrack = new double[g];
        offTrack = new double[g];
        achieved = new double[g];
        withdrawn = new double[g];
        firms = new double[g];
        firmsPledged = new double[g];
    }

    public MetricTable table() {
        return table;
    }

    /** Group names of the city metrics, in series order. */
    public List<String> cityGroups() {
        return List.copyOf(cityGroups);
    }

    /** Records the current state as record {@code record} (0 = start, s = after step s). */
    public void record(int record) {
        clear();
        Cities c = world.cities();
        double year = world.time().yearAt(record);
        // one pass into cells (north/south x tier x bloc), then cells into groups
        for (int i = 0; i < c.count(); i++) {
            int cell = cellOf[i];
            byte st = c.status[i];
            double e = c.emissions[i];
            count[cell]++;
            population[cell] += c.population[i];
            emissions[cell] += e;
            capacity[cell] += c.capacity[i];
            if (c.networkMask[i] != 0) {
                members[cell]++;
            }
            if (PledgeStatus.isPledged(st)) {
                pledged[cell]++;
                popPledged[cell] += c.population[i];
                emissionsPledged[cell] += e;
                pathway[cell] += c.pathway(i, year);
            }
            if (st == ON_TRACK) {
                onTrack[cell]++;
            } else if (st == OFF_TRACK) {
                offTrack[cell]++;
            } else if (st == ACHIEVED) {
                achieved[cell]++;
            } else if (st == WITHDRAWN) {
                withdrawn[cell]++;
            }
        }
        Firms f = world.firms();
        for (int j = 0; j < f.count(); j++) {
            int cell = cellOf[f.homeCity[j]];
            firms[cell]++;
            if (f.pledged[j]) {
                firmsPledged[cell]++;
            }
        }
        double[][] cells = {count, pledged, population, popPledged, emissions, emissionsPledged, pathway, members,
            capacity, onTrack, offTrack, achieved, withdrawn, firms, firmsPledged};
        double[][] g = new double[cells.length][];
        for (int a = 0; a < cells.length; a++) {
            g[a] = toGroups(cells[a]);
        }
        double[][] perMetric = {
            g[1], ratio(g[1], g[0]), ratio(g[3], g[2]), scale(g[4], 1e-6), ratio(g[5], g[4]), scale(g[5], 1e-6),
            scale(g[6], 1e-6), g[7], ratio(g[7], g[0]), ratio(g[8], g[0]), g[9], g[10], g[11], g[12],
            ratio(g[14], g[13])
        };
        for (int m = 0; m < citySeries.length; m++) {
            for (int k = 0; k < cityGroups.size(); k++) {
                table.set(record, citySeries[m] + k, perMetric[m][k]);
            }
        }
        recordNations(record);
        table.set(record, rivalrySeries, world.rivalry());
        CityNetwork[] nets = world.networks();
        for (int n = 0; n < nets.length; n++) {
            table.set(record, networkSeries + n, nets[n].memberCount());
        }
    }

    /** Sums cell accumulators into the city groups: all, north, south, tiers, blocs. */
    private double[] toGroups(double[] cells) {
        double[] out = new double[cityGroups.size()];
        for (int cell = 0; cell < cells.length; cell++) {
            double v = cells[cell];
            out[G_ALL] += v;
            out[cellNorth[cell] ? G_NORTH : G_SOUTH] += v;
            out[G_TIER + cellTier[cell]] += v;
            out[blocOffset + cellBloc[cell]] += v;
        }
        return out;
    }

    private void recordNations(int record) {
        int groups = 3 + world.blocs().size();
        double[] n = new double[groups];
        double[] target = new double[groups];
        double[] stance = new double[groups];
        for (Nation nation : world.nations()) {
            int[] gs = {0, nation.north() ? 1 : 2, 3 + nation.bloc()};
            for (int g : gs) {
                n[g]++;
                stance[g] += nation.stance();
                if (nation.hasNetZeroTarget()) {
                    target[g]++;
                }
            }
        }
        double[][] perMetric = {target, ratio(target, n), ratio(stance, n)};
        for (int m = 0; m < nationSeries.length; m++) {
            for (int g = 0; g < groups; g++) {
                table.set(record, nationSeries[m] + g, perMetric[m][g]);
            }
        }
    }

    private void clear() {
        for (double[] a : new double[][] {count, pledged, population, popPledged, emissions, emissionsPledged, pathway,
            members, capacity, onTrack, offTrack, achieved, withdrawn, firms, firmsPledged}) {
            java.util.Arrays.fill(a, 0.0);
        }
    }

    private static double[] ratio(double[] num, double[] den) {
        double[] out = new double[num.length];
        for (int g = 0; g < num.length; g++) {
            out[g] = den[g] > 0 ? num[g] / den[g] : 0.0;
        }
        return out;
    }

    private static double[] scale(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int g = 0; g < a.length; g++) {
            out[g] = a[g] * factor;
        }
        return out;
    }
}
