package org.polycentric.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.Cities;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.data.CityTable;

/**
 * The real-data world (issue #12): the cities a user expects, each in its own nation, with the
 * tiers, North/South and blocs the documented rules give (ODD section 5, docs/DATA.md).
 */
class RealWorldBuilderTest {

    private static Scenario world2005(String... overrides) {
        try {
            return new ScenarioLoader(RuleCatalogue.STANDARD).load(Path.of("scenarios", "world-2005.json"),
                    List.of(overrides)).value();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static World build(Scenario s) {
        return new StandardWorldSource().build(s, new RandomStreams(1), BuildProgress.NONE);
    }

    private static int city(World w, String name) {
        Cities c = w.cities();
        for (int i = 0; i < c.count(); i++) {
            if (c.name[i].equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no city " + name);
    }

    private static Nation nation(World w, String code) {
        for (Nation n : w.nations()) {
            if (n.code().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no nation " + code);
    }

    @Test
    void everyCityOfAtLeast100000PeopleInItsOwnNation() {
        World w = build(world2005());
        Cities c = w.cities();
        int atLeast = CityTable.shared().countAtLeast(100_000);
        System.out.printf("real world, floor 100,000: %d cities (GeoNames rows at or above the floor: %d), %d nations%n",
                c.count(), atLeast, w.nations().length);
        // all of them but the sections of cities (PPLX) and places no nation governs
        assertTrue(c.count() > 4_200 && c.count() <= atLeast, "cities: " + c.count());
        assertEquals(197, w.nations().length);
        // a nation's cities form one index range, largest first
        Set<Integer> closed = new HashSet<>();
        for (int i = 1; i < c.count(); i++) {
            if (c.nation[i] != c.nation[i - 1]) {
                assertTrue(closed.add(c.nation[i - 1]), "nation " + c.nation[i - 1] + " appears twice");
            } else {
                assertTrue(c.population[i] <= c.population[i - 1], "largest first within " + c.nation[i]);
            }
        }
        // cities where a user looks for them
        int paris = city(w, "Paris, FRA");
        assertEquals("FRA", w.nations()[c.nation[paris]].code());
        assertEquals(Tier.GLOBAL, c.tier(paris), "a national capital of more than 500,000 people");
        assertEquals(48.85, c.lat[paris], 0.1);
        assertEquals(2.35, c.lon[paris], 0.1);
        int lagos = city(w, "Lagos, NGA");
        assertTrue(c.population[lagos] > 5e6 && !c.north[lagos]);
        int hongKong = city(w, "Hong Kong, CHN");
        assertEquals("CHN", w.nations()[c.nation[hongKong]].code(), "a territory's cities are its sovereign's");
        assertTrue(c.name[city(w, "Tokyo, JPN")].startsWith("Tokyo") && c.north[city(w, "Tokyo, JPN")]);
        // nations: blocs and great powers from the data, North = Annex I or high income
        Nation usa = nation(w, "USA");
        Nation chn = nation(w, "CHN");
        assertTrue(usa.greatPower() && chn.greatPower() && usa.north() && !chn.north());
        assertEquals("west", w.blocs().get(usa.bloc()));
        assertEquals("east", w.blocs().get(chn.bloc()));
        assertEquals("europe", w.regions().get(nation(w, "DEU").region()));
        assertEquals("russia-central-asia", w.regions().get(nation(w, "RUS").region()));
        assertEquals("latin-america", w.regions().get(nation(w, "MEX").region()));
        assertEquals("middle-east", w.regions().get(nation(w, "IRN").region()));
        assertTrue(nation(w, "SAU").north(), "high income makes a nation North");
        Map<Tier, Integer> tiers = new HashMap<>();
        int north = 0;
        for (int i = 0; i < c.count(); i++) {
            tiers.merge(c.tier(i), 1, Integer::sum);
            north += c.north[i] ? 1 : 0;
            assertTrue(c.emissions[i] > 0 && c.capacity[i] >= 0.02 && c.capacity[i] <= 1);
        }
        System.out.printf("tiers %s; North %d, South %d%n", tiers, north, c.count() - north);
        assertTrue(tiers.get(Tier.GLOBAL) > 100 && tiers.get(Tier.GLOBAL) < 400, "global-tier cities: " + tiers);
    }

    @Test
    void aScenarioPicksThePopulationFloorOrTheTopN() {
        World top = build(world2005("world.cities=500"));
        assertEquals(500, top.cities().count());
        double smallest = Double.MAX_VALUE;
        for (double p : top.cities().population) {
            smallest = Math.min(smallest, p);
        }
        assertTrue(smallest > 500_000, "the 500 largest cities all have more than half a million people: " + smallest);
        World towns = build(world2005("world.minPopulation=1000", "world.cities=200000"));
        System.out.printf("real world, floor 1,000: %d cities%n", towns.cities().count());
        assertTrue(towns.cities().count() > 100_000, "towns of 1,000 people and more: " + towns.cities().count());
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        World a = build(world2005());
        World b = build(world2005());
        assertEquals(a.cities().count(), b.cities().count());
        for (int i = 0; i < a.cities().count(); i++) {
            assertEquals(a.cities().capacity[i], b.cities().capacity[i], 0.0);
            assertEquals(a.cities().type[i], b.cities().type[i]);
        }
        for (int k = 0; k < a.nations().length; k++) {
            assertEquals(a.nations()[k].stance(), b.nations()[k].stance(), 0.0);
        }
    }

    @Test
    void aHostCityIsFoundByItsNameOrNamedAsTheMistake() {
        World w = build(world2005());
        SupranationalBodyCheck.hostOf(w, "Paris Agreement", "Paris, FRA");
        // a real city below the floor leaves the campaign without host; a name no city has is a mistake
        World small = build(world2005("world.minPopulation=1000000", "world.cities=200000"));
        SupranationalBodyCheck.hostOf(small, "COP27 Sharm el-Sheikh", null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> build(world2005(
                "world.supranational[0].campaigns[0].hostCity=Montreal, CAN")));
        System.out.println(e.field() + ": " + e.getMessage());
        assertEquals("world.supranational[0].campaigns[0].hostCity", e.field());
        assertTrue(e.getMessage().contains("Montréal, CAN"), "names how the city is spelt: " + e.getMessage());
    }

    /** The host city of a named campaign (null: none). */
    private static final class SupranationalBodyCheck {
        static void hostOf(World w, String campaign, String city) {
            for (var body : w.bodies()) {
                for (var k : body.campaigns()) {
                    if (k.name().equals(campaign)) {
                        assertEquals(city, k.hostCity() < 0 ? null : w.cities().name[k.hostCity()], campaign);
                        return;
                    }
                }
            }
            throw new AssertionError("no campaign " + campaign);
        }
    }

    @Test
    void aRealWorldNeedsTheRealRegions() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader(RuleCatalogue.STANDARD)
                .load(Path.of("scenarios", "baseline.json"), List.of("world.source=real",
                        "world.regions=[{\"name\":\"world\",\"latMin\":-50,\"latMax\":65,\"lonMin\":-170,"
                                + "\"lonMax\":170,\"nations\":1,\"cityShare\":1.0,\"northShare\":0.5,\"bloc\":\"none\"}]",
                        "world.greatPowers=[]", "world.networks=[]", "world.supranational=[]")));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().contains("north-america") && e.getMessage().contains("regions"), e.getMessage());
    }
}
