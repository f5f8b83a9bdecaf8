package org.polycentric.world.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped cities file: what a user of the real world relies on, and clear errors on bad rows. */
class CityTableTest {

    private static CityTable cities;

    @BeforeAll
    static void load() {
        cities = CityTable.shared();
    }

    @Test
    void holdsEveryPlaceOfThePackageAndAboutFourThousandFourHundredCitiesOfAHundredThousand() {
        int all = cities.size();
        int thousand = cities.countAtLeast(1000);
        int big = cities.countAtLeast(100_000);
        int million = cities.countAtLeast(1_000_000);
        int unknown = all - cities.countAtLeast(1);
        System.out.printf("cities: %,d in all; %,d >= 1,000; %,d >= 100,000; %,d >= 1,000,000; %,d without a population%n",
                all, thousand, big, million, unknown);
        assertTrue(all > 130_000 && all < 140_000, "all rows: " + all);
        assertTrue(big > 4_300 && big < 4_600, "cities of 100,000 or more: " + big);
        assertTrue(million > 300 && million < 700, "cities of a million or more: " + million);
        assertTrue(unknown < all / 5, "rows without a population: " + unknown);
    }

    @Test
    void knownCitiesAreWhereTheyAreWithPlausiblePopulations() {
        // name, country, lat, lon, least and most population plausible for GeoNames' city proper
        Object[][] known = {
            {"Tokyo", "JP", 35.69, 139.69, 5_000_000, 40_000_000},
            {"Delhi", "IN", 28.65, 77.23, 5_000_000, 35_000_000},
            {"Shanghai", "CN", 31.22, 121.46, 10_000_000, 35_000_000},
            {"São Paulo", "BR", -23.55, -46.63, 8_000_000, 25_000_000},
            {"Lagos", "NG", 6.45, 3.39, 5_000_000, 25_000_000},
            {"Mexico City", "MX", 19.43, -99.13, 8_000_000, 25_000_000},
            {"London", "GB", 51.51, -0.13, 7_000_000, 15_000_000},
        };
        for (Object[] k : known) {
            int i = cities.find((String) k[0], (String) k[1]);
            assertTrue(i >= 0, k[0] + " missing");
            System.out.printf("%-12s %s %,11d  %8.4f %9.4f  %s  geonameid %d, row %d%n", cities.name(i),
                    cities.country(i), cities.population(i), cities.lat(i), cities.lon(i), cities.feature(i),
                    cities.geonameId(i), i);
            assertEquals((double) k[2], cities.lat(i), 0.3, k[0] + " latitude");
            assertEquals((double) k[3], cities.lon(i), 0.3, k[0] + " longitude");
            int p = cities.population(i);
            assertTrue(p >= (int) k[4] && p <= (int) k[5], k[0] + " population " + p);
        }
        assertTrue(cities.isNationalCapital(cities.find("Tokyo", "JP")));
        assertTrue(cities.isNationalCapital(cities.find("London", "GB")));
        assertTrue(!cities.isNationalCapital(cities.find("Lagos", "NG")), "Abuja is Nigeria's capital");
        assertEquals(cities.find("Tokyo", "JP"), cities.indexOfId(1850147));
    }

    @Test
    void everyRowIsWellFormedUniqueAndLargestFirst() {
        Set<Integer> ids = new HashSet<>();
        TreeMap<String, Integer> features = new TreeMap<>();
        for (int i = 0; i < cities.size(); i++) {
            assertTrue(ids.add(cities.geonameId(i)), "repeated geonameid " + cities.geonameId(i));
            assertTrue(Math.abs(cities.lat(i)) <= 90 && Math.abs(cities.lon(i)) <= 180, "row " + i);
            assertTrue(!cities.name(i).isBlank(), "row " + i);
            assertTrue(i == 0 || cities.population(i) <= cities.population(i - 1), "row " + i);
            features.merge(cities.feature(i), 1, Integer::sum);
        }
        int capitals = features.getOrDefault(CityTable.NATIONAL_CAPITAL, 0);
        System.out.println("feature codes: " + features);
        assertTrue(capitals > 200 && capitals < 260, "national capitals (PPLC): " + capitals);
        assertTrue(cities.population(0) < 30_000_000, "largest: " + cities.population(0));
        // a name that holds a comma survives the quoting
        assertTrue(cities.find("Xeraco,Jaraco", "ES") >= 0);
    }

    @Test
    void everyCitysCountryIsInTheCountryTable() {
        CountryTable countries = CountryTable.load();
        TreeMap<String, Integer> missing = new TreeMap<>();
        Set<String> withCities = new HashSet<>();
        int kosovo = 0;
        for (int i = 0; i < cities.size(); i++) {
            withCities.add(cities.country(i));
            if (countries.byIso2(cities.country(i)).isEmpty()) {
                missing.merge(cities.country(i), 1, Integer::sum);
            }
            if (cities.country(i).equals("XK")) {
                kosovo++;
            }
        }
        System.out.printf("cities in %d countries and territories; not in countries.csv: %s; Kosovo (XK): %d cities%n",
                withCities.size(), missing.isEmpty() ? "none" : missing, kosovo);
        assertTrue(missing.isEmpty(), "countries of cities missing from countries.csv: " + missing);
    }

    @Test
    void selectsByPopulationFloorAndTopN() {
        int big = cities.countAtLeast(100_000);
        int[] floor = cities.largest(100_000, Integer.MAX_VALUE);
        assertEquals(big, floor.length);
        assertTrue(cities.population(floor[floor.length - 1]) >= 100_000);
        assertTrue(cities.population(floor.length) < 100_000, "the next row falls below the floor");

        int[] top = cities.largest(1000, 50);
        assertEquals(50, top.length);
        assertEquals("Shanghai", cities.name(top[0]));
        for (int k = 1; k < top.length; k++) {
            assertTrue(cities.population(top[k]) <= cities.population(top[k - 1]));
        }
        assertArrayEquals(top, java.util.Arrays.copyOf(floor, 50), "the top 50 are the top 50 of any lower floor");
        assertEquals(0, cities.largest(Integer.MAX_VALUE, 10).length);
        assertEquals(cities.size(), cities.largest(0, Integer.MAX_VALUE).length);
        assertEquals(cities.countAtLeast(1000), cities.largest(1000, Integer.MAX_VALUE).length);
        assertThrows(IllegalArgumentException.class, () -> cities.largest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> cities.largest(1000, -1));
    }

    @Test
    void badRowsAreNamedByLineAndSayWhatIsAllowed() {
        String header = CityTable.HEADER + "\n";
        String ok = "1,Big,AA,01,PPLC,10.5,20.5,2000\n";
        assertEquals(2, CityTable.read(new StringReader(header + ok + "2,\"Small, \"\"old\"\"\",BB,,PPL,-1,-2,1000\n"),
                "t.csv").size());
        assertEquals("Small, \"old\"", CityTable.read(new StringReader(header + ok
                + "2,\"Small, \"\"old\"\"\",BB,,PPL,-1,-2,1000\n"), "t.csv").name(1));

        expect("t.csv, line 1: the header must be exactly", "geonameid,name\n" + ok);
        expect("t.csv, line 3: population 'many' is not a whole number", header + ok + "2,S,AA,01,PPL,1,2,many\n");
        expect("t.csv, line 3: wrong number of fields; every line must hold 8 fields", header + ok + "2,S,AA,01,PPL,1,2\n");
        expect("t.csv, line 3: wrong number of fields", header + ok + "2,S,AA,01,PPL,1,2,3,4\n");
        expect("t.csv, line 2: lat 91 is out of range", header + "1,Big,AA,01,PPLC,91,20.5,2000\n");
        expect("t.csv, line 2: country 'aa' is not an ISO 3166-1 alpha-2 code", header + "1,Big,aa,01,PPLC,1,2,2000\n");
        expect("t.csv, line 3: rows must be sorted by population", header + ok + "2,S,AA,01,PPL,1,2,3000\n");
        expect("t.csv: geonameid 1 appears more than once", header + ok + "1,S,AA,01,PPL,1,2,1000\n");
        expect("t.csv, line 3: a quoted field is not closed", header + ok + "2,\"S,AA,01,PPL,1,2,1000\n");
        expect("t.csv: no cities after the header", header);
    }

    private static void expect(String start, String text) {
        DataFileException e = assertThrows(DataFileException.class,
                () -> CityTable.read(new StringReader(text), "t.csv"));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
