package org.polycentric.world.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.polycentric.world.data.CountryTable.Country;

/** The shipped countries file: codes, names, regions and UN membership a user relies on. */
class CountryTableTest {

    private final CountryTable countries = CountryTable.load();

    @Test
    void holdsTheIsoCountriesWithTheUnMembers() {
        long un = countries.all().stream().filter(Country::unMember).count();
        TreeMap<String, Integer> regions = new TreeMap<>();
        countries.all().forEach(c -> regions.merge(c.region(), 1, Integer::sum));
        System.out.printf("countries: %d rows, %d UN members; by region %s%n", countries.size(), un, regions);
        assertEquals(250, countries.size());
        assertEquals(193, un, "the UN has 193 member states");
        assertEquals(Set.of("Africa", "Americas", "Antarctic", "Asia", "Europe", "Oceania"), regions.keySet());
    }

    @Test
    void knownCountriesByEitherCode() {
        Country japan = countries.byIso2("JP").orElseThrow();
        assertEquals("JPN", japan.iso3());
        assertEquals("392", japan.ccn3());
        assertEquals("Japan", japan.name());
        assertEquals("Asia", japan.region());
        assertEquals("Eastern Asia", japan.subregion());
        assertTrue(japan.unMember());
        assertEquals(japan, countries.byIso3("JPN").orElseThrow());
        assertEquals("Nigeria", countries.byIso3("NGA").orElseThrow().name());
        assertEquals("Brazil", countries.byIso2("BR").orElseThrow().name());
        assertEquals("South America", countries.byIso2("BR").orElseThrow().subregion());
        assertEquals("United States", countries.byIso2("US").orElseThrow().name());
        Country kosovo = countries.byIso2("XK").orElseThrow();
        System.out.println("Kosovo: " + kosovo);
        assertEquals("", kosovo.ccn3());
        assertTrue(!countries.byIso2("VA").orElseThrow().unMember(), "the Holy See is an observer, not a member");
        assertEquals("Saint Helena, Ascension and Tristan da Cunha", countries.byIso3("SHN").orElseThrow().name());
        assertTrue(countries.byIso2("ZZ").isEmpty());
        assertEquals("GBR", countries.iso3("GB"));
        assertEquals(null, countries.iso3("ZZ"));
        assertEquals("Western Africa", countries.subregionOfIso3("NGA"));
        assertEquals(10.0, countries.latLonOfIso3("NGA")[0], 1e-9, "the package's point for Nigeria");
        assertEquals(8.0, countries.latLonOfIso3("NGA")[1], 1e-9);
        assertThrows(IllegalArgumentException.class, () -> countries.latLonOfIso3("XKX"));
        assertTrue(CountryTable.shared() == CountryTable.shared());
    }

    @Test
    void codesAreUniqueAndRowsSortedByIso3() {
        Set<String> iso2 = new HashSet<>();
        String previous = "";
        for (Country c : countries.all()) {
            assertTrue(iso2.add(c.iso2()), c.iso2());
            assertTrue(c.iso3().compareTo(previous) > 0, c.iso3() + " after " + previous);
            previous = c.iso3();
        }
    }

    @Test
    void badRowsAreNamedByLine() {
        String header = CountryTable.HEADER + "\n";
        String ok = "JP,JPN,392,Japan,Asia,Eastern Asia,36,138,true\n";
        assertEquals(1, CountryTable.read(new StringReader(header + ok), "c.csv").size());
        expect("c.csv, line 3: code JP already given on line 2", header + ok + "JP,JPX,393,X,Asia,,1,2,false\n");
        expect("c.csv, line 2: un_member 'yes' must be true or false", header + "JP,JPN,392,Japan,Asia,,36,138,yes\n");
        expect("c.csv, line 2: iso3 'JP' is not three capital letters", header + "JP,JP,392,Japan,Asia,,36,138,true\n");
        expect("c.csv, line 2: lon 238 is out of range", header + "JP,JPN,392,Japan,Asia,,36,238,true\n");
    }

    private static void expect(String start, String text) {
        DataFileException e = assertThrows(DataFileException.class,
                () -> CountryTable.read(new StringReader(text), "c.csv"));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
