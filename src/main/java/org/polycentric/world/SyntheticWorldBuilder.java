package org.polycentric.world;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.Campaign;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityType;
import org.polycentric.model.EventLog;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.WorldSource;
import org.polycentric.model.network.GraphGenerators;
import org.polycentric.model.network.SpatialIndex;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.network.TieKind;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec.BodySpec;
import org.polycentric.scenario.WorldSpec.CampaignSpec;
import org.polycentric.scenario.WorldSpec.GreatPowerSpec;
import org.polycentric.scenario.WorldSpec.NetworkSpec;
import org.polycentric.scenario.WorldSpec.RegionSpec;
import org.polycentric.scenario.WorldSpec;

/**
 * Draws a synthetic world of any size from a scenario's {@code world} section: nations in regions
 * and blocs (great powers placed explicitly), cities with Pareto ("Zipf") sizes, tiers by size rank,
 * types, capacities, emissions and locations around their nation's centre, firms homed in proportion
 * to population, networks, supranational bodies and the city ties. Cities are stored nation by
 * nation, so a nation's cities form one index range. Every draw uses the generator it is given.
 */
public final class SyntheticWorldBuilder implements WorldSource {

    static final double KM_PER_DEGREE = 111.195;
    /** Progress is reported every 2^14 cities of a long loop. */
    private static final int PROGRESS_EVERY = (1 << 14) - 1;

    @Override
    public World build(Scenario scenario, RandomStreams replicationStreams, BuildProgress progress) {
        WorldSpec spec = scenario.world();
        if (spec.source() != WorldSpec.Source.SYNTHETIC) {
            throw new IllegalArgumentException("world.source is " + spec.source() + ": build it with StandardWorldSource");
        }
        // world.seed fixes the world across replications; each part has its own stream, so that
        // e.g. more firms leave the cities and ties where they were
        RandomStreams streams = spec.seed() == null ? replicationStreams : new RandomStreams(spec.seed());
        MersenneTwisterFast random = streams.stream("world:nations").generator();
        List<String> regions = spec.regions().stream().map(RegionSpec::name).toList();
        List<String> blocs = blocs(spec);

        Nation[] nations = nations(spec, regions, blocs, random);
        int[] citiesPerNation = citiesPerNation(spec, nations, random);
        progress.at("cities", 0, spec.cities());
        Cities cities = cities(spec, scenario, nations, citiesPerNation, streams.stream("world:cities").generator());
        progress.at("firms", 0, spec.firms().count());
        Firms firms = firms(spec, cities, streams.stream("world:firms").generator());
        TieGraph ties = ties(spec, cities, citiesPerNation, streams.stream("world:ties").generator(), progress);

        CityNetwork[] networks = new CityNetwork[spec.networks().size()];
        for (int k = 0; k < networks.length; k++) {
            NetworkSpec n = spec.networks().get(k);
            networks[k] = new CityNetwork(k, n, n.region() == null ? -1 : regions.indexOf(n.region()), blocs.size(),
                    spec.scale());
        }
        SupranationalBody[] bodies = bodies(spec, regions, blocs, networks, cities,
                (name, path) -> namedCity(cities, name, path));
        World world = new World(scenario, regions, blocs, cities, nations, firms, networks, bodies, ties);
        ties.markCrossBloc(world.rivalBlocOfCities());
        seedPledges(world, spec.initialPledges(), streams.stream("world:initialPledges").generator());
        return world;
    }

    static List<String> blocs(WorldSpec spec) {
        LinkedHashSet<String> blocs = new LinkedHashSet<>();
        spec.regions().forEach(r -> blocs.add(r.bloc()));
        spec.greatPowers().forEach(g -> blocs.add(g.bloc()));
        return List.copyOf(blocs);
    }

    private static Nation[] nations(WorldSpec spec, List<String> regions, List<String> blocs,
                                    MersenneTwisterFast random) {
        List<Nation> out = new ArrayList<>();
        java.util.Set<String> usedPrefixes = new java.util.HashSet<>();
        spec.greatPowers().forEach(g -> usedPrefixes.add(g.code()));
        WorldSpec.NationDefaults d = spec.nationDefaults();
        for (int r = 0; r < regions.size(); r++) {
            RegionSpec region = spec.regions().get(r);
            for (GreatPowerSpec gp : spec.greatPowers()) {
                if (gp.region().equals(region.name())) {
                    double[] at = pointIn(region, random);
                    out.add(new Nation(out.size(), gp.code(), r, blocs.indexOf(gp.bloc()), gp.north(), true, at[0],
                            at[1], gp.stance(), gp.autonomy(), gp.populism(), gp.netZeroTargetYear(),
                            gp.carbonPrice()));
                }
            }
            String prefix = codePrefix(region.name(), usedPrefixes);
            for (int k = 1; k <= region.nations(); k++) {
                boolean north = spec.homogeneous() || random.nextDouble() < region.northShare();
                double stance = spec.homogeneous() ? d.stanceNorth()
                        : clip((north ? d.stanceNorth() : d.stanceSouth()) + d.stanceSd() * random.nextGaussian(), -1, 1);
                double autonomyMean = north ? d.autonomyNorth() : d.autonomySouth();
                double autonomy = spec.homogeneous() ? autonomyMean
                        : clip(autonomyMean + d.autonomySpread() * (random.nextDouble() - 0.5), 0, 1);
                double populism = spec.homogeneous() ? 0 : d.populismMax() * random.nextDouble();
                double[] at = pointIn(region, random);
                out.add(new Nation(out.size(), String.format("%s%02d", prefix, k), r, blocs.indexOf(region.bloc()),
                        north, false, at[0], at[1], stance, autonomy, populism, 0, 0.0));
            }
        }
        return out.toArray(Nation[]::new);
    }

    /**
     * A short upper-case code for a region's nations: the initials of a hyphenated name or the first
     * three letters of a single word, made unique with a digit when two regions would share it.
     */
    static String codePrefix(String regionName, java.util.Set<String> used) {
        String[] words = regionName.replaceAll("[^A-Za-z-]", "").split("-+");
        StringBuilder b = new StringBuilder();
        if (words.length > 1) {
            for (String w : words) {
                if (!w.isEmpty()) {
                    b.append(Character.toUpperCase(w.charAt(0)));
                }
            }
        } else {
            String w = words.length == 0 ? "" : words[0].toUpperCase();
            b.append(w, 0, Math.min(3, w.length()));
        }
        String base = b.length() == 0 ? "R" : b.toString();
        String prefix = base;
        for (int k = 2; !used.add(prefix); k++) {
            prefix = base + k;
        }
        return prefix;
    }

    /** Splits the cities over regions by share, then over each region's nations (great powers by their share). */
    private static int[] citiesPerNation(WorldSpec spec, Nation[] nations, MersenneTwisterFast random) {
        int[] perRegion = apportion(spec.cities(), spec.regions().stream().mapToDouble(RegionSpec::cityShare).toArray());
        int[] perNation = new int[nations.length];
        for (int r = 0; r < perRegion.length; r++) {
            List<Nation> members = new ArrayList<>();
            for (Nation n : nations) {
                if (n.region() == r) {
                    members.add(n);
                }
            }
            double gpShare = 0;
            int ordinary = 0;
            for (Nation n : members) {
                if (n.greatPower()) {
                    gpShare += greatPowerSpec(spec, n.code()).cityShare();
                } else {
                    ordinary++;
                }
            }
            double[] weights = new double[members.size()];
            double rest = Math.max(0, 1 - gpShare);
            for (int k = 0; k < members.size(); k++) {
                Nation n = members.get(k);
                // Dirichlet(1) weights give ordinary nations unequal sizes
                weights[k] = n.greatPower() ? greatPowerSpec(spec, n.code()).cityShare()
                        : spec.homogeneous() ? rest / ordinary : -Math.log(1 - random.nextDouble()) * rest;
            }
            if (!spec.homogeneous() && ordinary > 0) {
                double sum = 0;
                for (int k = 0; k < members.size(); k++) {
                    if (!members.get(k).greatPower()) {
                        sum += weights[k];
                    }
                }
                for (int k = 0; k < members.size(); k++) {
                    if (!members.get(k).greatPower()) {
                        weights[k] = weights[k] / sum * rest;
                    }
                }
            }
            int[] split = apportion(perRegion[r], weights);
            for (int k = 0; k < members.size(); k++) {
                perNation[members.get(k).index()] = split[k];
            }
        }
        return perNation;
    }

    private static GreatPowerSpec greatPowerSpec(WorldSpec spec, String code) {
        return spec.greatPowers().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private static Cities cities(WorldSpec spec, Scenario scenario, Nation[] nations, int[] perNation,
                                 MersenneTwisterFast random) {
        Cities c = new Cities(spec.cities());
        WorldSpec.NationDefaults nd = spec.nationDefaults();
        double[] typeCumulative = cumulative(new double[] {spec.cityTypes().industrial(), spec.cityTypes().service(),
            spec.cityTypes().tourism(), spec.cityTypes().mixed()});
        int i = 0;
        for (Nation n : nations) {
            RegionSpec region = spec.regions().get(n.region());
            for (int k = 1; k <= perNation[n.index()]; k++, i++) {
                c.name[i] = n.code() + "-" + k;
                c.nation[i] = n.index();
                c.region[i] = n.region();
                c.bloc[i] = n.bloc();
                c.north[i] = n.north();
                if (spec.homogeneous()) {
                    c.population[i] = spec.minPopulation();
                    c.lat[i] = n.lat();
                    c.lon[i] = n.lon();
                    c.type[i] = (byte) CityType.MIXED.ordinal();
                    c.threshold[i] = scenario.decision().threshold().mean();
                    continue;
                }
                double pareto = spec.minPopulation() * Math.pow(1 - random.nextDouble(), -1.0 / spec.zipfExponent());
                c.population[i] = Math.min(spec.maxPopulation(), pareto);
                double northKm = nd.spreadKm() * random.nextGaussian();
                double eastKm = nd.spreadKm() * random.nextGaussian();
                c.lat[i] = clip(n.lat() + northKm / KM_PER_DEGREE, region.latMin(), region.latMax());
                double cosLat = Math.max(0.2, Math.cos(Math.toRadians(c.lat[i])));
                c.lon[i] = clip(n.lon() + eastKm / (KM_PER_DEGREE * cosLat), region.lonMin(), region.lonMax());
                c.type[i] = (byte) pick(typeCumulative, random.nextDouble());
                var t = scenario.decision().threshold();
                c.threshold[i] = Math.max(0, t.mean() + t.sd() * random.nextGaussian());
            }
        }
        assignTiers(spec, c);
        for (int k = 0; k < c.count(); k++) {
            Nation n = nations[c.nation[k]];
            Tier tier = c.tier(k);
            if (spec.homogeneous()) {
                c.capacity[k] = 1.0;
                c.autonomy[k] = n.autonomy();
            } else {
                WorldSpec.CapacitySpec cs = spec.capacity();
                double bonus = tier == Tier.GLOBAL ? cs.globalBonus() : tier == Tier.REGIONAL ? cs.regionalBonus() : 0;
                c.capacity[k] = clip((n.north() ? cs.north() : cs.south()) + bonus + cs.sd() * random.nextGaussian(),
                        0.02, 1);
                double autonomyBonus = tier == Tier.GLOBAL ? 0.15 : tier == Tier.REGIONAL ? 0.05 : 0;
                c.autonomy[k] = clip(n.autonomy() + autonomyBonus, 0, 1);
            }
            WorldSpec.EmissionsSpec e = spec.emissions();
            double perCapita = n.north() ? e.perCapitaNorth() : e.perCapitaSouth();
            double factor = switch (c.type(k)) {
                case INDUSTRIAL -> e.industrialFactor();
                case SERVICE -> e.serviceFactor();
                case TOURISM -> e.tourismFactor();
                case MIXED -> 1.0;
            };
            c.emissions[k] = c.population[k] * perCapita * factor;
        }
        return c;
    }

    /** The largest {@code global} share of cities are global-tier, the next {@code regional} share regional. */
    private static void assignTiers(WorldSpec spec, Cities c) {
        int global = (int) Math.round(spec.tiers().global() * c.count());
        int regional = (int) Math.round(spec.tiers().regional() * c.count());
        java.util.Arrays.fill(c.tier, (byte) Tier.SMALL_MEDIUM.ordinal());
        int[] top = c.largest(global + regional);
        for (int rank = 0; rank < top.length; rank++) {
            c.tier[top[rank]] = (byte) (rank < global ? Tier.GLOBAL : Tier.REGIONAL).ordinal();
        }
    }

    static Firms firms(WorldSpec spec, Cities c, MersenneTwisterFast random) {
        WorldSpec.FirmsSpec fs = spec.firms();
        Firms f = new Firms(fs.count(), fs.sectors().toArray(String[]::new));
        double[] byPopulation = cumulative(c.population);
        for (int j = 0; j < fs.count(); j++) {
            f.homeCity[j] = pick(byPopulation, random.nextDouble());
            f.sector[j] = (byte) random.nextInt(fs.sectors().size());
            f.size[j] = Math.pow(1 - random.nextDouble(), -1.0 / fs.sizeExponent());
        }
        return f;
    }

    static TieGraph ties(WorldSpec spec, Cities c, int[] perNation, MersenneTwisterFast random,
                                 BuildProgress progress) {
        progress.at("ties", 0, c.count());
        WorldSpec.GraphSpec g = spec.graph();
        int n = c.count();
        return switch (g.kind()) {
            case COMPLETE -> TieGraph.complete(n);
            case ERDOS_RENYI -> GraphGenerators.erdosRenyi(n, g.meanDegree(), random);
            case WATTS_STROGATZ -> GraphGenerators.wattsStrogatz(n, g.k(), g.rewiring(), random);
            case BARABASI_ALBERT -> GraphGenerators.barabasiAlbert(n, g.m(), random);
            case SYNTHETIC -> syntheticTies(spec.ties(), c, perNation, random, progress);
        };
    }

    /** Same-nation, proximity and long-range ties (the multiplex of M3). */
    private static TieGraph syntheticTies(WorldSpec.TiesSpec t, Cities c, int[] perNation,
                                          MersenneTwisterFast random, BuildProgress progress) {
        int n = c.count();
        TieGraph.Builder b = TieGraph.builder(n);
        int first = 0;
        for (int size : perNation) {
            for (int i = first; i < first + size && size > 1; i++) {
                for (int k = 0; k < t.sameNation(); k++) {
                    b.addEdge(i, first + random.nextInt(size), TieKind.SAME_NATION);
                }
            }
            first += size;
        }
        if (t.proximity() > 0) {
            SpatialIndex index = new SpatialIndex(c.lat, c.lon);
            for (int i = 0; i < n; i++) {
                if ((i & PROGRESS_EVERY) == 0) {
                    progress.at("ties to nearest cities", i, n);
                }
                for (int j : index.nearest(i, t.proximity(), x -> true)) {
                    b.addEdge(i, j, TieKind.PROXIMITY);
                }
            }
        }
        if (t.longRange() > 0) {
            double[] byPopulation = cumulative(c.population);
            int whole = (int) t.longRange();
            double fraction = t.longRange() - whole;
            for (int i = 0; i < n; i++) {
                int links = whole + (random.nextDouble() < fraction ? 1 : 0);
                for (int k = 0; k < links; k++) {
                    b.addEdge(i, pick(byPopulation, random.nextDouble()), TieKind.LONG_RANGE);
                }
            }
        }
        progress.at("tie graph", 0, n);
        return b.build();
    }

    /**
     * Finds a campaign's {@code hostCity} by name: its index, -1 for none, or an
     * {@link InvalidValueException} naming {@code path} for a mistake in the scenario.
     */
    interface HostCities {
        int find(String name, String path);
    }

    static SupranationalBody[] bodies(WorldSpec spec, List<String> regions, List<String> blocs,
                                      CityNetwork[] networks, Cities c, HostCities hostCities) {
        SupranationalBody[] out = new SupranationalBody[spec.supranational().size()];
        boolean[] hosted = new boolean[c.count()];
        for (int b = 0; b < out.length; b++) {
            BodySpec body = spec.supranational().get(b);
            int region = body.region() == null ? -1 : regions.indexOf(body.region());
            List<Campaign> campaigns = new ArrayList<>();
            for (int kk = 0; kk < body.campaigns().size(); kk++) {
                CampaignSpec k = body.campaigns().get(kk);
                String hostPath = "world.supranational[" + b + "].campaigns[" + kk + "].hostCity";
                int mask = 0;
                for (String name : k.networks()) {
                    for (CityNetwork net : networks) {
                        if (net.name().equals(name)) {
                            mask |= 1 << net.index();
                        }
                    }
                }
                int host = k.hostCity() != null ? hostCities.find(k.hostCity(), hostPath)
                        : k.hostRegion() == null ? -1 : largestUnhosted(c, regions.indexOf(k.hostRegion()), hosted);
                campaigns.add(new Campaign(k.name(), b, k.year(), k.intensity(), mask, host));
            }
            out[b] = new SupranationalBody(b, body.name(), body.kind(), region,
                    body.bloc() == null ? -1 : blocs.indexOf(body.bloc()), body.budgetPerYear() * spec.scale(), campaigns);
        }
        return out;
    }

    /** The city of a campaign's {@code hostCity}; a name no city has is a mistake in the scenario. */
    static int namedCity(Cities c, String name, String path) {
        for (int i = 0; i < c.count(); i++) {
            if (c.name[i].equals(name)) {
                return i;
            }
        }
        throw new InvalidValueException(path, "no city '" + name + "' in this world (a real world names its cities"
                + " 'Name, ISO3' as GeoNames spells the name, e.g. 'Paris, FRA' or 'Montréal, CAN'; a synthetic"
                + " world 'CODE-k', e.g. 'EUR01-1')");
    }

    private static int largestUnhosted(Cities c, int region, boolean[] hosted) {
        int best = -1;
        for (int i = 0; i < c.count(); i++) {
            if (c.region[i] == region && !hosted[i] && (best < 0 || c.population[i] > c.population[best])) {
                best = i;
            }
        }
        if (best >= 0) {
            hosted[best] = true;
        }
        return best;
    }

    /** Pledges made before the run starts (the Watts seed): distinct random cities. */
    static void seedPledges(World world, int count, MersenneTwisterFast random) {
        Cities c = world.cities();
        int target = world.scenario().decision().targetYear().latest();
        int done = 0;
        while (done < count) {
            int i = random.nextInt(c.count());
            if (c.isPledged(i)) {
                continue;
            }
            c.setStatus(i, PledgeStatus.PLEDGED);
            c.pledgeYear[i] = world.time().startYear();
            c.targetYear[i] = target;
            c.ambition[i] = 1.0;
            c.pledgeEmissions[i] = c.emissions[i];
            world.events().add(-1, EventLog.Kind.PLEDGE, i, -1, target);
            done++;
        }
    }

    private static double[] pointIn(RegionSpec r, MersenneTwisterFast random) {
        double lat = r.latMin() + (r.latMax() - r.latMin()) * (0.15 + 0.7 * random.nextDouble());
        double lon = r.lonMin() + (r.lonMax() - r.lonMin()) * (0.15 + 0.7 * random.nextDouble());
        return new double[] {lat, lon};
    }

    /** Largest-remainder apportionment of {@code total} by weights. */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] out = new int[weights.length];
        if (sum <= 0 || weights.length == 0) {
            return out;
        }
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int k = 0; k < weights.length; k++) {
            double exact = total * weights[k] / sum;
            out[k] = (int) Math.floor(exact);
            remainder[k] = exact - out[k];
            given += out[k];
        }
        while (given < total) {
            int best = 0;
            for (int k = 1; k < weights.length; k++) {
                if (remainder[k] > remainder[best]) {
                    best = k;
                }
            }
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    static double[] cumulative(double[] weights) {
        double[] cum = new double[weights.length];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k];
            cum[k] = sum;
        }
        return cum;
    }

    /** Index drawn in proportion to the weights behind a cumulative array, by binary search. */
    static int pick(double[] cumulative, double u) {
        double x = u * cumulative[cumulative.length - 1];
        int k = Arrays.binarySearch(cumulative, x);
        k = k >= 0 ? k + 1 : -k - 1;
        return Math.min(k, cumulative.length - 1);
    }

    static double clip(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
