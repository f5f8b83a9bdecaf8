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
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Observed series for calibration (issue #12, point 7; fitted in issue #13): dated counts from the
 * public record, each row with its source and the model metric and group comparable to it. Read
 * from the shipped {@code observed-series.csv}; docs/DATA.md, section "Observed series", says where
 * each number comes from and how to compare it with the model.
 *
 * <p>Every field is checked; a bad value fails with a {@link DataFileException} naming the file,
 * the line, the column and what is allowed there.
 */
public final class ObservedSeries {

    /** The classpath resource, next to this class. */
    public static final String RESOURCE = "observed-series.csv";
    /** The header the file must start with, exactly. */
    public static final String HEADER = "series,date,value,unit,metric,group,min_population,source,note";
    /** The units a count may have. */
    public static final Set<String> UNITS = Set.of("cities", "nations");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_POPULATION = 100_000_000;

    /**
     * One observation: {@code value} {@code unit} in {@code date}, comparable to the model's metric
     * {@code metric} of group {@code group} in a world whose population floor is
     * {@code minPopulation} (empty when the floor does not matter, e.g. for nations).
     */
    public record Observation(String series, YearMonth date, int value, String unit, String metric, String group,
            OptionalInt minPopulation, String source, String note) {

        /** The date as calendar time, the start of its month: October 2005 is 2005.75. */
        public double year() {
            return date.getYear() + (date.getMonthValue() - 1) / 12.0;
        }
    }

    private final Map<String, List<Observation>> bySeries;

    private ObservedSeries(Map<String, List<Observation>> bySeries) {
        this.bySeries = bySeries;
    }

    /** Reads the shipped file from the classpath. */
    public static ObservedSeries load() {
        try (InputStream in = ObservedSeries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing next to "
                        + ObservedSeries.class.getName());
            }
            return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads an observed-series CSV: rows of a series together, in date order, one per month; one
     * unit, metric, group and floor per series.
     *
     * @param file the name used in error messages
     * @throws DataFileException on bad data, naming file, line, column and what is allowed
     */
    public static ObservedSeries parse(String file, Reader source) {
        CsvRows rows = new CsvRows(new BufferedReader(source), file, HEADER);
        Map<String, List<Observation>> bySeries = new LinkedHashMap<>();
        String current = null;
        for (String[] f = rows.next(); f != null; f = rows.next()) {
            String series = f[0];
            if (!NAME.matcher(series).matches()) {
                throw rows.error("column series: '" + series + "' is not allowed; allowed: lower-case letters, "
                        + "digits and '_', starting with a letter (e.g. c40_members)");
            }
            if (!series.equals(current) && bySeries.containsKey(series)) {
                throw rows.error("column series: rows of '" + series + "' are not together; allowed: all rows "
                        + "of a series one after the other");
            }
            current = series;
            Matcher m = MONTH.matcher(f[1]);
            if (!m.matches()) {
                throw rows.error("column date: '" + f[1] + "' is not allowed; allowed: a month as YYYY-MM, e.g. 2005-10");
            }
            int year = Integer.parseInt(m.group(1));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw rows.error("column date: year " + year + " is out of range (allowed: " + FIRST_YEAR + " to "
                        + LAST_YEAR + ")");
            }
            YearMonth date = YearMonth.of(year, Integer.parseInt(m.group(2)));
            int value = rows.wholeNumber(f[2], "column value", 0, Integer.MAX_VALUE);
            if (!UNITS.contains(f[3])) {
                throw rows.error("column unit: '" + f[3] + "' is not allowed; allowed: " + String.join(", ",
                        UNITS.stream().sorted().toList()));
            }
            if (!NAME.matcher(f[4]).matches()) {
                throw rows.error("column metric: '" + f[4] + "' is not allowed; allowed: a metric name of "
                        + "docs/METRICS.md (lower-case letters, digits and '_')");
            }
            if (f[5].isBlank()) {
                throw rows.error("column group: empty; allowed: a group of docs/METRICS.md (e.g. all, C40)");
            }
            OptionalInt floor = f[6].isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(rows.wholeNumber(f[6], "column min_population", 1, MAX_POPULATION));
            if (f[7].isBlank()) {
                throw rows.error("column source: empty; allowed: where the number comes from (never empty)");
            }
            Observation o = new Observation(series, date, value, f[3], f[4], f[5], floor, f[7], f[8]);
            List<Observation> list = bySeries.computeIfAbsent(series, k -> new ArrayList<>());
            if (!list.isEmpty()) {
                Observation first = list.get(0);
                Observation last = list.get(list.size() - 1);
                if (!date.isAfter(last.date())) {
                    throw rows.error("column date: " + date + " is not after " + last.date() + "; allowed: the "
                            + "rows of a series in date order, one per month");
                }
                if (!first.unit().equals(o.unit()) || !first.metric().equals(o.metric())
                        || !first.group().equals(o.group()) || !first.minPopulation().equals(o.minPopulation())) {
                    throw rows.error("columns unit, metric, group, min_population: must be the same in every row "
                            + "of '" + series + "' (first row: " + first.unit() + ", " + first.metric() + ", "
                            + first.group() + ", " + (first.minPopulation().isPresent()
                                    ? first.minPopulation().getAsInt() : "empty") + ")");
                }
            }
            list.add(o);
        }
        if (bySeries.isEmpty()) {
            throw new DataFileException(file, 0, "no rows after the header");
        }
        Map<String, List<Observation>> frozen = new LinkedHashMap<>();
        bySeries.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new ObservedSeries(Collections.unmodifiableMap(frozen));
    }

    /** The series' names, in file order. */
    public List<String> names() {
        return List.copyOf(bySeries.keySet());
    }

    /** The observations of a series in date order; an unknown name is an error naming the known ones. */
    public List<Observation> series(String name) {
        List<Observation> list = bySeries.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no observed series '" + name + "'; allowed: " + names());
        }
        return list;
    }

    /** Every observation, series by series. */
    public List<Observation> all() {
        List<Observation> all = new ArrayList<>();
        bySeries.values().forEach(all::addAll);
        return all;
    }
}
