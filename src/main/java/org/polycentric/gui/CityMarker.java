package org.polycentric.gui;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Polycentric;
import org.polycentric.model.World;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * One city on the map: only its index, reading the model's arrays live, so the map and the
 * inspector always show the current state. The getters are what MASON's inspector lists on a
 * click, in the order of {@link #ROWS}.
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

    public String getName() { return world.cities().name[index]; }

    public String getNation() { return world.nationOf(index).code(); }

    public String getNorthOrSouth() { return world.cities().north[index] ? "North" : "South"; }

    public double getLatitude() { return world.cities().lat[index]; }

    public double getLongitude() { return world.cities().lon[index]; }

    public String getTier() { return world.cities().tier(index).label(); }

    public String getType() { return world.cities().type(index).label(); }

    public double getPopulation() { return world.cities().population[index]; }

    public double getCapacity() { return world.cities().capacity[index]; }

    public double getAutonomy() { return world.cities().autonomy[index]; }

    public double getEmissions() { return world.cities().emissions[index]; }

    public String getStatus() { return StatusColours.label(world.cities().status(index)); }

    /** The year the live pledge was made, or "-" without one. */
    public String getPledgeYear() {
        if (!world.cities().isPledged(index)) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.2f", world.cities().pledgeYear[index]);
    }

    public String getTargetYear() {
        return world.cities().isPledged(index) ? Integer.toString(world.cities().targetYear[index]) : "-";
    }

    public String getNetworks() {
        List<String> names = new ArrayList<>();
        for (CityNetwork network : world.networks()) {
            if (world.cities().isMember(index, network.index())) {
                names.add(network.name());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The inspector's rows: the getters below, in {@link #ROWS} order, read-only. */
    @Override
    public Properties properties() {
        return new OrderedProperties(new Getters(), ROWS, row -> false);
    }

    /** The getters without {@link Propertied}, for MASON's reflection (which would otherwise loop). */
    public final class Getters {
        public String getName() { return CityMarker.this.getName(); }
        public String getNation() { return CityMarker.this.getNation(); }
        public String getNorthOrSouth() { return CityMarker.this.getNorthOrSouth(); }
        public String getTier() { return CityMarker.this.getTier(); }
        public String getType() { return CityMarker.this.getType(); }
        public String getPopulation() { return format("%,.0f", CityMarker.this.getPopulation()); }
        public String getCapacity() { return format("%.2f", CityMarker.this.getCapacity()); }
        public String getAutonomy() { return format("%.2f", CityMarker.this.getAutonomy()); }
        public String getEmissions() { return format("%,.0f t CO2 a year", CityMarker.this.getEmissions()); }
        public String getStatus() { return CityMarker.this.getStatus(); }
        public String getPledgeYear() { return CityMarker.this.getPledgeYear(); }
        public String getTargetYear() { return CityMarker.this.getTargetYear(); }
        public String getNetworks() { return CityMarker.this.getNetworks(); }
        public String getLatitude() { return format("%.2f", CityMarker.this.getLatitude()); }
        public String getLongitude() { return format("%.2f", CityMarker.this.getLongitude()); }

        private String format(String pattern, double value) {
            return String.format(java.util.Locale.ROOT, pattern, value);
        }
    }

    @Override
    public String toString() {
        return getName() + " (" + getNation() + ")";
    }
}
