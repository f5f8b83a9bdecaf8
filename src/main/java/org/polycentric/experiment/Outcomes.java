package org.polycentric.experiment;

import java.util.List;
import java.util.Objects;
import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.model.metrics.MetricTable;

/**
 * The outcomes an experiment keeps of one run, read off the run's recorded series
 * ({@link MetricTable}): one number per {@link OutcomeSpec}, NaN (written NA) where there is none
 * (a share that never reaches its level, a series that is NA at the year asked). Record {@code r}
 * is the state at {@code startYear + r / stepsPerYear}, as in timeseries.csv.
 *
 * <ul>
 *   <li>{@code atYear}: the value of the last record at or before the year;</li>
 *   <li>{@code yearReaching}: the time of the first record whose value is at least the level;</li>
 *   <li>{@code final}: the last record's value;</li>
 *   <li>{@code areaUnderCurve}: the integral of the piecewise-linear series between the two years
 *       (trapezoids between records, the ends interpolated), up to the run's end if it ends earlier;
 *       NA if any record it spans is NA.</li>
 * </ul>
 */
public final class Outcomes {
    /** Slack on record times, so that 2030 matches the record computed as 2005 + 100 / 4. */
    private static final double EPS = 1e-9;

    private final List<OutcomeSpec> specs;

    /** The outcomes of {@code specs}, in their order. */
    public Outcomes(List<OutcomeSpec> specs) {
        this.specs = List.copyOf(Objects.requireNonNull(specs, "specs"));
    }

    public List<OutcomeSpec> specs() {
        return specs;
    }

    /** The outcomes' names, the columns of the result files. */
    public List<String> names() {
        return specs.stream().map(OutcomeSpec::name).toList();
    }

    /**
     * The index of the first outcome whose metric and group the table does not record (a group the
     * world lacks, such as a bloc of a synthetic world or a network the scenario does not have), or -1.
     */
    public int firstMissing(MetricTable table) {
        for (int i = 0; i < specs.size(); i++) {
            OutcomeSpec o = specs.get(i);
            if (table.indexOf(o.metric(), o.group()) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every outcome of one run. Thread-safe: holds no state between calls.
     *
     * @throws IllegalArgumentException if the table lacks an outcome's series ({@link #firstMissing})
     */
    public double[] evaluate(MetricTable table) {
        double[] out = new double[specs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluate(specs.get(i), table);
        }
        return out;
    }

    /** One outcome of one run. */
    public static double evaluate(OutcomeSpec o, MetricTable table) {
        int k = table.indexOf(o.metric(), o.group());
        if (k < 0) {
            throw new IllegalArgumentException("no series " + o.metric() + "/" + o.group() + " was recorded");
        }
        int records = table.records();
        return switch (o.kind()) {
            case AT_YEAR -> {
                int r = lastRecordAtOrBefore(table, o.year());
                yield r < 0 ? Double.NaN : table.value(r, k);
            }
            case FINAL -> table.value(records - 1, k);
            case YEAR_REACHING -> {
                for (int r = 0; r < records; r++) {
                    if (table.value(r, k) >= o.level()) {
                        yield table.year(r);
                    }
                }
                yield Double.NaN;
            }
            case AREA_UNDER_CURVE -> area(table, k, o.fromYear(), o.toYear());
        };
    }

    /** The last record whose time is at or before {@code year}, or -1 if the run starts after it. */
    static int lastRecordAtOrBefore(MetricTable table, double year) {
        double steps = (year - table.startYear()) * table.stepsPerYear();
        int r = (int) Math.floor(steps + EPS);
        if (r < 0) {
            return -1;
        }
        return Math.min(r, table.records() - 1);
    }

    private static double area(MetricTable table, int k, double from, double to) {
        double end = Math.min(to, table.year(table.records() - 1));
        double start = Math.max(from, table.year(0));
        if (end <= start) {
            return 0;
        }
        double sum = 0;
        double t0 = start;
        double v0 = interpolate(table, k, start);
        int r = lastRecordAtOrBefore(table, start) + 1;
        while (r < table.records() && table.year(r) < end - EPS) {
            double t1 = table.year(r);
            double v1 = table.value(r, k);
            sum += (t1 - t0) * (v0 + v1) / 2;
            t0 = t1;
            v0 = v1;
            r++;
        }
        double vEnd = interpolate(table, k, end);
        sum += (end - t0) * (v0 + vEnd) / 2;
        return sum;
    }

    /** The series at time {@code t}, linear between the records around it. */
    private static double interpolate(MetricTable table, int k, double t) {
        int r = lastRecordAtOrBefore(table, t);
        double v = table.value(r, k);
        double tr = table.year(r);
        if (Math.abs(t - tr) < EPS || r + 1 >= table.records()) {
            return v;
        }
        double next = table.value(r + 1, k);
        double w = (t - tr) / (table.year(r + 1) - tr);
        return v + w * (next - v);
    }
}
