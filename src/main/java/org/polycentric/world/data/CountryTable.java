package org.polycentric.world.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The world's countries and territories from the npm package world-countries (see docs/DATA.md
 * "Countries"): 250 entries of ISO 3166-1, not all of them sovereign states, with their region,
 * subregion, a representative point and UN membership. Rows by ISO alpha-2 or alpha-3 code.
 */
public final class CountryTable {

    /** The shipped file, next to this class on the classpath. */
    public static final String RESOURCE = "countries.csv";
    /** The file's header, exactly. */
    public static final String HEADER = "iso2,iso3,ccn3,name,region,subregion,lat,lon,un_member";

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CCN3 = Pattern.compile("([0-9]{3})?");

    /**
     * One country or territory.
     *
     * @param iso2 ISO 3166-1 alpha-2 ("XK" for Kosovo, a user-assigned code)
     * @param iso3 ISO 3166-1 alpha-3 ("UNK" for Kosovo, as the package gives it)
     * @param ccn3 ISO 3166-1 numeric, three digits, or empty when there is none (Kosovo)
     * @param name common English name
     * @param region the package's region (Africa, Americas, Antarctic, Asia, Europe, Oceania)
     * @param subregion the package's subregion, empty for a few uninhabited territories
     * @param lat latitude of the package's representative point, degrees north
     * @param lon longitude of that point, degrees east
     * @param unMember member of the United Nations
     */
    public record Country(String iso2, String iso3, String ccn3, String name, String region, String subregion,
            double lat, double lon, boolean unMember) {
    }

    private final List<Country> rows;
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();

    private CountryTable(List<Country> rows) {
        this.rows = List.copyOf(rows);
        for (Country c : rows) {
            byIso2.put(c.iso2(), c);
            byIso3.put(c.iso3(), c);
        }
    }

    /** The shipped table, read once per JVM when first asked for (it is never changed). */
    public static CountryTable shared() {
        return Shared.TABLE;
    }

    private static final class Shared {
        static final CountryTable TABLE = load();
    }

    /** The shipped table, read afresh from the classpath. */
    public static CountryTable load() {
        try (InputStream raw = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new DataFileException(RESOURCE, 0, "missing from the classpath (expected next to "
                        + CountryTable.class.getName() + "; regenerate it with data/make-countries.mjs)");
            }
            return read(new InputStreamReader(raw, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in the shipped format and checks every row; {@code file} names it in messages.
     *
     * @throws DataFileException naming the file, the line and what is allowed there
     */
    public static CountryTable read(Reader text, String file) {
        CsvRows csv = new CsvRows(new BufferedReader(text), file, HEADER);
        List<Country> rows = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (String[] f = csv.next(); f != null; f = csv.next()) {
            if (!ISO2.matcher(f[0]).matches()) {
                throw csv.error("iso2 '" + f[0] + "' is not two capital letters");
            }
            if (!ISO3.matcher(f[1]).matches()) {
                throw csv.error("iso3 '" + f[1] + "' is not three capital letters");
            }
            if (!CCN3.matcher(f[2]).matches()) {
                throw csv.error("ccn3 '" + f[2] + "' is not three digits (or empty)");
            }
            if (f[3].isBlank()) {
                throw csv.error("the name is empty");
            }
            if (f[4].isBlank()) {
                throw csv.error("the region is empty");
            }
            double lat = csv.number(f[6], "lat", -90, 90);
            double lon = csv.number(f[7], "lon", -180, 180);
            if (!f[8].equals("true") && !f[8].equals("false")) {
                throw csv.error("un_member '" + f[8] + "' must be true or false");
            }
            for (String code : new String[] {f[0], f[1]}) {
                Integer before = lineOf.putIfAbsent(code, csv.line());
                if (before != null) {
                    throw csv.error("code " + code + " already given on line " + before);
                }
            }
            rows.add(new Country(f[0], f[1], f[2], f[3], f[4], f[5], lat, lon, f[8].equals("true")));
        }
        if (rows.isEmpty()) {
            throw new DataFileException(file, 0, "no countries after the header");
        }
        return new CountryTable(rows);
    }

    /** The number of countries and territories. */
    public int size() {
        return rows.size();
    }

    /** All rows, in the file's order (by iso3). */
    public List<Country> all() {
        return rows;
    }

    /** The country with this ISO 3166-1 alpha-2 code, if any. */
    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    /** The country with this ISO 3166-1 alpha-3 code, if any. */
    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /** The ISO alpha-3 code of the country with this alpha-2 code, or null if there is none. */
    public String iso3(String iso2) {
        Country c = byIso2.get(iso2);
        return c == null ? null : c.iso3();
    }

    /** The subregion of the country with this alpha-3 code (empty for a few uninhabited territories). */
    public String subregionOfIso3(String iso3) {
        return known(iso3).subregion();
    }

    /** The representative point {lat, lon} of the country with this alpha-3 code. */
    public double[] latLonOfIso3(String iso3) {
        Country c = known(iso3);
        return new double[] {c.lat(), c.lon()};
    }

    private Country known(String iso3) {
        Country c = byIso3.get(iso3);
        if (c == null) {
            throw new IllegalArgumentException("no country with ISO 3166-1 alpha-3 code '" + iso3 + "' in "
                    + RESOURCE + " (Kosovo is UNK there)");
        }
        return c;
    }
}
