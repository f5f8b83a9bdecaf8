package org.polycentric.gui;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Polycentric;
import org.polycentric.model.World;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * One city on the map: only its index, reading the model's arrays live, so the map and the
 * inspector always show the current state. On a click, MASON's inspector lists its {@link Getters}
 * in the order of {@link #ROWS}.
 */
public final class CityMarker implements Propertied {
    /** What the inspector shows of a city, top to bottom. */
    static final List<OrderedProperties.Row> ROWS = List.of(
            new OrderedProperties.Row("Name", "Name", "The city's name (synthetic: nation code and number)"),
            new OrderedProperties.Row("Nation", "Nation", "The nation the city belongs to"),
            new OrderedProperties.Row("NorthOrSouth", "North or South", "Global North or Global South"),
            new OrderedProperties.Row("Tier", "Tier", "Global, regional or small/medium city, by population rank"),
            new OrderedProperties.Row("Type", "Type", "Economic type: industrial, service, tourism or mixed"),
            new OrderedProperties.Row("Population", "Population", "Inhabitants"),
            new OrderedProperties.Row("Capacity", "Capacity", "Administrative, financial and technical capacity, 0 to 1"),
            new OrderedProperties.Row("Autonomy", "Autonomy", "Room to act against its national government, 0 to 1"),
            new OrderedProperties.Row("Emissions", "Emissions", "Yearly emissions"),
            new OrderedProperties.Row("Status", "Status", "Pledge status (the map's colour)"),
            new OrderedProperties.Row("PledgeYear", "Pledged in", "Year of the live pledge"),
            new OrderedProperties.Row("TargetYear", "Target year", "Year the pledge promises neutrality"),
            new OrderedProperties.Row("Networks", "City networks", "Transnational city networks it belongs to"),
            new OrderedProperties.Row("Latitude", "Latitude", "Degrees north"),
            new OrderedProperties.Row("Longitude", "Longitude", "Degrees east"));

    private final World world;
    private final int index;

    CityMarker(Polycentric model, int index) {
        this.world = model.world();
        this.index = index;
    }

    int index() { return index; }

    byte statusCode() { return world.cities().status[index]; }

    double population() { return world.cities().population[index]; }

    /** The inspector's rows: the getters below, in {@link #ROWS} order, read-only. */
    @Override
    public Properties properties() {
        return new OrderedProperties(new Getters(), ROWS, row -> false);
    }

    /**
     * What the inspector reads, live from the model's arrays (a class of its own: MASON would loop
     * reading the properties of a {@link Propertied} object by reflection).
     */
    public final class Getters {
        private final Cities cities = world.cities();

        public String getName() { return cities.name[index]; }
        public String getNation() { return world.nationOf(index).code(); }
        public String getNorthOrSouth() { return cities.north[index] ? "North" : "South"; }
        public String getTier() { return cities.tier(index).label(); }
        public String getType() { return cities.type(index).label(); }
        public String getPopulation() { return format("%,.0f", cities.population[index]); }
        public String getCapacity() { return format("%.2f", cities.capacity[index]); }
        public String getAutonomy() { return format("%.2f", cities.autonomy[index]); }
        public String getEmissions() { return format("%,.0f t CO2 a year", cities.emissions[index]); }
        public String getStatus() { return StatusColours.label(cities.status(index)); }

        /** The year the live pledge was made, or "-" without one. */
        public String getPledgeYear() {
            return cities.isPledged(index) ? format("%.2f", cities.pledgeYear[index]) : "-";
        }

        public String getTargetYear() {
            return cities.isPledged(index) ? Integer.toString(cities.targetYear[index]) : "-";
        }

        public String getNetworks() {
            List<String> names = new ArrayList<>();
            for (CityNetwork network : world.networks()) {
                if (cities.isMember(index, network.index())) {
                    names.add(network.name());
                }
            }
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        public String getLatitude() { return format("%.2f", cities.lat[index]); }
        public String getLongitude() { return format("%.2f", cities.lon[index]); }

        private String format(String pattern, double value) {
            return String.format(java.util.Locale.ROOT, pattern, value);
        }
    }

    @Override
    public String toString() {
        return world.cities().name[index] + " (" + world.nationOf(index).code() + ")";
    }
}
