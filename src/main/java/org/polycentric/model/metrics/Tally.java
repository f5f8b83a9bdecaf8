package org.polycentric.model.metrics;


/**
 * Sums over one group of agents at one record: what every {@link Metric}'s formula reads. City sums
 * (counts, population, emissions in t CO2/yr, capacity) and firm counts by home city; nation sums;
 * the world's rivalry; a network's members. Plain fields, filled by the {@link Recorder} in one pass.
 */
public final class Tally {
    // cities
    public double cities;
    public double pledged;
    public double population;
    public double populationPledged;
    public double emissions;
    public double emissionsPledged;
    /** Where pledged cities' emissions would be on their straight-line pathways. */
    public double pathway;
    /** Cities in at least one network. */
    public double members;
    public double capacity;
    public double onTrack;
    public double offTrack;
    /** Cities that reached their promised cut: cut achieved or net zero. */
    public double achieved;
    public double netZero;
    public double withdrawn;
    // firms, by home city
    public double firms;
    public double firmsPledged;
    // nations
    public double nations;
    public double nationsWithTarget;
    public double stance;
    // the world
    public double rivalry;
    // one network
    public double networkMembers;

    void clear() {
        cities = 0;
        pledged = 0;
        population = 0;
        populationPledged = 0;
        emissions = 0;
        emissionsPledged = 0;
        pathway = 0;
        members = 0;
        capacity = 0;
        onTrack = 0;
        offTrack = 0;
        achieved = 0;
        netZero = 0;
        withdrawn = 0;
        firms = 0;
        firmsPledged = 0;
        nations = 0;
        nationsWithTarget = 0;
        stance = 0;
        rivalry = 0;
        networkMembers = 0;
    }

    /** Adds another tally's city and firm sums (cells into groups). */
    void addCities(Tally t) {
        cities += t.cities;
        pledged += t.pledged;
        population += t.population;
        populationPledged += t.populationPledged;
        emissions += t.emissions;
        emissionsPledged += t.emissionsPledged;
        pathway += t.pathway;
        members += t.members;
        capacity += t.capacity;
        onTrack += t.onTrack;
        offTrack += t.offTrack;
        achieved += t.achieved;
        netZero += t.netZero;
        withdrawn += t.withdrawn;
        firms += t.firms;
        firmsPledged += t.firmsPledged;
    }

    /**
     * part / whole, or NaN (written NA) when the whole is zero: a share or mean over an empty group
     * is not defined, and drawing it as 0 would be a claim the model never made.
     */
    public static double ratio(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }
}
