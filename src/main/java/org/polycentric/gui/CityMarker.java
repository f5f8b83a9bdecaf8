package org.polycentric.gui;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Polycentric;
import org.polycentric.model.World;

/**
 * One city on the map: only its index, reading the model's arrays live, so the map and the
 * inspector always show the current state. The getters are what MASON's inspector lists on a click.
 */
public final class CityMarker {
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

    @Override
    public String toString() {
        return getName() + " (" + getNation() + ")";
    }
}
