package org.polycentric.model.metrics;

/**
 * Every metric the recorder writes, named once. docs/METRICS.md documents the same list.
 * City metrics are recorded for the groups all, north, south, tier_*, bloc_*; nation metrics for
 * all, north, south, bloc_*; world metrics for all; network metrics for each network by name.
 */
public enum Metric {
    PLEDGED_COUNT("pledged_count", Scope.CITY, "cities", "cities with a live pledge (pledged, on/off track or achieved)"),
    PLEDGED_SHARE("pledged_share", Scope.CITY, "share", "share of cities with a live pledge"),
    POPULATION_COVERED_SHARE("population_covered_share", Scope.CITY, "share", "share of population living in pledged cities"),
    EMISSIONS_TOTAL("emissions_total", Scope.CITY, "Mt CO2/yr", "total city emissions"),
    EMISSIONS_COVERED_SHARE("emissions_covered_share", Scope.CITY, "share", "share of city emissions emitted by pledged cities"),
    EMISSIONS_PLEDGED("emissions_pledged", Scope.CITY, "Mt CO2/yr", "emissions of pledged cities"),
    EMISSIONS_PLEDGED_PATHWAY("emissions_pledged_pathway", Scope.CITY, "Mt CO2/yr",
            "where pledged cities' emissions would be on their straight-line pathways"),
    NETWORK_MEMBER_COUNT("network_member_count", Scope.CITY, "cities", "cities in at least one city network"),
    NETWORK_MEMBER_SHARE("network_member_share", Scope.CITY, "share", "share of cities in at least one city network"),
    MEAN_CAPACITY("mean_capacity", Scope.CITY, "index 0-1", "mean city capacity"),
    ON_TRACK_COUNT("on_track_count", Scope.CITY, "cities", "pledged cities on their pathway"),
    OFF_TRACK_COUNT("off_track_count", Scope.CITY, "cities", "pledged cities behind their pathway"),
    ACHIEVED_COUNT("achieved_count", Scope.CITY, "cities", "cities that reached their pledged cut"),
    WITHDRAWN_COUNT("withdrawn_count", Scope.CITY, "cities", "cities whose pledge is withdrawn"),
    FIRMS_PLEDGED_SHARE("firms_pledged_share", Scope.CITY, "share", "share of firms (by count) with a pledge, by home city"),
    NATIONS_NET_ZERO_COUNT("nations_net_zero_count", Scope.NATION, "nations", "nations with a national net-zero target"),
    NATIONS_NET_ZERO_SHARE("nations_net_zero_share", Scope.NATION, "share", "share of nations with a net-zero target"),
    MEAN_STANCE("mean_stance", Scope.NATION, "index -1..1", "mean national stance (hostile -1 to supportive 1)"),
    RIVALRY("rivalry", Scope.WORLD, "index 0-1", "great-power rivalry"),
    NETWORK_MEMBERS("network_members", Scope.NETWORK, "cities", "members of each city network");

    /** Which agents a metric is computed over, and so which groups it has. */
    public enum Scope { CITY, NATION, WORLD, NETWORK }

    private final String id;
    private final Scope scope;
    private final String unit;
    private final String description;

    Metric(String id, Scope scope, String unit, String description) {
        this.id = id;
        this.scope = scope;
        this.unit = unit;
        this.description = description;
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
