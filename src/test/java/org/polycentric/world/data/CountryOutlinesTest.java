package org.polycentric.world.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryOutlinesTest {
    private static final CountryOutlines OUTLINES = CountryOutlines.shared();

    @Test
    void theShippedFileHoldsTheWorldsCountriesButAntarctica() {
        System.out.printf("country outlines: %d countries, %d rings, %d points%n", OUTLINES.countries(),
                OUTLINES.rings().size(), OUTLINES.points());
        // Natural Earth 1:110m has 177 Admin 0 entries; Antarctica is left out
        assertEquals(176, OUTLINES.countries());
        assertTrue(OUTLINES.rings().size() >= 250 && OUTLINES.rings().size() <= 320, "rings");
        assertTrue(OUTLINES.points() > 8_000 && OUTLINES.points() < 12_000, "points");
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (CountryOutlines.Ring r : OUTLINES.rings()) {
            names.add(r.name());
            if (r.index() == 0 && !r.id().isEmpty()) {
                assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            }
        }
        assertTrue(names.containsAll(List.of("Japan", "Nigeria", "Brazil", "China", "India", "United States of America",
                "Fiji", "Russia", "Kosovo")), names.toString());
        assertFalse(names.contains("Antarctica"));
    }

    @Test
    void everyRingIsClosedAndOnTheMap() {
        for (CountryOutlines.Ring r : OUTLINES.rings()) {
            int n = r.size();
            assertTrue(n >= 4, r.name());
            assertEquals(r.lon()[0], r.lon()[n - 1], r.name() + " ring " + r.index() + " closed");
            assertEquals(r.lat()[0], r.lat()[n - 1], r.name() + " ring " + r.index() + " closed");
            for (int k = 0; k < n; k++) {
                assertTrue(r.lon()[k] >= -180 && r.lon()[k] <= 180, r.name());
                assertTrue(r.lat()[k] >= -60 && r.lat()[k] <= 84, r.name() + " " + r.lat()[k]);
                if (k > 0) {
                    // no step jumps across the map: the antimeridian is cut, not crossed
                    assertTrue(Math.abs(r.lon()[k] - r.lon()[k - 1]) < 90, r.name() + " ring " + r.index());
                }
            }
        }
    }

    @Test
    void knownPlacesAreOnLandAndTheOceansAreNot() {
        Path2D land = OUTLINES.path();
        Map<String, double[]> onLand = new LinkedHashMap<>();
        onLand.put("Tokyo", new double[] {139.69, 35.69});
        onLand.put("Lagos", new double[] {3.38, 6.52});
        onLand.put("Sao Paulo", new double[] {-46.63, -23.55});
        onLand.put("Delhi", new double[] {77.21, 28.61});
        onLand.put("Sahara", new double[] {10, 23});
        onLand.put("Chicago", new double[] {-87.63, 41.88});
        for (Map.Entry<String, double[]> e : onLand.entrySet()) {
            assertTrue(land.contains(e.getValue()[0], e.getValue()[1]), e.getKey() + " on land");
        }
        assertFalse(land.contains(-30, 0), "mid Atlantic");
        assertFalse(land.contains(-150, -20), "south Pacific");
        assertFalse(land.contains(80, -20), "Indian Ocean");
        // Lesotho: a hole in South Africa filled by its own ring, so inside once more (even-odd: land)
        assertTrue(land.contains(28.2, -29.6), "Lesotho");
        assertTrue(land.contains(24, -30), "South Africa");
    }

    @Test
    void countryRingsComeTogetherByName() {
        List<CountryOutlines.Ring> rings = OUTLINES.rings();
        for (int i = 1; i < rings.size(); i++) {
            assertTrue(rings.get(i - 1).name().compareTo(rings.get(i).name()) <= 0, "sorted by name at " + i);
        }
    }

    @Test
    void badRowsAreNamedByFileAndLine() {
        String head = CountryOutlines.HEADER + "\n";
        String good = "004,Afghanistan,0,1 1 2 1 2 2 1 1\n";
        assertEquals(1, read(head + good).rings().size());
        assertEquals("Bosnia, \"and\" Herz.",
                read(head + "070,\"Bosnia, \"\"and\"\" Herz.\",0,1 1 2 1 2 2 1 1\n").rings().get(0).name());
        assertMessage("t.csv:1: the header must be exactly", "id,name\n" + good);
        assertMessage("t.csv:2: the ring is not closed", head + "004,A,0,1 1 2 1 2 2 1 2\n");
        assertMessage("t.csv:2: latitude 95 is outside [-90, 90]", head + "004,A,0,1 95 2 1 2 2 1 95\n");
        assertMessage("t.csv:2: longitude 'x' is not a number", head + "004,A,0,x 1 2 1 2 2 1 1\n");
        assertMessage("t.csv:2: lonlat must hold pairs", head + "004,A,0,1 1 2 1 2 2 1\n");
        assertMessage("t.csv:2: id '4' must be three digits", head + "4,A,0,1 1 2 1 2 2 1 1\n");
        assertMessage("t.csv:3: ring 2 of 'A' should be 1", head + good.replace("Afghanistan", "A")
                + "004,A,2,1 1 2 1 2 2 1 1\n");
        assertMessage("t.csv:4: 'A' appears twice", head + "004,A,0,1 1 2 1 2 2 1 1\n"
                + "005,B,0,1 1 2 1 2 2 1 1\n004,A,0,1 1 2 1 2 2 1 1\n");
        assertMessage("t.csv: has no outlines", head);
    }

    @Test
    void oneSharedCopy() {
        assertSame(CountryOutlines.shared(), CountryOutlines.shared());
    }

    private static CountryOutlines read(String text) {
        try {
            return CountryOutlines.read(new StringReader(text), "t.csv");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertMessage(String start, String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
