package org.polycentric.experiment.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polycentric.model.metrics.Metric;
import org.polycentric.params.Check;
import org.polycentric.scenario.Suggestions;

/**
 * One number an experiment keeps of each run, taken from one recorded series ({@code metric} of
 * {@code group}, as in timeseries.csv and docs/METRICS.md):
 * <ul>
 *   <li>{@code atYear}: the value at {@code year} (the last record at or before it);</li>
 *   <li>{@code yearReaching}: the first year the share reaches {@code level} (0 &lt; level &le; 1),
 *       or NA when it never does; only for share metrics;</li>
 *   <li>{@code final}: the value at the end of the run;</li>
 *   <li>{@code areaUnderCurve}: the integral of the series from {@code fromYear} to {@code toYear}
 *       (trapezoids over the records; unit times years).</li>
 * </ul>
 * The metric is checked here; the group only when the world is built (a real world's blocs and a
 * scenario's networks are known then), and years against the scenario's time by {@link ExperimentLoader}.
 *
 * @param name  the outcome's column in the result files: a letter, then letters, digits and _
 * @param group default {@code all}
 */
public record OutcomeSpec(String name, String metric, String group, Kind kind, Double year, Double level,
                          Double fromYear, Double toYear) {

    /** The kinds of outcome, as the file spells them. */
    public enum Kind {
        @JsonProperty("atYear") AT_YEAR,
        @JsonProperty("yearReaching") YEAR_REACHING,
        @JsonProperty("final") FINAL,
        @JsonProperty("areaUnderCurve") AREA_UNDER_CURVE
    }

    /** The group every metric has. */
    public static final String ALL = "all";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public OutcomeSpec {
        Check.present("name", name);
        Check.that(NAME.matcher(name).matches(), "name", "must start with a letter and hold only letters, digits"
                + " and _ (it becomes a column of the result files), was '" + name + "'");
        Metric m = metric(metric);
        group = group(m, group);
        Check.present("kind", kind);
        switch (kind) {
            case AT_YEAR -> {
                Check.present("year", year);
                Check.range("year", year, 1900, 2300);
                notFor(level, "level", "yearReaching");
                notFor(fromYear, "fromYear", "areaUnderCurve");
                notFor(toYear, "toYear", "areaUnderCurve");
            }
            case YEAR_REACHING -> {
                Check.that(isShare(m), "metric", "yearReaching needs a share metric (" + String.join(", ", shareIds())
                        + "); " + metric + " is in " + m.unit());
                Check.present("level", level);
                Check.that(level > 0 && level <= 1, "level", "must be a share above 0 and at most 1 (0.5 for half),"
                        + " was " + Check.fmt(level));
                notFor(year, "year", "atYear");
                notFor(fromYear, "fromYear", "areaUnderCurve");
                notFor(toYear, "toYear", "areaUnderCurve");
            }
            case FINAL -> {
                notFor(year, "year", "atYear");
                notFor(level, "level", "yearReaching");
                notFor(fromYear, "fromYear", "areaUnderCurve");
                notFor(toYear, "toYear", "areaUnderCurve");
            }
            case AREA_UNDER_CURVE -> {
                Check.present("fromYear", fromYear);
                Check.range("fromYear", fromYear, 1900, 2300);
                Check.present("toYear", toYear);
                Check.range("toYear", toYear, 1900, 2300);
                Check.that(toYear > fromYear, "toYear", "must be after fromYear (" + Check.fmt(fromYear) + "), was "
                        + Check.fmt(toYear));
                notFor(year, "year", "atYear");
                notFor(level, "level", "yearReaching");
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /**
     * An {@code outcomes} list as a file gives it (experiment or compare outcomes file): at least one
     * outcome, each name once. Null becomes an empty list, which is refused.
     */
    public static List<OutcomeSpec> checkList(List<OutcomeSpec> outcomes) {
        outcomes = Check.list("outcomes", outcomes);
        Check.that(!outcomes.isEmpty(), "outcomes", "must hold at least one outcome,"
                + " e.g. [ { \"name\": \"pledged2030\", \"metric\": \"pledged_share\", \"kind\": \"atYear\", \"year\": 2030 } ]");
        for (int i = 0; i < outcomes.size(); i++) {
            for (int j = 0; j < i; j++) {
                Check.that(!outcomes.get(j).name().equals(outcomes.get(i).name()), "outcomes[" + i + "].name",
                        "'" + outcomes.get(i).name() + "' is already the name of outcomes[" + j + "]");
            }
        }
        return outcomes;
    }

    /**
     * The metric named {@code metric} (the value of a {@code metric} key), or a problem at
     * {@code metric} with "did you mean" and every metric allowed.
     */
    public static Metric metric(String metric) {
        Check.present("metric", metric);
        Metric m = metricOrNull(metric);
        Check.that(m != null, "metric", "'" + metric + "' is not a metric; " + Suggestions.hint(metric, metricIds())
                + "allowed: " + String.join(", ", metricIds()) + " (docs/METRICS.md)");
        return m;
    }

    /**
     * The {@code group} key of a series of metric {@code m}: {@code all} when left out, and only
     * {@code all} for a world metric; a problem at {@code group} otherwise.
     */
    public static String group(Metric m, String group) {
        String g = group == null ? ALL : group.strip();
        Check.that(!g.isEmpty(), "group", "must not be empty; leave it out for all");
        Check.that(m.scope() != Metric.Scope.WORLD || g.equals(ALL), "group",
                m.id() + " is a world metric and has only the group all, was '" + g + "'");
        return g;
    }

    /** The recorded metric this outcome reads. */
    public Metric metricValue() {
        return metricOrNull(metric);
    }

    private static void notFor(Double value, String key, String kind) {
        Check.that(value == null, key, "is only for " + kind + " outcomes; leave it out here");
    }

    private static Metric metricOrNull(String id) {
        for (Metric m : Metric.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    private static boolean isShare(Metric m) {
        return m.unit().equals("share");
    }

    private static List<String> metricIds() {
        List<String> ids = new ArrayList<>();
        for (Metric m : Metric.values()) {
            ids.add(m.id());
        }
        return ids;
    }

    private static List<String> shareIds() {
        List<String> ids = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (isShare(m)) {
                ids.add(m.id());
            }
        }
        return ids;
    }
}
