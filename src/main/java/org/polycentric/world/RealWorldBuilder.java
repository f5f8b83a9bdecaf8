package org.polycentric.world;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityType;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.WorldSource;
import org.polycentric.model.network.TieGraph;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec;
import org.polycentric.scenario.WorldSpec.GreatPowerSpec;
import org.polycentric.scenario.WorldSpec.NetworkSpec;
import org.polycentric.world.data.CityTable;
import org.polycentric.world.data.CountryTable;
import org.polycentric.world.data.NationAttributes;

/**
 * Builds the world from real data (issue #12; docs/DATA.md, ODD section 5): every sovereign nation
 * of {@code nation-attributes.csv} with its region (from its UN subregion), bloc, great-power flag,
 * North/South (Annex I or high income) and CO2 per head; the GeoNames cities of at least
 * {@code world.minPopulation} people, at most {@code world.cities} of them, largest first, with their
 * names, coordinates and populations, each in its sovereign nation (a territory's cities in the
 * nation that governs it). What the data do not give is derived by stated rules or drawn as in the
 * synthetic world: tier from population and capital status, capacity from the income group,
 * emissions from the nation's CO2 per head, type, threshold, stance, autonomy and populism drawn.
 * Firms, ties, networks and supranational bodies are made exactly as in {@link SyntheticWorldBuilder}.
 */
public final class RealWorldBuilder implements WorldSource {

    /** Model region of each UN subregion (world-countries' names). */
    private static final Map<String, String> REGION_OF_SUBREGION = Map.ofEntries(
            Map.entry("North America", "north-america"),
            Map.entry("Caribbean", "latin-america"), Map.entry("Central America", "latin-america"),
            Map.entry("South America", "latin-america"),
            Map.entry("Northern Europe", "europe"), Map.entry("Western Europe", "europe"),
            Map.entry("Southern Europe", "europe"), Map.entry("Central Europe", "europe"),
            Map.entry("Southeast Europe", "europe"), Map.entry("Eastern Europe", "europe"),
            Map.entry("Northern Africa", "africa"), Map.entry("Western Africa", "africa"),
            Map.entry("Middle Africa", "africa"), Map.entry("Eastern Africa", "africa"),
            Map.entry("Southern Africa", "africa"),
            Map.entry("Western Asia", "middle-east"), Map.entry("Central Asia", "russia-central-asia"),
            Map.entry("Southern Asia", "south-asia"), Map.entry("Eastern Asia", "east-asia"),
            Map.entry("South-Eastern Asia", "southeast-asia"),
            Map.entry("Australia and New Zealand", "oceania"), Map.entry("Melanesia", "oceania"),
            Map.entry("Micronesia", "oceania"), Map.entry("Polynesia", "oceania"));

    /** Nations whose model region is not their subregion's. */
    private static final Map<String, String> REGION_OVERRIDES = Map.of(
            "MEX", "latin-america", "RUS", "russia-central-asia", "IRN", "middle-east");

    /** The nation that governs a territory with cities (ISO alpha-3, both); others' cities are left out. */
    static final Map<String, String> SOVEREIGN_OF_TERRITORY = Map.ofEntries(
            Map.entry("HKG", "CHN"), Map.entry("MAC", "CHN"),
            Map.entry("PRI", "USA"), Map.entry("GUM", "USA"), Map.entry("VIR", "USA"), Map.entry("ASM", "USA"),
            Map.entry("MNP", "USA"), Map.entry("UMI", "USA"),
            Map.entry("GUF", "FRA"), Map.entry("GLP", "FRA"), Map.entry("MTQ", "FRA"), Map.entry("REU", "FRA"),
            Map.entry("MYT", "FRA"), Map.entry("NCL", "FRA"), Map.entry("PYF", "FRA"), Map.entry("SPM", "FRA"),
            Map.entry("BLM", "FRA"), Map.entry("MAF", "FRA"), Map.entry("WLF", "FRA"),
            Map.entry("GRL", "DNK"), Map.entry("FRO", "DNK"), Map.entry("ALA", "FIN"),
            Map.entry("ABW", "NLD"), Map.entry("CUW", "NLD"), Map.entry("SXM", "NLD"), Map.entry("BES", "NLD"),
            Map.entry("BMU", "GBR"), Map.entry("CYM", "GBR"), Map.entry("GIB", "GBR"), Map.entry("JEY", "GBR"),
            Map.entry("GGY", "GBR"), Map.entry("IMN", "GBR"), Map.entry("VGB", "GBR"), Map.entry("AIA", "GBR"),
            Map.entry("MSR", "GBR"), Map.entry("TCA", "GBR"), Map.entry("FLK", "GBR"), Map.entry("SHN", "GBR"),
            Map.entry("CCK", "AUS"), Map.entry("CXR", "AUS"), Map.entry("NFK", "AUS"),
            Map.entry("COK", "NZL"), Map.entry("NIU", "NZL"), Map.entry("TKL", "NZL"));


    @Override
    public World build(Scenario scenario, RandomStreams replicationStreams, BuildProgress progress) {
        WorldSpec spec = scenario.world();
        RandomStreams streams = spec.seed() == null ? replicationStreams : new RandomStreams(spec.seed());
        List<String> regions = spec.regions().stream().map(WorldSpec.RegionSpec::name).toList();
        List<String> blocs = SyntheticWorldBuilder.blocs(spec);
        CountryTable countries = Data.COUNTRIES;
        NationAttributes attributes = Data.NATIONS;
        CityTable table = Data.CITIES;

        progress.at("nations", 0, attributes.size());
        Nation[] nations = nations(spec, regions, blocs, countries, attributes,
                streams.stream("world:nations").generator());
        Map<String, Integer> nationOf = new HashMap<>();
        for (Nation n : nations) {
            nationOf.put(n.code(), n.index());
        }
        // the chosen cities, grouped by nation (nation order), largest first within a nation
        int[] chosen = chooseCities(table, spec);
        int[] home = new int[chosen.length];
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < chosen.length; k++) {
            Integer n = nationOf.get(sovereign(countries, table.country(chosen[k])));
            home[k] = n == null ? -1 : n;
            if (n != null) {
                kept.add(k);
            }
        }
        Integer[] order = kept.toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> home[a] != home[b] ? Integer.compare(home[a], home[b]) : Integer.compare(a, b));
        int[] perNation = new int[nations.length];
        progress.at("cities", 0, order.length);
        Cities cities = new Cities(order.length);
        int[] row = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            row[i] = chosen[order[i]];
            perNation[home[order[i]]]++;
        }
        fillCities(scenario, spec, nations, attributes, table, row, home, order, cities,
                streams.stream("world:cities").generator());
        progress.at("firms", 0, spec.firms().count());
        Firms firms = SyntheticWorldBuilder.firms(spec, cities, streams.stream("world:firms").generator());
        TieGraph ties = SyntheticWorldBuilder.ties(spec, cities, perNation, streams.stream("world:ties").generator(),
                progress);
        CityNetwork[] networks = new CityNetwork[spec.networks().size()];
        for (int k = 0; k < networks.length; k++) {
            NetworkSpec n = spec.networks().get(k);
            networks[k] = new CityNetwork(k, n, n.region() == null ? -1 : regions.indexOf(n.region()), blocs.size(),
                    spec.scale());
        }
        SupranationalBody[] bodies = SyntheticWorldBuilder.bodies(spec, regions, blocs, networks, cities,
                (name, path) -> hostCity(cities, countries, table, name, path));
        World world = new World(scenario, regions, blocs, cities, nations, firms, networks, bodies, ties);
        ties.markCrossBloc(world.rivalBlocOfCities());
        SyntheticWorldBuilder.seedPledges(world, Math.min(spec.initialPledges(), cities.count()),
                streams.stream("world:initialPledges").generator());
        return world;
    }

    /** The shipped data, read once per program on first use (they never change while it runs). */
    private static final class Data {
        static final CityTable CITIES = CityTable.load();
        static final CountryTable COUNTRIES = CountryTable.load();
        static final NationAttributes NATIONS = NationAttributes.load();
    }

    /**
     * The cities of at least {@code minPopulation} people, largest first, at most {@code cities} of
     * them; GeoNames' sections of cities (feature PPLX, e.g. a district of Shanghai) are left out, as
     * their people are counted in their city.
     */
    static int[] chooseCities(CityTable table, WorldSpec spec) {
        int[] all = table.largest((int) Math.ceil(spec.minPopulation()), Integer.MAX_VALUE);
        int[] out = new int[Math.min(all.length, spec.cities())];
        int n = 0;
        for (int k = 0; k < all.length && n < out.length; k++) {
            if (!"PPLX".equals(table.feature(all[k]))) {
                out[n++] = all[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * A campaign's host city in this world; -1 when it is a real city below this world's floor (the
     * campaign then has no host); a name the data do not have is a mistake in the scenario.
     */
    private static int hostCity(Cities cities, CountryTable countries, CityTable table, String name, String path) {
        for (int i = 0; i < cities.count(); i++) {
            if (cities.name[i].equals(name)) {
                return i;
            }
        }
        int comma = name.lastIndexOf(", ");
        String iso2 = comma < 0 ? null
                : countries.byIso3(name.substring(comma + 2)).map(CountryTable.Country::iso2).orElse(null);
        if (iso2 != null && table.find(name.substring(0, comma), iso2) >= 0) {
            return -1;
        }
        return SyntheticWorldBuilder.namedCity(cities, name, path); // throws with the message
    }

    /** The sovereign nation (ISO alpha-3) of a city's GeoNames country (ISO alpha-2), or null. */
    private static String sovereign(CountryTable countries, String iso2) {
        String iso3 = countries.iso3(iso2);
        if (iso3 == null) {
            return null;
        }
        return SOVEREIGN_OF_TERRITORY.getOrDefault(iso3, iso3);
    }

    /** The model region of a nation: its UN subregion's, or an override. */
    static String regionOf(String iso3, String subregion) {
        String r = REGION_OVERRIDES.get(iso3);
        return r != null ? r : REGION_OF_SUBREGION.get(subregion);
    }

    private static Nation[] nations(WorldSpec spec, List<String> regions, List<String> blocs, CountryTable countries,
                                    NationAttributes attributes, MersenneTwisterFast random) {
        WorldSpec.NationDefaults d = spec.nationDefaults();
        List<String> codes = new ArrayList<>(attributes.all().stream().map(NationAttributes.Nation::iso3).toList());
        // region order first, then ISO code, so a nation's index says where it is
        codes.sort((a, b) -> {
            int ra = regions.indexOf(regionOf(a, countries.subregionOfIso3(a)));
            int rb = regions.indexOf(regionOf(b, countries.subregionOfIso3(b)));
            return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
        });
        Nation[] out = new Nation[codes.size()];
        for (int k = 0; k < out.length; k++) {
            String code = codes.get(k);
            NationAttributes.Nation a = attributes.get(code).orElseThrow();
            String regionName = regionOf(code, countries.subregionOfIso3(code));
            int region = regions.indexOf(regionName);
            if (region < 0) {
                throw new IllegalStateException("no model region for " + code + " (subregion "
                        + countries.subregionOfIso3(code) + ")");
            }
            int bloc = blocs.indexOf(a.bloc().code());
            if (bloc < 0) {
                throw new IllegalStateException("nation " + code + " is in bloc '" + a.bloc().code()
                        + "', which the scenario's regions and great powers do not name; they name "
                        + String.join(", ", blocs));
            }
            boolean north = a.annex1() || a.incomeGroup() == NationAttributes.IncomeGroup.HIGH;
            double[] at = countries.latLonOfIso3(code);
            // drawn for every nation, great powers included, so the draws do not depend on the scenario's list
            double stance = SyntheticWorldBuilder.clip((north ? d.stanceNorth() : d.stanceSouth())
                    + d.stanceSd() * random.nextGaussian(), -1, 1);
            double autonomy = SyntheticWorldBuilder.clip((north ? d.autonomyNorth() : d.autonomySouth())
                    + d.autonomySpread() * (random.nextDouble() - 0.5), 0, 1);
            double populism = d.populismMax() * random.nextDouble();
            GreatPowerSpec gp = spec.greatPowers().stream().filter(g -> g.code().equals(code)).findFirst()
                    .orElse(null);
            if (gp != null) {
                out[k] = new Nation(k, code, region, bloc, north, a.greatPower(), at[0], at[1], gp.stance(),
                        gp.autonomy(), gp.populism(), gp.netZeroTargetYear(), gp.carbonPrice());
            } else {
                out[k] = new Nation(k, code, region, bloc, north, a.greatPower(), at[0], at[1], stance, autonomy,
                        populism, 0, 0.0);
            }
        }
        return out;
    }

    private static void fillCities(Scenario scenario, WorldSpec spec, Nation[] nations, NationAttributes attributes,
                                   CityTable table, int[] row, int[] home, Integer[] order, Cities c,
                                   MersenneTwisterFast random) {
        WorldSpec.RealSpec real = spec.real();
        double[] typeCumulative = SyntheticWorldBuilder.cumulative(new double[] {spec.cityTypes().industrial(),
            spec.cityTypes().service(), spec.cityTypes().tourism(), spec.cityTypes().mixed()});
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            Nation n = nations[home[order[i]]];
            int r = row[i];
            String name = table.name(r) + ", " + n.code();
            c.name[i] = seen.merge(name, 1, Integer::sum) == 1 ? name : name + " [" + table.geonameId(r) + "]";
            c.nation[i] = n.index();
            c.region[i] = n.region();
            c.bloc[i] = n.bloc();
            c.north[i] = n.north();
            c.population[i] = table.population(r);
            c.lat[i] = table.lat(r);
            c.lon[i] = table.lon(r);
            boolean capital = "PPLC".equals(table.feature(r));
            double p = c.population[i];
            Tier tier = p >= real.globalPopulation() || capital && p >= real.regionalPopulation() ? Tier.GLOBAL
                    : p >= real.regionalPopulation() || capital ? Tier.REGIONAL : Tier.SMALL_MEDIUM;
            c.tier[i] = (byte) tier.ordinal();
            c.type[i] = (byte) SyntheticWorldBuilder.pick(typeCumulative, random.nextDouble());
            var t = scenario.decision().threshold();
            c.threshold[i] = Math.max(0, t.mean() + t.sd() * random.nextGaussian());
            NationAttributes.Nation a = attributes.get(n.code()).orElseThrow();
            WorldSpec.CapacitySpec cs = spec.capacity();
            double bonus = tier == Tier.GLOBAL ? cs.globalBonus() : tier == Tier.REGIONAL ? cs.regionalBonus() : 0;
            c.capacity[i] = SyntheticWorldBuilder.clip(incomeCapacity(real.capacity(), a.incomeGroup()) + bonus
                    + cs.sd() * random.nextGaussian(), 0.02, 1);
            double autonomyBonus = tier == Tier.GLOBAL ? 0.15 : tier == Tier.REGIONAL ? 0.05 : 0;
            c.autonomy[i] = SyntheticWorldBuilder.clip(n.autonomy() + autonomyBonus, 0, 1);
            WorldSpec.EmissionsSpec e = spec.emissions();
            double perCapita = Double.isNaN(a.co2PerCapita()) ? (n.north() ? e.perCapitaNorth() : e.perCapitaSouth())
                    : a.co2PerCapita();
            double factor = switch (CityType.values()[c.type[i]]) {
                case INDUSTRIAL -> e.industrialFactor();
                case SERVICE -> e.serviceFactor();
                case TOURISM -> e.tourismFactor();
                case MIXED -> 1.0;
            };
            c.emissions[i] = p * perCapita * factor;
        }
    }

    /** Mean initial capacity of an income group; lower-middle when the World Bank gives none. */
    static double incomeCapacity(WorldSpec.IncomeCapacity ic, NationAttributes.IncomeGroup group) {
        return switch (group) {
            case HIGH -> ic.high();
            case UPPER_MIDDLE -> ic.upperMiddle();
            case LOW -> ic.low();
            case LOWER_MIDDLE, NONE -> ic.lowerMiddle();
        };
    }
}
