package org.polycentric.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.Tier;
import org.polycentric.model.World;

/**
 * Records every {@link Metric} for its groups, once at the start and after every step. It reads the
 * world and never changes it. One pass over cities and firms per record sums into {@link Tally}s of
 * cells (North/South x tier x bloc, every city in exactly one); each named group is the sum of the
 * cells it contains, and each metric is its formula applied to a group's tally.
 */
public final class Recorder {
    public static final String ALL = "all";
    public static final String NORTH = "north";
    public static final String SOUTH = "south";

    /** A named group of cities: which cells (North/South, tier, bloc) it holds. */
    private record CityGroup(String name, CellTest holds) {
    }

    @FunctionalInterface
    private interface CellTest {
        boolean test(boolean north, int tier, int bloc);
    }

    /** A named group of nations. */
    private record NationGroup(String name, Predicate<Nation> holds) {
    }

    private static final byte ON_TRACK = PledgeStatus.ON_TRACK.code();
    private static final byte OFF_TRACK = PledgeStatus.OFF_TRACK.code();
    private static final byte CUT_ACHIEVED = PledgeStatus.CUT_ACHIEVED.code();
    private static final byte NET_ZERO = PledgeStatus.NET_ZERO.code();
    private static final byte WITHDRAWN = PledgeStatus.WITHDRAWN.code();

    private final World world;
    private final List<CityGroup> cityGroups = new ArrayList<>();
    private final List<NationGroup> nationGroups = new ArrayList<>();
    private final MetricTable table;

    private final int[] cellOf;
    private final Tally[] cells;
    /** For each city group, the cells it sums. */
    private final int[][] cellsOfGroup;
    private final Tally[] cityTallies;
    private final Tally[] nationTallies;
    private final Tally worldTally = new Tally();
    private final Tally[] worldTallies = {worldTally};
    private final Tally[] networkTallies;

    /** Series index of each (metric, group) in the order the tallies are kept. */
    private final int[][] seriesOf = new int[Metric.values().length][];

    public Recorder(World world) {
        this.world = world;
        cityGroups.add(new CityGroup(ALL, (north, tier, bloc) -> true));
        cityGroups.add(new CityGroup(NORTH, (north, tier, bloc) -> north));
        cityGroups.add(new CityGroup(SOUTH, (north, tier, bloc) -> !north));
        for (Tier t : Tier.values()) {
            cityGroups.add(new CityGroup("tier_" + t.label(), (north, tier, bloc) -> tier == t.ordinal()));
        }
        for (int b = 0; b < world.blocs().size(); b++) {
            int own = b;
            cityGroups.add(new CityGroup("bloc_" + world.blocs().get(b), (north, tier, bloc) -> bloc == own));
        }
        nationGroups.add(new NationGroup(ALL, n -> true));
        nationGroups.add(new NationGroup(NORTH, Nation::north));
        nationGroups.add(new NationGroup(SOUTH, n -> !n.north()));
        for (int b = 0; b < world.blocs().size(); b++) {
            int own = b;
            nationGroups.add(new NationGroup("bloc_" + world.blocs().get(b), n -> n.bloc() == own));
        }

        List<SeriesKey> keys = new ArrayList<>();
        CityNetwork[] nets = world.networks();
        for (Metric m : Metric.values()) {
            List<String> groups = switch (m.scope()) {
                case CITY -> cityGroups.stream().map(CityGroup::name).toList();
                case NATION -> nationGroups.stream().map(NationGroup::name).toList();
                case WORLD -> List.of(ALL);
                case NETWORK -> java.util.Arrays.stream(nets).map(CityNetwork::name).toList();
            };
            seriesOf[m.ordinal()] = new int[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                seriesOf[m.ordinal()][g] = keys.size();
                keys.add(new SeriesKey(m.id(), groups.get(g)));
            }
        }
        table = new MetricTable(keys, world.time().steps() + 1, world.time().startYear(), world.time().stepsPerYear());

        int blocs = world.blocs().size();
        int tiers = Tier.values().length;
        cells = new Tally[2 * tiers * blocs];
        for (int cell = 0; cell < cells.length; cell++) {
            cells[cell] = new Tally();
        }
        Cities cs = world.cities();
        cellOf = new int[cs.count()];
        for (int i = 0; i < cs.count(); i++) {
            cellOf[i] = ((cs.north[i] ? 0 : 1) * tiers + cs.tier[i]) * blocs + cs.bloc[i];
        }
        cellsOfGroup = new int[cityGroups.size()][];
        for (int g = 0; g < cityGroups.size(); g++) {
            List<Integer> in = new ArrayList<>();
            for (int cell = 0; cell < cells.length; cell++) {
                boolean north = cell / (tiers * blocs) == 0;
                if (cityGroups.get(g).holds().test(north, cell / blocs % tiers, cell % blocs)) {
                    in.add(cell);
                }
            }
            cellsOfGroup[g] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        cityTallies = tallies(cityGroups.size());
        nationTallies = tallies(nationGroups.size());
        networkTallies = tallies(nets.length);
    }

    private static Tally[] tallies(int n) {
        Tally[] out = new Tally[n];
        for (int k = 0; k < n; k++) {
            out[k] = new Tally();
        }
        return out;
    }

    public MetricTable table() {
        return table;
    }

    /** Group names of the city metrics, in series order. */
    public List<String> cityGroups() {
        return cityGroups.stream().map(CityGroup::name).toList();
    }

    /** Group names of the nation metrics, in series order. */
    public List<String> nationGroups() {
        return nationGroups.stream().map(NationGroup::name).toList();
    }

    /** Records the current state as record {@code record} (0 = start, s = after step s). */
    public void record(int record) {
        tallyCities(world.time().yearAt(record));
        tallyNations();
        worldTally.clear();
        worldTally.rivalry = world.rivalry();
        CityNetwork[] nets = world.networks();
        for (int n = 0; n < nets.length; n++) {
            networkTallies[n].clear();
            networkTallies[n].networkMembers = nets[n].memberCount();
        }
        for (Metric m : Metric.values()) {
            Tally[] groups = switch (m.scope()) {
                case CITY -> cityTallies;
                case NATION -> nationTallies;
                case WORLD -> worldTallies;
                case NETWORK -> networkTallies;
            };
            int[] series = seriesOf[m.ordinal()];
            for (int g = 0; g < groups.length; g++) {
                table.set(record, series[g], m.of(groups[g]));
            }
        }
    }

    /** One pass over cities and firms into cells, then cells into the city groups. */
    private void tallyCities(double year) {
        for (Tally cell : cells) {
            cell.clear();
        }
        Cities c = world.cities();
        for (int i = 0; i < c.count(); i++) {
            Tally t = cells[cellOf[i]];
            byte st = c.status[i];
            double e = c.emissions[i];
            t.cities++;
            t.population += c.population[i];
            t.emissions += e;
            t.capacity += c.capacity[i];
            if (c.networkMask[i] != 0) {
                t.members++;
            }
            if (PledgeStatus.isPledged(st)) {
                t.pledged++;
                t.populationPledged += c.population[i];
                t.emissionsPledged += e;
                t.pathway += c.pathway(i, year);
            }
            if (st == ON_TRACK) {
                t.onTrack++;
            } else if (st == OFF_TRACK) {
                t.offTrack++;
            } else if (st == CUT_ACHIEVED) {
                t.achieved++;
            } else if (st == NET_ZERO) {
                t.achieved++;
                t.netZero++;
            } else if (st == WITHDRAWN) {
                t.withdrawn++;
            }
        }
        Firms f = world.firms();
        for (int j = 0; j < f.count(); j++) {
            Tally t = cells[cellOf[f.homeCity[j]]];
            t.firms++;
            if (f.pledged[j]) {
                t.firmsPledged++;
            }
        }
        for (int g = 0; g < cityTallies.length; g++) {
            cityTallies[g].clear();
            for (int cell : cellsOfGroup[g]) {
                cityTallies[g].addCities(cells[cell]);
            }
        }
    }

    private void tallyNations() {
        for (int g = 0; g < nationTallies.length; g++) {
            Tally t = nationTallies[g];
            t.clear();
            for (Nation n : world.nations()) {
                if (nationGroups.get(g).holds().test(n)) {
                    t.nations++;
                    t.stance += n.stance();
                    if (n.hasNetZeroTarget()) {
                        t.nationsWithTarget++;
                    }
                }
            }
        }
    }
}
