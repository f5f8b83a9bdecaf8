package org.polycentric.model.metrics;

import java.util.function.ToDoubleFunction;

/**
 * Every metric the recorder writes: its name beside its formula over a group's {@link Tally} (as
 * Mesa's DataCollector takes named reporters), its unit and its meaning. docs/METRICS.md documents
 * the same list (a test keeps them in step). A share or mean over an empty group is NaN, written NA.
 * City metrics are recorded for the groups all, north, south, tier_*, bloc_*; nation metrics for
 * all, north, south, bloc_*; world metrics for all; network metrics for each network by name.
 */
public enum Metric {
    PLEDGED_COUNT("pledged_count", Scope.CITY, "cities",
            "cities with a live pledge (pledged, on/off track, cut achieved or net zero)", t -> t.pledged),
    PLEDGED_SHARE("pledged_share", Scope.CITY, "share", "share of cities with a live pledge",
            t -> ratio(t.pledged, t.cities)),
    POPULATION_COVERED_SHARE("population_covered_share", Scope.CITY, "share",
            "share of population living in pledged cities", t -> ratio(t.populationPledged, t.population)),
    EMISSIONS_TOTAL("emissions_total", Scope.CITY, "Mt CO2/yr", "total city emissions",
            t -> mt(t.emissions)),
    EMISSIONS_COVERED_SHARE("emissions_covered_share", Scope.CITY, "share",
            "share of city emissions emitted by pledged cities", t -> ratio(t.emissionsPledged, t.emissions)),
    EMISSIONS_PLEDGED("emissions_pledged", Scope.CITY, "Mt CO2/yr", "emissions of pledged cities",
            t -> mt(t.emissionsPledged)),
    EMISSIONS_PLEDGED_PATHWAY("emissions_pledged_pathway", Scope.CITY, "Mt CO2/yr",
            "where pledged cities' emissions would be on their straight-line pathways", t -> mt(t.pathway)),
    NETWORK_MEMBER_COUNT("network_member_count", Scope.CITY, "cities", "cities in at least one city network",
            t -> t.members),
    NETWORK_MEMBER_SHARE("network_member_share", Scope.CITY, "share", "share of cities in at least one city network",
            t -> ratio(t.members, t.cities)),
    MEAN_CAPACITY("mean_capacity", Scope.CITY, "index 0-1", "mean city capacity", t -> ratio(t.capacity, t.cities)),
    ON_TRACK_COUNT("on_track_count", Scope.CITY, "cities", "pledged cities on their pathway", t -> t.onTrack),
    OFF_TRACK_COUNT("off_track_count", Scope.CITY, "cities", "pledged cities behind their pathway", t -> t.offTrack),
    ACHIEVED_COUNT("achieved_count", Scope.CITY, "cities",
            "cities that reached their pledged cut (cut achieved or net zero)", t -> t.achieved),
    NET_ZERO_COUNT("net_zero_count", Scope.CITY, "cities",
            "cities at net zero (own cut of at least netZeroCut of pledge-time emissions)", t -> t.netZero),
    WITHDRAWN_COUNT("withdrawn_count", Scope.CITY, "cities", "cities whose pledge is withdrawn", t -> t.withdrawn),
    FIRMS_PLEDGED_SHARE("firms_pledged_share", Scope.CITY, "share",
            "share of firms (by count) with a pledge, by home city", t -> ratio(t.firmsPledged, t.firms)),
    NATIONS_NET_ZERO_COUNT("nations_net_zero_count", Scope.NATION, "nations", "nations with a national net-zero target",
            t -> t.nationsWithTarget),
    NATIONS_NET_ZERO_SHARE("nations_net_zero_share", Scope.NATION, "share", "share of nations with a net-zero target",
            t -> ratio(t.nationsWithTarget, t.nations)),
    MEAN_STANCE("mean_stance", Scope.NATION, "index -1..1", "mean national stance (hostile -1 to supportive 1)",
            t -> ratio(t.stance, t.nations)),
    RIVALRY("rivalry", Scope.WORLD, "index 0-1", "great-power rivalry", t -> t.rivalry),
    NETWORK_MEMBERS("network_members", Scope.NETWORK, "cities", "members of each city network",
            t -> t.networkMembers);

    /** Which agents a metric is computed over, and so which groups it has. */
    public enum Scope { CITY, NATION, WORLD, NETWORK }

    private final String id;
    private final Scope scope;
    private final String unit;
    private final String description;
    private final ToDoubleFunction<Tally> formula;

    Metric(String id, Scope scope, String unit, String description, ToDoubleFunction<Tally> formula) {
        this.id = id;
        this.scope = scope;
        this.unit = unit;
        this.description = description;
        this.formula = formula;
    }

    /** The metric's value for a group's tally (NaN where a ratio has an empty denominator). */
    public double of(Tally tally) {
        return formula.applyAsDouble(tally);
    }

    /** Emissions are summed in t CO2/yr and reported in Mt CO2/yr. */
    private static double mt(double tonnes) {
        return tonnes * 1e-6;
    }

    private static double ratio(double part, double whole) {
        return Tally.ratio(part, whole);
    }

    public String id() { return id; }
    public Scope scope() { return scope; }
    public String unit() { return unit; }
    public String description() { return description; }

    public static Metric byId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric " + id);
    }
}
