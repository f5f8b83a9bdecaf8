package org.polycentric.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.polycentric.params.BodyKind;
import org.polycentric.params.Check;
import org.polycentric.params.MembershipPolicy;

/**
 * How to build the world: drawn by the synthetic generator ({@code source: synthetic}, for teaching,
 * docking and scale) or loaded from real data ({@code source: real}: GeoNames cities, real nations;
 * docs/DATA.md, ODD section 5).
 *
 * @param source         where the cities and nations come from
 * @param real           settings only the real-data world uses (tiers by population, capacity by
 *                       income group)
 * @param seed           when set, the world is drawn from its own generator with this seed, so
 *                       every replication shares one world and only the dynamics vary; when null
 *                       the world is drawn from the replication's generator
 * @param homogeneous    identical cities (capacity 1, one type, one nation stance): for docking
 * @param initialPledges cities pledged at the start, chosen at random (the Watts seed)
 * @param referenceCities the world size for which networks' intakes and sizes, funds' budgets and
 *                        the number of fund recipients are given; they scale by
 *                        cities / referenceCities, so a small world for a quick run is not saturated
 */
public record WorldSpec(
        Source source,
        RealSpec real,
        Long seed,
        int cities,
        int referenceCities,
        double minPopulation,
        double maxPopulation,
        double zipfExponent,
        boolean homogeneous,
        int initialPledges,
        TierShares tiers,
        TypeShares cityTypes,
        CapacitySpec capacity,
        EmissionsSpec emissions,
        NationDefaults nationDefaults,
        List<RegionSpec> regions,
        List<GreatPowerSpec> greatPowers,
        GraphSpec graph,
        TiesSpec ties,
        FirmsSpec firms,
        List<NetworkSpec> networks,
        List<BodySpec> supranational) {

    public WorldSpec {
        Check.present("source", source);
        Check.present("real", real);
        Check.range("cities", cities, 1, 50_000_000);
        Check.range("referenceCities", referenceCities, 1, 50_000_000);
        Check.positive("minPopulation", minPopulation);
        Check.that(maxPopulation >= minPopulation, "maxPopulation", "must be >= minPopulation");
        Check.range("zipfExponent", zipfExponent, 0.2, 5);
        Check.range("initialPledges", initialPledges, 0, cities);
        Check.present("tiers", tiers);
        Check.present("cityTypes", cityTypes);
        Check.present("capacity", capacity);
        Check.present("emissions", emissions);
        Check.present("nationDefaults", nationDefaults);
        Check.present("graph", graph);
        Check.present("ties", ties);
        Check.present("firms", firms);
        regions = Check.list("regions", regions);
        greatPowers = Check.list("greatPowers", greatPowers);
        networks = Check.list("networks", networks);
        supranational = Check.list("supranational", supranational);
        Check.that(!regions.isEmpty(), "regions", "needs at least one region");
        if (source == Source.REAL) {
            Check.that(!homogeneous, "homogeneous", "applies to the synthetic world only (source: synthetic)");
            List<String> names = regions.stream().map(RegionSpec::name).toList();
            Check.that(names.size() == REAL_REGIONS.size() && names.containsAll(REAL_REGIONS), "regions",
                    "a real world (source: real) has exactly the regions " + String.join(", ", REAL_REGIONS)
                            + " (nations are placed in them by the data); was " + String.join(", ", names));
        }
        Set<String> regionNames = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            Check.that(regionNames.add(regions.get(i).name()), "regions[" + i + "].name",
                    "duplicate region name '" + regions.get(i).name() + "'");
        }
        for (int i = 0; i < greatPowers.size(); i++) {
            Check.that(regionNames.contains(greatPowers.get(i).region()), "greatPowers[" + i + "].region",
                    "'" + greatPowers.get(i).region() + "' is not a region; allowed: " + String.join(", ", regionNames));
        }
        Set<String> networkNames = new HashSet<>();
        for (int i = 0; i < networks.size(); i++) {
            NetworkSpec n = networks.get(i);
            Check.that(networkNames.add(n.name()), "networks[" + i + "].name", "duplicate network name");
            Check.that(n.region() == null || regionNames.contains(n.region()), "networks[" + i + "].region",
                    "'" + n.region() + "' is not a region; allowed: " + String.join(", ", regionNames));
        }
        Check.range("networks", networks.size(), 0, 31);
        checkGraphFits(graph, ties, cities);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < greatPowers.size(); i++) {
            Check.that(codes.add(greatPowers.get(i).code()), "greatPowers[" + i + "].code",
                    "duplicate nation code '" + greatPowers.get(i).code() + "'");
        }
        Set<String> blocNames = new HashSet<>();
        regions.forEach(r -> blocNames.add(r.bloc()));
        greatPowers.forEach(g -> blocNames.add(g.bloc()));
        for (int i = 0; i < supranational.size(); i++) {
            BodySpec b = supranational.get(i);
            Check.that(b.region() == null || regionNames.contains(b.region()), "supranational[" + i + "].region",
                    "'" + b.region() + "' is not a region; allowed: " + String.join(", ", regionNames));
            Check.that(b.bloc() == null || blocNames.contains(b.bloc()), "supranational[" + i + "].bloc",
                    "'" + b.bloc() + "' is not a bloc; allowed: " + String.join(", ", blocNames));
            for (int k = 0; k < b.campaigns().size(); k++) {
                String host = b.campaigns().get(k).hostRegion();
                Check.that(host == null || regionNames.contains(host), "supranational[" + i + "].campaigns[" + k
                        + "].hostRegion", "'" + host + "' is not a region; allowed: " + String.join(", ", regionNames));
                for (String net : b.campaigns().get(k).networks()) {
                    Check.that(networkNames.contains(net), "supranational[" + i + "].campaigns[" + k + "].networks",
                            "'" + net + "' is not a network; allowed: " + String.join(", ", networkNames));
                }
            }
        }
    }

    /** The most ties a tie graph holds: both directions of each in int-indexed arrays (TieGraph.MAX_EDGES). */
    public static final long MAX_TIES = (Integer.MAX_VALUE - 8) / 2;
    /**
     * The most ties Watts-Strogatz rewiring can track: its hash set of ties keeps a load factor of
     * at most 0.7 in fewer than 2^30 slots (GraphGenerators).
     */
    public static final long MAX_REWIRED_TIES = 751_619_276L;

    /**
     * What the graph kind's generator needs of the city count, so that no scenario that passes here
     * stops with an internal error when its world is built. Each kind is checked on the settings
     * it uses: the others' are ignored (a 3-city world with the default synthetic graph is fine
     * although its unused {@code k} is 4). Then the ties must fit in a tie graph.
     */
    private static void checkGraphFits(GraphSpec graph, TiesSpec ties, int cities) {
        switch (graph.kind()) {
            case ERDOS_RENYI -> {
                Check.that(graph.meanDegree() <= cities - 1, "graph.meanDegree",
                        "must be at most cities - 1 (" + (cities - 1) + "), was " + Check.fmt(graph.meanDegree()));
                // The number of ties is random: its mean plus six standard deviations must fit.
                double mean = cities * graph.meanDegree() / 2;
                checkTies(mean + 6 * Math.sqrt(mean), MAX_TIES, "graph.meanDegree", cities);
            }
            case WATTS_STROGATZ -> {
                Check.that(graph.k() < cities, "graph.k", "must be less than cities (" + cities + "), was " + graph.k());
                checkTies((double) cities * (graph.k() / 2), graph.rewiring() > 0 ? MAX_REWIRED_TIES : MAX_TIES,
                        "graph.k", cities);
            }
            case BARABASI_ALBERT -> {
                Check.that(graph.m() < cities, "graph.m", "must be less than cities (" + cities + "), was " + graph.m());
                double m = graph.m();
                checkTies(m * (m + 1) / 2 + (cities - m - 1) * m, MAX_TIES, "graph.m", cities);
            }
            case SYNTHETIC -> checkTies((double) cities * (ties.sameNation() + ties.proximity()
                    + Math.ceil(ties.longRange())), MAX_TIES, "ties", cities);
            case COMPLETE -> { } // stores no ties
        }
    }

    private static void checkTies(double ties, long limit, String field, int cities) {
        Check.that(ties <= limit, field, String.format(Locale.ROOT,
                "%,d cities would have up to %,.0f ties, more than the %,d the %s", cities, ties, limit,
                limit == MAX_REWIRED_TIES ? "rewiring can track (rewiring 0 allows more)" : "tie graph holds"));
    }

    /**
     * How much larger this world is than the one its absolute numbers were written for. 1 for a
     * real world: its networks, funds and recipients are the real ones, whatever the population floor.
     */
    public double scale() {
        return source == Source.REAL ? 1.0 : (double) cities / referenceCities;
    }

    /** The regions of a real world; the data place every nation in one of them (ODD section 5). */
    public static final List<String> REAL_REGIONS = List.of("north-america", "latin-america", "europe", "africa",
            "middle-east", "south-asia", "east-asia", "southeast-asia", "russia-central-asia", "oceania");

    /** Where the world comes from. */
    public enum Source {
        @com.fasterxml.jackson.annotation.JsonProperty("synthetic") SYNTHETIC,
        @com.fasterxml.jackson.annotation.JsonProperty("real") REAL
    }

    /**
     * Settings of the real-data world. A city is global-tier with at least {@code globalPopulation}
     * people or as a national capital of at least {@code regionalPopulation}; regional-tier with at
     * least {@code regionalPopulation} or as a national capital. Initial capacity has the mean of
     * its nation's World Bank income group (then tier bonus and spread as in {@code capacity}).
     */
    public record RealSpec(double globalPopulation, double regionalPopulation, IncomeCapacity capacity) {
        public RealSpec {
            Check.positive("globalPopulation", globalPopulation);
            Check.positive("regionalPopulation", regionalPopulation);
            Check.that(globalPopulation >= regionalPopulation, "globalPopulation", "must be >= regionalPopulation");
            Check.present("capacity", capacity);
        }
    }

    /** Mean initial capacity by World Bank income group (a nation without one counts as lower-middle). */
    public record IncomeCapacity(double high, double upperMiddle, double lowerMiddle, double low) {
        public IncomeCapacity {
            Check.range("high", high, 0, 1);
            Check.range("upperMiddle", upperMiddle, 0, 1);
            Check.range("lowerMiddle", lowerMiddle, 0, 1);
            Check.range("low", low, 0, 1);
        }
    }

    /** Shares of cities by population rank: the largest are global, the next regional. */
    public record TierShares(double global, double regional) {
        public TierShares {
            Check.range("global", global, 0, 1);
            Check.range("regional", regional, 0, 1);
            Check.that(global + regional <= 1, "regional", "global + regional must not exceed 1");
        }
    }

    /** Shares of city types (M11); normalised when drawn. */
    public record TypeShares(double industrial, double service, double tourism, double mixed) {
        public TypeShares {
            Check.nonNegative("industrial", industrial);
            Check.nonNegative("service", service);
            Check.nonNegative("tourism", tourism);
            Check.nonNegative("mixed", mixed);
            Check.that(industrial + service + tourism + mixed > 0, "mixed", "at least one share must be > 0");
        }
    }

    /** Initial capacity in [0, 1] (M8): mean by North/South plus a tier bonus, normal noise, clipped. */
    public record CapacitySpec(double north, double south, double sd, double globalBonus, double regionalBonus) {
        public CapacitySpec {
            Check.range("north", north, 0, 1);
            Check.range("south", south, 0, 1);
            Check.range("sd", sd, 0, 1);
            Check.range("globalBonus", globalBonus, 0, 1);
            Check.range("regionalBonus", regionalBonus, 0, 1);
        }
    }

    /**
     * Emissions in tonnes CO2 per person per year by North/South, scaled by city type, and the
     * business-as-usual growth rate per year.
     */
    public record EmissionsSpec(double perCapitaNorth, double perCapitaSouth, double growthNorth, double growthSouth,
                                double industrialFactor, double serviceFactor, double tourismFactor) {
        public EmissionsSpec {
            Check.nonNegative("perCapitaNorth", perCapitaNorth);
            Check.nonNegative("perCapitaSouth", perCapitaSouth);
            Check.range("growthNorth", growthNorth, -0.2, 0.2);
            Check.range("growthSouth", growthSouth, -0.2, 0.2);
            Check.nonNegative("industrialFactor", industrialFactor);
            Check.nonNegative("serviceFactor", serviceFactor);
            Check.nonNegative("tourismFactor", tourismFactor);
        }
    }

    /**
     * How ordinary (not great-power) nations are drawn: stance ~ N(mean, sd) clipped to [-1, 1],
     * autonomy and populism uniform in their ranges.
     */
    public record NationDefaults(double stanceNorth, double stanceSouth, double stanceSd,
                                 double autonomyNorth, double autonomySouth, double autonomySpread,
                                 double populismMax, double spreadKm) {
        public NationDefaults {
            Check.range("stanceNorth", stanceNorth, -1, 1);
            Check.range("stanceSouth", stanceSouth, -1, 1);
            Check.range("stanceSd", stanceSd, 0, 2);
            Check.range("autonomyNorth", autonomyNorth, 0, 1);
            Check.range("autonomySouth", autonomySouth, 0, 1);
            Check.range("autonomySpread", autonomySpread, 0, 1);
            Check.range("populismMax", populismMax, 0, 1);
            Check.positive("spreadKm", spreadKm);
        }
    }

    /**
     * A world region: a lat/lon box holding {@code nations} nations and a share of the cities;
     * {@code northShare} of its nations are North; its nations belong to {@code bloc}.
     */
    public record RegionSpec(String name, double latMin, double latMax, double lonMin, double lonMax,
                             int nations, double cityShare, double northShare, String bloc) {
        public RegionSpec {
            Check.present("name", name);
            Check.range("latMin", latMin, -90, 90);
            Check.range("latMax", latMax, latMin, 90);
            Check.range("lonMin", lonMin, -180, 180);
            Check.range("lonMax", lonMax, lonMin, 180);
            Check.range("nations", nations, 1, 10_000);
            Check.nonNegative("cityShare", cityShare);
            Check.range("northShare", northShare, 0, 1);
            Check.present("bloc", bloc);
        }
    }

    /**
     * A great power, placed explicitly in a region: its own bloc's leader (M7). {@code cityShare} is
     * its share of its region's cities; {@code netZeroTargetYear} 0 means no target at the start.
     */
    public record GreatPowerSpec(String code, String region, String bloc, boolean north, double stance,
                                 double populism, double autonomy, double cityShare, int netZeroTargetYear,
                                 double carbonPrice) {
        public GreatPowerSpec {
            Check.present("code", code);
            Check.present("region", region);
            Check.present("bloc", bloc);
            Check.range("stance", stance, -1, 1);
            Check.range("populism", populism, 0, 1);
            Check.range("autonomy", autonomy, 0, 1);
            Check.range("cityShare", cityShare, 0, 1);
            Check.that(netZeroTargetYear == 0 || (netZeroTargetYear >= 1990 && netZeroTargetYear <= 2200),
                    "netZeroTargetYear", "must be 0 (no target) or a year 1990..2200, was " + netZeroTargetYear);
            Check.nonNegative("carbonPrice", carbonPrice);
        }
    }

    /** The tie graph: the synthetic multiplex of city ties, or one of the classic graphs. */
    public record GraphSpec(GraphKind kind, double meanDegree, int k, double rewiring, int m) {
        public enum GraphKind {
            @com.fasterxml.jackson.annotation.JsonProperty("synthetic") SYNTHETIC,
            @com.fasterxml.jackson.annotation.JsonProperty("complete") COMPLETE,
            @com.fasterxml.jackson.annotation.JsonProperty("erdos-renyi") ERDOS_RENYI,
            @com.fasterxml.jackson.annotation.JsonProperty("watts-strogatz") WATTS_STROGATZ,
            @com.fasterxml.jackson.annotation.JsonProperty("barabasi-albert") BARABASI_ALBERT
        }

        public GraphSpec {
            Check.present("kind", kind);
            Check.range("meanDegree", meanDegree, 0, 10_000);
            Check.range("k", k, 0, 10_000);
            Check.that(k % 2 == 0, "k", "must be even (k/2 neighbours on each side), was " + k);
            Check.range("rewiring", rewiring, 0, 1);
            Check.range("m", m, 1, 10_000);
        }
    }

    /**
     * Ties per city in the synthetic graph: {@code sameNation} random compatriots, the
     * {@code proximity} nearest cities, and on average {@code longRange} links to cities drawn in
     * proportion to population (so large cities become hubs).
     */
    public record TiesSpec(int sameNation, int proximity, double longRange) {
        public TiesSpec {
            Check.range("sameNation", sameNation, 0, 1000);
            Check.range("proximity", proximity, 0, 1000);
            Check.range("longRange", longRange, 0, 1000);
        }
    }

    /** Firms (M9): {@code count} firms in named sectors, homed in cities in proportion to population. */
    public record FirmsSpec(int count, List<String> sectors, double sizeExponent) {
        public FirmsSpec {
            Check.range("count", count, 0, 100_000_000);
            sectors = Check.list("sectors", sectors);
            Check.that(!sectors.isEmpty() && sectors.size() <= 127, "sectors", "needs 1 to 127 sectors");
            Check.range("sizeExponent", sizeExponent, 0.2, 5);
        }
    }

    /**
     * A transnational city network (M3). Policies: invitation (largest cities first), open (any
     * city, more likely the more pressure it feels), regional (cities of {@code region}).
     */
    public record NetworkSpec(String name, double foundingYear, MembershipPolicy policy, String region,
                              int initialMembers, double yearlyIntake, int maxMembers, boolean standards,
                              boolean mentoring) {

        public NetworkSpec {
            Check.present("name", name);
            Check.range("foundingYear", foundingYear, 1900, 2300);
            Check.present("policy", policy);
            Check.that(policy != MembershipPolicy.REGIONAL || region != null, "region", "a regional network needs a region");
            Check.nonNegative("yearlyIntake", yearlyIntake);
            Check.range("maxMembers", maxMembers, 0, 50_000_000);
            Check.range("initialMembers", initialMembers, 0, maxMembers);
        }
    }

    /**
     * A supranational body (M1, M5, M8): the UN framework, a regional union, or a climate fund.
     * A regional union's campaigns reach only its region; a fund spends {@code budgetPerYear}
     * (million USD) on South cities; {@code bloc} is the fund's home bloc (null: global).
     */
    public record BodySpec(String name, BodyKind kind, String region, String bloc, double budgetPerYear,
                           List<CampaignSpec> campaigns) {

        public BodySpec {
            Check.present("name", name);
            Check.present("kind", kind);
            Check.that(kind != BodyKind.REGIONAL_UNION || region != null, "region", "a regional union needs a region");
            Check.nonNegative("budgetPerYear", budgetPerYear);
            campaigns = Check.list("campaigns", campaigns);
        }
    }

    /**
     * A campaign or summit (M5) starting at {@code year} with an intensity that decays; members of
     * {@code networks} get it in full, and so does the summit's host city, the largest city of
     * {@code hostRegion} not yet a host.
     */
    /**
     * A campaign or summit. Its host is the city named {@code hostCity} (a real world's city name,
     * e.g. "Paris, FRA"), or else the largest city of {@code hostRegion} not hosting another, or none.
     */
    public record CampaignSpec(String name, double year, double intensity, List<String> networks, String hostRegion,
                               String hostCity) {
        public CampaignSpec {
            Check.present("name", name);
            Check.range("year", year, 1900, 2300);
            Check.range("intensity", intensity, 0, 100);
            networks = Check.list("networks", networks);
        }
    }
}
