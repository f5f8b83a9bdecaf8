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

    // accumulators, one slot per city group
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

        int g = cityGroups.size();
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
        for (int i = 0; i < c.count(); i++) {
            PledgeStatus st = c.status(i);
            boolean isPledged = st.isPledged();
            double e = c.emissions[i];
            double path = isPledged ? c.pathway(i, year) : 0.0;
            boolean member = c.networkMask[i] != 0;
            int g1 = c.north[i] ? G_NORTH : G_SOUTH;
            int g2 = G_TIER + c.tier[i];
            int g3 = blocOffset + c.bloc[i];
            for (int k = 0; k < 4; k++) {
                int g = k == 0 ? G_ALL : k == 1 ? g1 : k == 2 ? g2 : g3;
                count[g]++;
                population[g] += c.population[i];
                emissions[g] += e;
                capacity[g] += c.capacity[i];
                if (member) {
                    members[g]++;
                }
                if (isPledged) {
                    pledged[g]++;
                    popPledged[g] += c.population[i];
                    emissionsPledged[g] += e;
                    pathway[g] += path;
                }
                switch (st) {
                    case ON_TRACK -> onTrack[g]++;
                    case OFF_TRACK -> offTrack[g]++;
                    case ACHIEVED -> achieved[g]++;
                    case WITHDRAWN -> withdrawn[g]++;
                    default -> { }
                }
            }
        }
        Firms f = world.firms();
        for (int j = 0; j < f.count(); j++) {
            int home = f.homeCity[j];
            double p = f.pledged[j] ? 1.0 : 0.0;
            firms[G_ALL]++;
            firmsPledged[G_ALL] += p;
            int g1 = c.north[home] ? G_NORTH : G_SOUTH;
            firms[g1]++;
            firmsPledged[g1] += p;
            firms[G_TIER + c.tier[home]]++;
            firmsPledged[G_TIER + c.tier[home]] += p;
            firms[blocOffset + c.bloc[home]]++;
            firmsPledged[blocOffset + c.bloc[home]] += p;
        }
        double[][] perMetric = {
            pledged, ratio(pledged, count), ratio(popPledged, population), scale(emissions, 1e-6),
            ratio(emissionsPledged, emissions), scale(emissionsPledged, 1e-6), scale(pathway, 1e-6),
            members, ratio(members, count), ratio(capacity, count), onTrack, offTrack, achieved, withdrawn,
            ratio(firmsPledged, firms)
        };
        for (int m = 0; m < citySeries.length; m++) {
            for (int g = 0; g < cityGroups.size(); g++) {
                table.set(record, citySeries[m] + g, perMetric[m][g]);
            }
        }
        recordNations(record);
        table.set(record, rivalrySeries, world.rivalry());
        CityNetwork[] nets = world.networks();
        for (int n = 0; n < nets.length; n++) {
            table.set(record, networkSeries + n, nets[n].memberCount());
        }
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
