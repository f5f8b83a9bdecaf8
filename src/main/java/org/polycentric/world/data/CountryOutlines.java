package org.polycentric.world.data;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The country outlines drawn under the cities of a real-data world: Natural Earth's 1:110m Admin 0
 * countries (public domain, via the npm package world-atlas 2.0.2), converted by
 * {@code data/make-outlines.mjs} into {@code country-outlines.csv} beside this class. One row per
 * ring (an outer boundary or a hole) in longitude and latitude degrees; a country's rings are to be
 * filled with the even-odd rule, as {@link #path()} does. Antarctica is not in the file. Immutable,
 * so one copy ({@link #shared()}) serves every chart and window.
 */
public final class CountryOutlines {
    /** The file's name, beside this class on the class path. */
    public static final String RESOURCE = "country-outlines.csv";
    static final String HEADER = "id,name,ring,lonlat";

    /** One closed ring of a country: its points in degrees, the last repeating the first. */
    public record Ring(String id, String name, int index, double[] lon, double[] lat) {
        /** Number of points, the closing one included. */
        public int size() {
            return lon.length;
        }
    }

    private final List<Ring> rings;
    private final int countries;
    private final int points;

    private CountryOutlines(List<Ring> rings) {
        this.rings = Collections.unmodifiableList(rings);
        Set<String> names = new HashSet<>();
        int n = 0;
        for (Ring r : rings) {
            names.add(r.name());
            n += r.size();
        }
        this.countries = names.size();
        this.points = n;
    }

    private static final class Holder {
        static final CountryOutlines SHARED = load();
    }

    /** The shipped outlines, read once on first use. */
    public static CountryOutlines shared() {
        return Holder.SHARED;
    }

    /**
     * Reads the shipped file from the class path.
     *
     * @throws IllegalStateException if it is missing or malformed (a broken build, not a user's error)
     */
    public static CountryOutlines load() {
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path beside "
                        + CountryOutlines.class.getName() + " (run data/make-outlines.mjs and rebuild)");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    /**
     * Reads outlines in the format of {@code country-outlines.csv}: header {@value #HEADER}; then per
     * row a three-digit ISO 3166-1 numeric id (or empty), a name (quoted if it holds a comma or a
     * quote), the ring's number within its country (0, 1, ... in order) and its points as
     * {@code "lon lat lon lat ..."}: at least four, closed, longitude in [-180, 180], latitude in [-90, 90].
     *
     * @param source the file's name, for messages
     * @throws IllegalStateException naming the file, line and what is allowed, on the first bad row
     */
    public static CountryOutlines read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !header.equals(HEADER)) {
            throw new IllegalStateException(source + ":1: the header must be exactly '" + HEADER + "', was '"
                    + header + "'");
        }
        List<Ring> rings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineNo = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            Ring ring = parse(line, source + ":" + lineNo + ": ");
            Ring before = rings.isEmpty() ? null : rings.get(rings.size() - 1);
            boolean continues = before != null && before.name().equals(ring.name());
            int expected = continues ? before.index() + 1 : 0;
            if (ring.index() != expected) {
                throw new IllegalStateException(source + ":" + lineNo + ": ring " + ring.index() + " of '"
                        + ring.name() + "' should be " + expected + " (rings of a country are numbered 0, 1, ... "
                        + "on consecutive rows)");
            }
            if (!continues && !seen.add(ring.name())) {
                throw new IllegalStateException(source + ":" + lineNo + ": '" + ring.name()
                        + "' appears twice, apart (a country's rows must be together)");
            }
            rings.add(ring);
        }
        if (rings.isEmpty()) {
            throw new IllegalStateException(source + ": has no outlines after its header");
        }
        return new CountryOutlines(rings);
    }

    private static Ring parse(String line, String at) {
        int c1 = line.indexOf(',');
        if (c1 < 0) {
            throw new IllegalStateException(at + "expected 4 fields (" + HEADER + ")");
        }
        String id = line.substring(0, c1);
        if (!id.isEmpty() && !id.matches("\\d{3}")) {
            throw new IllegalStateException(at + "id '" + id + "' must be three digits (ISO 3166-1 numeric) or empty");
        }
        String name;
        int afterName;
        if (line.startsWith("\"", c1 + 1)) {
            StringBuilder sb = new StringBuilder();
            int i = c1 + 2;
            while (true) {
                int q = line.indexOf('"', i);
                if (q < 0) {
                    throw new IllegalStateException(at + "the quoted name is not closed");
                }
                sb.append(line, i, q);
                if (line.startsWith("\"", q + 1)) {
                    sb.append('"');
                    i = q + 2;
                } else {
                    afterName = q + 1;
                    break;
                }
            }
            name = sb.toString();
            if (!line.startsWith(",", afterName)) {
                throw new IllegalStateException(at + "expected a comma after the quoted name");
            }
        } else {
            afterName = line.indexOf(',', c1 + 1);
            if (afterName < 0) {
                throw new IllegalStateException(at + "expected 4 fields (" + HEADER + ")");
            }
            name = line.substring(c1 + 1, afterName);
        }
        if (name.isBlank()) {
            throw new IllegalStateException(at + "the name is empty");
        }
        int c3 = line.indexOf(',', afterName + 1);
        if (c3 < 0) {
            throw new IllegalStateException(at + "expected 4 fields (" + HEADER + ")");
        }
        int index;
        try {
            index = Integer.parseInt(line.substring(afterName + 1, c3));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(at + "ring '" + line.substring(afterName + 1, c3)
                    + "' must be a whole number, 0 or more");
        }
        String[] numbers = words(line, c3 + 1);
        if (numbers.length % 2 != 0 || numbers.length < 8) {
            throw new IllegalStateException(at + "lonlat must hold pairs 'lon lat', at least 4 points, found "
                    + numbers.length + " numbers");
        }
        int n = numbers.length / 2;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int k = 0; k < n; k++) {
            lon[k] = number(numbers[2 * k], -180, 180, "longitude", at);
            lat[k] = number(numbers[2 * k + 1], -90, 90, "latitude", at);
        }
        if (lon[0] != lon[n - 1] || lat[0] != lat[n - 1]) {
            throw new IllegalStateException(at + "the ring is not closed: its last point must repeat its first ("
                    + numbers[0] + " " + numbers[1] + ")");
        }
        return new Ring(id, name, index, lon, lat);
    }

    /** The words of {@code line} from {@code from} on, split at spaces (no regular expression: ~10,000 points). */
    private static String[] words(String line, int from) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= line.length(); i++) {
            boolean space = i == line.length() || line.charAt(i) == ' ';
            if (space && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out.toArray(new String[0]);
    }

    private static double number(String text, double min, double max, String what, String at) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(at + what + " '" + text + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalStateException(at + what + " " + text + " is outside [" + (int) min + ", " + (int) max
                    + "]");
        }
        return v;
    }

    /** Every ring, country after country (by name), each country's rings in order. */
    public List<Ring> rings() {
        return rings;
    }

    /** Number of countries (distinct names). */
    public int countries() {
        return countries;
    }

    /** Number of points over all rings. */
    public int points() {
        return points;
    }

    /**
     * Every ring as one path in degrees (x longitude, y latitude, north up when drawn with y
     * flipped), to be filled with the even-odd rule: a hole (Lesotho in South Africa) stays empty,
     * and the country inside it is its own ring.
     */
    public Path2D.Double path() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, points);
        for (Ring r : rings) {
            path.moveTo(r.lon()[0], r.lat()[0]);
            for (int k = 1; k < r.size(); k++) {
                path.lineTo(r.lon()[k], r.lat()[k]);
            }
            path.closePath();
        }
        return path;
    }
}
