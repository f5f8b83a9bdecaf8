package org.polycentric.world.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the model needs to know of each sovereign country: income group, Annex I status, bloc,
 * great-power flag, fossil CO2 per head and the national net-zero target. Read from the shipped
 * {@code nation-attributes.csv} (one row per country, by ISO 3166-1 alpha-3 code as in the npm
 * package {@code world-countries}, so Kosovo is {@code UNK}); sources and gaps are in docs/DATA.md,
 * section "Nation attributes".
 *
 * <p>Every field is checked; a bad value fails with {@code <file>:<line>: column <name>: <what is
 * wrong>; allowed: <what is allowed>}.
 */
public final class NationAttributes {

    /** The classpath resource, next to this class. */
    public static final String RESOURCE = "nation-attributes.csv";
    /** The header the file must start with, exactly. */
    public static final String HEADER = "iso3,income_group,annex1,bloc,great_power,co2_per_capita,co2_quality,"
            + "net_zero_year,net_zero_announced,net_zero_form";

    private static final String[] COLUMNS = HEADER.split(",");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CO2 = Pattern.compile("\\d{1,2}\\.\\d|0\\.0[1-9]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final double MAX_CO2 = 60.0;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    /** World Bank income group; {@link #NONE} where the World Bank gives none (empty in the file). */
    public enum IncomeGroup {
        HIGH("H"), UPPER_MIDDLE("UM"), LOWER_MIDDLE("LM"), LOW("L"), NONE("");

        private final String code;

        IncomeGroup(String code) {
            this.code = code;
        }

        /** The code in the file: H, UM, LM, L or the empty string. */
        public String code() {
            return code;
        }
    }

    /** The model's three blocs: a modelling judgement, documented in docs/DATA.md. */
    public enum Bloc {
        WEST, EAST, NONALIGNED;

        /** The word in the file: west, east, nonaligned. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How well the CO2 value is known: {@code approx} for well-known values, {@code estimate} for a best guess. */
    public enum Co2Quality {
        APPROX, ESTIMATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The standing of a net-zero target: written into law, in a policy document, or a pledge. */
    public enum TargetForm {
        LAW, POLICY, PLEDGE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A national net-zero (or carbon-neutrality) target.
     *
     * @param year      the year by which net zero is to be reached (for a country that declares
     *                  itself already neutral, the year of the declaration)
     * @param announced the month the target was first announced
     * @param form      law, policy or pledge, as it stands today
     */
    public record NetZeroTarget(int year, YearMonth announced, TargetForm form) {}

    /**
     * One country.
     *
     * @param iso3          ISO 3166-1 alpha-3 code as in {@code world-countries} (Kosovo: UNK)
     * @param incomeGroup   World Bank FY2025 group, {@link IncomeGroup#NONE} where none is given
     * @param annex1        a Party in Annex I of the UNFCCC (the North of the model)
     * @param bloc          west, east or nonaligned
     * @param greatPower    a bloc leader (USA and CHN)
     * @param co2PerCapita  fossil CO2 per person about 2022, tonnes
     * @param co2Quality    how well that value is known
     * @param netZero       the national net-zero target, or null where none is recorded
     */
    public record Nation(String iso3, IncomeGroup incomeGroup, boolean annex1, Bloc bloc, boolean greatPower,
            double co2PerCapita, Co2Quality co2Quality, NetZeroTarget netZero) {

        /** The net-zero target, empty where none is recorded. */
        public Optional<NetZeroTarget> target() {
            return Optional.ofNullable(netZero);
        }
    }

    private final Map<String, Nation> byIso3;

    private NationAttributes(Map<String, Nation> byIso3) {
        this.byIso3 = Collections.unmodifiableMap(byIso3);
    }

    /** Reads the shipped file from the classpath. */
    public static NationAttributes load() {
        try (InputStream in = NationAttributes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to "
                        + NationAttributes.class.getName());
            }
            return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a nation-attributes CSV.
     *
     * @param file the name used in error messages
     * @throws IllegalArgumentException on bad data, naming file, line, column and what is allowed
     */
    public static NationAttributes parse(String file, Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!HEADER.equals(header)) {
            throw new IllegalArgumentException(file + ":1: the header must be exactly '" + HEADER + "' but is '"
                    + header + "'");
        }
        Map<String, Nation> rows = new LinkedHashMap<>();
        String previous = "";
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": empty line; every line must be a country");
            }
            Nation n = new Line(file, lineNo, line).nation();
            if (rows.containsKey(n.iso3())) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": column iso3: " + n.iso3()
                        + " appears twice; allowed: one row per country");
            }
            if (n.iso3().compareTo(previous) < 0) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": column iso3: " + n.iso3() + " after "
                        + previous + "; allowed: rows sorted by iso3");
            }
            previous = n.iso3();
            rows.put(n.iso3(), n);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows after the header");
        }
        return new NationAttributes(rows);
    }

    /** The country with this ISO alpha-3 code, if listed. */
    public Optional<Nation> get(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /** All countries, sorted by iso3. */
    public List<Nation> all() {
        return List.copyOf(byIso3.values());
    }

    public int size() {
        return byIso3.size();
    }

    /** One line of the file, split and checked field by field. */
    private static final class Line {
        private final String file;
        private final int lineNo;
        private final String[] f;

        Line(String file, int lineNo, String text) {
            this.file = file;
            this.lineNo = lineNo;
            this.f = text.split(",", -1);
            if (f.length != COLUMNS.length) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + f.length + " fields; allowed: exactly "
                        + COLUMNS.length + " (" + HEADER + "), no quoting");
            }
        }

        private IllegalArgumentException bad(int column, String allowed) {
            return new IllegalArgumentException(file + ":" + lineNo + ": column " + COLUMNS[column] + ": '" + f[column]
                    + "' is not allowed; allowed: " + allowed);
        }

        private <E extends Enum<E>> E choice(int column, E[] values, Function<E, String> code) {
            List<String> codes = new ArrayList<>();
            for (E e : values) {
                if (code.apply(e).equals(f[column])) {
                    return e;
                }
                codes.add(code.apply(e).isEmpty() ? "(empty)" : code.apply(e));
            }
            throw bad(column, String.join(", ", codes));
        }

        private boolean flag(int column) {
            return switch (f[column]) {
                case "1" -> true;
                case "0" -> false;
                default -> throw bad(column, "0 or 1");
            };
        }

        Nation nation() {
            if (!ISO3.matcher(f[0]).matches()) {
                throw bad(0, "three capital letters (ISO 3166-1 alpha-3)");
            }
            IncomeGroup income = choice(1, IncomeGroup.values(), IncomeGroup::code);
            boolean annex1 = flag(2);
            Bloc bloc = choice(3, Bloc.values(), Bloc::code);
            boolean great = flag(4);
            if (!CO2.matcher(f[5]).matches() || Double.parseDouble(f[5]) > MAX_CO2 || Double.parseDouble(f[5]) <= 0) {
                throw bad(5, "tonnes with one decimal (two below 0.1), above 0 and at most " + MAX_CO2);
            }
            double co2 = Double.parseDouble(f[5]);
            Co2Quality quality = choice(6, Co2Quality.values(), Co2Quality::code);
            return new Nation(f[0], income, annex1, bloc, great, co2, quality, target());
        }

        private NetZeroTarget target() {
            boolean any = !f[7].isEmpty() || !f[8].isEmpty() || !f[9].isEmpty();
            if (!any) {
                return null;
            }
            for (int c = 7; c <= 9; c++) {
                if (f[c].isEmpty()) {
                    throw bad(c, "net_zero_year, net_zero_announced and net_zero_form all given or all empty");
                }
            }
            if (!YEAR.matcher(f[7]).matches() || Integer.parseInt(f[7]) < FIRST_YEAR
                    || Integer.parseInt(f[7]) > LAST_YEAR) {
                throw bad(7, "a year " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            int year = Integer.parseInt(f[7]);
            var m = MONTH.matcher(f[8]);
            if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR || Integer.parseInt(m.group(1)) > year) {
                throw bad(8, "YYYY-MM from " + FIRST_YEAR + " up to the target year " + year);
            }
            YearMonth announced = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            TargetForm form = choice(9, TargetForm.values(), TargetForm::code);
            return new NetZeroTarget(year, announced, form);
        }
    }
}
