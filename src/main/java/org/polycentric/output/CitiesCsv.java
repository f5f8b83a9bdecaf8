package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;

/** {@code cities.csv}: every city's final state in each replication; {@code id} is the city's index. */
final class CitiesCsv extends StreamedCsv {
    static final String FILE = "cities.csv";
    static final List<String> HEADER = List.of("replication", "id", "name", "nation", "region", "bloc",
            "north_south", "lat", "lon", "population", "tier", "type", "capacity", "autonomy", "emissions",
            "status", "pledge_year", "target_year", "ambition", "networks");

    CitiesCsv(Path folder) throws IOException {
        super(folder, FILE, HEADER);
    }

    @Override
    void writeRows(ReplicationResult result, CsvWriter csv) throws IOException {
        World world = result.world();
        Cities cities = world.cities();
        for (int i = 0; i < cities.count(); i++) {
            csv.integer(result.replication())
                    .integer(i)
                    .text(cities.name[i])
                    .text(world.nations()[cities.nation[i]].code())
                    .text(world.regions().get(cities.region[i]))
                    .text(world.blocs().get(cities.bloc[i]))
                    .text(cities.north[i] ? "north" : "south")
                    .number(cities.lat[i])
                    .number(cities.lon[i])
                    .number(cities.population[i])
                    .text(cities.tier(i).label())
                    .text(cities.type(i).label())
                    .number(cities.capacity[i])
                    .number(cities.autonomy[i])
                    .number(cities.emissions[i])
                    .text(PledgeStatus.of(cities.status[i]).label())
                    .number(cities.pledgeYear[i])
                    // A city that never pledged has no target: NA rather than a misleading 0.
                    .number(cities.targetYear[i] > 0 ? cities.targetYear[i] : Double.NaN)
                    .number(cities.ambition[i])
                    .text(networkNames(cities.networkMask[i], world.networks()));
            csv.endRow();
        }
    }

    /** Names of the networks whose bits are set, in network order, joined by ';'. */
    private static String networkNames(int mask, CityNetwork[] networks) {
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < networks.length; k++) {
            if ((mask & (1 << k)) != 0) {
                if (names.length() > 0) {
                    names.append(';');
                }
                names.append(networks[k].name());
            }
        }
        return names.toString();
    }
}
