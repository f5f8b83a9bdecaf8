package org.polycentric.model.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.CityType;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.Polycentric;
import org.polycentric.model.RandomStream;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.network.TieGraph;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.WorldSpec.NetworkSpec;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Shared fixture of the rule tests: the shipped baseline scenario shrunk to a size that runs in a
 * fraction of a second, replications of it, worlds built but not run, tiny hand-made worlds, and
 * the small statistics the model-level comparisons need.
 */
final class Worlds {
    private Worlds() {
    }

    static final Path BASELINE = Path.of("scenarios", "baseline.json");

    /**
     * The baseline shrunk: 600 cities, 500 firms, 2005-2030 by quarters. Networks and funds keep
     * their baseline sizes (referenceCities = 600), so they are large for this world: the rules'
     * effects are strong and the paired comparisons sharp.
     */
    static final String[] SMALL = {"world.cities=600", "world.referenceCities=600", "world.firms.count=500",
        "time.endYear=2030"};

    /** The baseline scenario with overrides, exactly as given. */
    static Scenario baseline(String... overrides) {
        try {
            return new ScenarioLoader(RuleCatalogue.STANDARD).load(BASELINE, List.of(overrides)).value();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The small baseline ({@link #SMALL}) with further overrides (later ones win). */
    static Scenario small(String... overrides) {
        String[] all = Arrays.copyOf(SMALL, SMALL.length + overrides.length);
        System.arraycopy(overrides, 0, all, SMALL.length, overrides.length);
        return baseline(all);
    }

    /**
     * The world of a replication with the given seed as it is before its first step (built, rules
     * started, nothing stepped), made the way the model makes it.
     */
    static World initial(Scenario s, long seed) {
        Polycentric model = new Polycentric(seed, s, new SyntheticWorldBuilder());
        model.start();
        return model.world();
    }

    static ReplicationResult run(Scenario s, int replication) {
        return ReplicationRun.run(s, replication, new SyntheticWorldBuilder());
    }

    /** A random stream for a rule under test, from a seed. */
    static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("test");
    }

    /** One value per replication 0..reps-1. */
    static double[] perReplication(Scenario s, int reps, ToDoubleFunction<ReplicationResult> f) {
        double[] out = new double[reps];
        for (int r = 0; r < reps; r++) {
            out[r] = f.applyAsDouble(run(s, r));
        }
        return out;
    }

    /** The last value of a recorded series. */
    static double last(ReplicationResult r, String metric, String group) {
        double[] col = r.table().column(metric, group);
        return col[col.length - 1];
    }

    /** The value of a recorded series on 1 January of a year. */
    static double at(ReplicationResult r, String metric, String group, int year) {
        int record = (year - r.table().startYear()) * r.table().stepsPerYear();
        return r.table().column(metric, group)[record];
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    /** Sample standard deviation. */
    static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /** Differences a[r] - b[r] of paired replications (same seeds). */
    static double[] diff(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = a[k] - b[k];
        }
        return d;
    }

    /** Standard error of the mean of paired differences. */
    static double pairedSe(double[] a, double[] b) {
        return sd(diff(a, b)) / Math.sqrt(a.length);
    }

    /**
     * The margin by which a mean difference must clear zero: {@code z} standard errors of the
     * paired differences, and never less than {@code floor} (one city, say), so that a difference of
     * a fraction of a city is never called an effect.
     */
    static double margin(double[] a, double[] b, double z, double floor) {
        return Math.max(z * pairedSe(a, b), floor);
    }

    /** Share of cities whose status is pledged (live pledge), restricted by a filter. */
    static double share(World w, java.util.function.IntPredicate in, java.util.function.IntPredicate yes) {
        Cities c = w.cities();
        int n = 0;
        int k = 0;
        for (int i = 0; i < c.count(); i++) {
            if (in.test(i)) {
                n++;
                if (yes.test(i)) {
                    k++;
                }
            }
        }
        return n == 0 ? Double.NaN : (double) k / n;
    }

    /** The rules section of the baseline with overrides (for a rule's parameter record). */
    static org.polycentric.scenario.RulesSpec rules(String... overrides) {
        return baseline(overrides).rules();
    }

    /** Whether the scenario switches on a rule of this class. */
    static boolean switchedOn(Scenario s, Class<? extends Rule> kind) {
        return RuleCatalogue.STANDARD.enabled(s.rules().byKey()).stream().map(RuleCatalogue.Active::rule)
                .anyMatch(kind::isInstance);
    }

    /**
     * Asserts that paired replications of a exceed those of b on average by more than
     * {@link #margin}: z standard errors of the paired differences and at least {@code floor}.
     */
    static void assertAbove(double[] a, double[] b, double z, double floor, String what) {
        double d = mean(diff(a, b));
        double m = margin(a, b, z, floor);
        if (Boolean.getBoolean("polycentric.rules.verbose")) {
            System.out.printf("%s: %.4f vs %.4f, difference %.4f, margin %.4f%n", what, mean(a), mean(b), d, m);
        }
        org.junit.jupiter.api.Assertions.assertTrue(d > m, String.format(
                "%s: mean %.4f vs %.4f, difference %.4f does not clear the margin %.4f (%.1f se, floor %.4f, R=%d)",
                what, mean(a), mean(b), d, m, z, floor, a.length));
    }

    /**
     * Asserts that switching a rule on raises the final share of cities pledged in the small world,
     * over paired replications, by 4 standard errors and at least 10 of the 600 cities.
     *
     * @param rule the rule's scenario key, e.g. "peerInfluence"
     */
    static void assertRaisesAdoption(String rule, int reps, String what) {
        Scenario on = small();
        Scenario off = small("rules." + rule + ".enabled=false");
        double[] a = perReplication(on, reps, r -> last(r, "pledged_share", "all"));
        double[] b = perReplication(off, reps, r -> last(r, "pledged_share", "all"));
        assertAbove(a, b, 4, 10.0 / 600, "final pledged share with " + what + " on vs off");
    }

    /**
     * Asserts that a rule switched off is gone from the rule set and that, since its weight is all
     * it passes on and its dice are its own (ODD 7.16), a run without it is exactly a run with its
     * weight at zero.
     */
    static void assertOffIsExactlyWeightZero(String rule, Class<? extends Rule> kind) {
        Scenario off = small("rules." + rule + ".enabled=false");
        Scenario mute = small("rules." + rule + ".weight=0");
        org.junit.jupiter.api.Assertions.assertFalse(switchedOn(off, kind));
        org.junit.jupiter.api.Assertions.assertTrue(switchedOn(mute, kind));
        org.junit.jupiter.api.Assertions.assertArrayEquals(everything(run(mute, 0)), everything(run(off, 0)));
    }

    /** Every recorded value of a replication, record-major (for exact comparisons of whole runs). */
    static double[] everything(ReplicationResult r) {
        var t = r.table();
        double[] v = new double[t.records() * t.seriesCount()];
        for (int k = 0; k < t.records(); k++) {
            for (int j = 0; j < t.seriesCount(); j++) {
                v[k * t.seriesCount() + j] = t.value(k, j);
            }
        }
        return v;
    }

    /** A fresh pressures array for the world, as at the start of a decision. */
    static CityPressures pressures(World w) {
        return new CityPressures(w.cities().count());
    }

    /** A network spec with the given policy and limits (no region unless regional). */
    static NetworkSpec network(String name, int founded, MembershipPolicy policy, String region, double intake,
                               int max, boolean standards, boolean mentoring) {
        return new NetworkSpec(name, founded, policy, region, 0, intake, max, standards, mentoring);
    }

    /** A nation with the given stance and autonomy, North, no target, no price, no populism. */
    static Nation nation(int index, int bloc, double stance, double autonomy) {
        return new Nation(index, "N" + index, 0, bloc, true, false, 0, 0, stance, autonomy, 0, 0, 0);
    }

    /** A great power leading its bloc, with the given stance, autonomy 0.5, no populism. */
    static Nation greatPower(int index, int bloc, double stance) {
        return new Nation(index, "GP" + index, 0, bloc, true, true, 0, 0, stance, 0.5, 0, 0, 0);
    }

    /**
     * Nations for hand-made worlds with rival blocs: great powers 0 (bloc b0) and 1 (bloc b1), and an
     * ordinary nation 2 in bloc b2, which no great power leads (non-aligned). Use with {@link Hand#threeBlocs()}.
     */
    static Nation[] rivalNations() {
        return new Nation[] {greatPower(0, 0, 0.3), greatPower(1, 1, 0.3), nation(2, 2, 0.3, 0.5)};
    }

    /** A builder of tiny hand-made worlds: every city North, mixed, small-medium, capacity 1. */
    static Hand hand(int cities) {
        return new Hand(cities);
    }

    static final class Hand {
        final Cities cities;
        Scenario scenario = baseline("events=[]");
        List<String> regions = List.of("r0", "r1");
        List<String> blocs = List.of("b0", "b1");
        Nation[] nations = {nation(0, 0, 0.0, 0.5)};
        Firms firms = new Firms(0, new String[] {"s0"});
        List<NetworkSpec> networkSpecs = new ArrayList<>();
        List<Integer> networkRegions = new ArrayList<>();
        SupranationalBody[] bodies = new SupranationalBody[0];
        TieGraph ties;

        Hand(int n) {
            cities = new Cities(n);
            for (int i = 0; i < n; i++) {
                cities.name[i] = "c" + i;
                cities.north[i] = true;
                cities.population[i] = 1e6;
                cities.tier[i] = (byte) Tier.SMALL_MEDIUM.ordinal();
                cities.type[i] = (byte) CityType.MIXED.ordinal();
                cities.capacity[i] = 1.0;
                cities.autonomy[i] = 0.5;
                cities.emissions[i] = 1000.0;
                cities.setStatus(i, PledgeStatus.UNCOMMITTED);
            }
            ties = TieGraph.builder(n).build();
        }

        Hand scenario(Scenario s) {
            this.scenario = s;
            return this;
        }

        /** Blocs b0, b1 (rivals, led by great powers 0 and 1) and b2 (non-aligned, nation 2). */
        Hand threeBlocs() {
            this.blocs = List.of("b0", "b1", "b2");
            this.nations = rivalNations();
            return this;
        }

        /** Puts a city in one of the {@link #threeBlocs()} (nation k leads or makes up bloc k). */
        Hand inBloc(int city, int bloc) {
            cities.bloc[city] = bloc;
            cities.nation[city] = bloc;
            return this;
        }

        Hand nations(Nation... n) {
            this.nations = n;
            return this;
        }

        Hand ties(TieGraph g) {
            this.ties = g;
            return this;
        }

        Hand firms(Firms f) {
            this.firms = f;
            return this;
        }

        Hand bodies(SupranationalBody... b) {
            this.bodies = b;
            return this;
        }

        Hand network(NetworkSpec spec, int region) {
            networkSpecs.add(spec);
            networkRegions.add(region);
            return this;
        }

        World build() {
            CityNetwork[] nets = new CityNetwork[networkSpecs.size()];
            for (int k = 0; k < nets.length; k++) {
                nets[k] = new CityNetwork(k, networkSpecs.get(k), networkRegions.get(k), blocs.size(), 1.0);
            }
            World w = new World(scenario, regions, blocs, cities, nations, firms, nets, bodies, ties);
            ties.markCrossBloc(w.rivalBlocOfCities());
            w.letRivalryAct(); // tests play M7's part and set the level of rivalry themselves
            return w;
        }
    }

    /** Marks a city as pledged now (as the decision would), for hand-made worlds. */
    static void pledge(World w, int city, double year, int target, double ambition) {
        Cities c = w.cities();
        c.setStatus(city, PledgeStatus.PLEDGED);
        c.pledgeYear[city] = year;
        c.targetYear[city] = target;
        c.ambition[city] = ambition;
        c.pledgeEmissions[city] = c.emissions[city];
        c.snapshotPledges();
    }

    /**
     * Sets the listed cities pledged (or uncommitted) and takes the start-of-step snapshot, as the
     * model does at the start of every step; the rules read only that snapshot.
     */
    static void pledgedAtStart(World w, boolean pledged, int... cities) {
        for (int i : cities) {
            w.cities().setStatus(i, pledged ? PledgeStatus.PLEDGED : PledgeStatus.UNCOMMITTED);
        }
        w.cities().snapshotPledges();
    }

    /** A replication's share of the given nation's cities that are pledged at the end. */
    static java.util.function.ToDoubleFunction<ReplicationResult> pledgedShareOfNation(String code) {
        return r -> {
            World w = r.world();
            int nation = w.nationIndex(code);
            Cities c = w.cities();
            return share(w, i -> c.nation[i] == nation, c::isPledged);
        };
    }
}
