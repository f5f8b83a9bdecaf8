package org.polycentric.experiment.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.polycentric.params.Check;
import org.polycentric.params.InvalidValueException;

/**
 * One varied parameter of an experiment: a scenario path as {@code --set} takes it (for example
 * {@code rules.peerInfluence.weight}) and the values it may take. Designs work in the unit interval
 * [0, 1]; {@link #value(double)} maps a unit coordinate to the parameter's value and
 * {@link #unit(double)} back.
 *
 * <ul>
 * <li>A <b>range</b> [min, max], linear or on a log scale (then min &gt; 0): unit 0 is min, unit 1
 * is max, and a log range spends equal shares of the interval on each decade.</li>
 * <li>An <b>integer range</b>: min and max whole numbers. On a linear scale the interval is cut into
 * max − min + 1 equal slices, one per integer, so a Latin hypercube or Sobol design draws every
 * integer equally often (rounding a continuous value would give the two ends half a share). On a
 * log scale the continuous value is rounded to the nearest integer.</li>
 * <li>A <b>list of numbers</b> or a list of <b>choices</b> (labels such as {@code true} or a block's
 * name): n values take n equal slices of the interval, the last one including 1. A choice's value
 * in a design point is its index in the list; {@link #text(double)} gives its label.</li>
 * </ul>
 *
 * Bad input throws {@link InvalidValueException} naming the field ({@code path}, {@code min},
 * {@code max}, {@code log}, {@code values}), which the experiment loader prefixes with its JSON path.
 */
public final class Parameter {

    /** What a parameter's values are. */
    public enum Kind { RANGE, VALUES, CHOICES }

    private final String path;
    private final Kind kind;
    private final double min;
    private final double max;
    private final boolean log;
    private final boolean integer;
    private final double[] values;
    private final List<String> choices;

    private Parameter(String path, Kind kind, double min, double max, boolean log, boolean integer,
                      double[] values, List<String> choices) {
        this.path = path;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.log = log;
        this.integer = integer;
        this.values = values;
        this.choices = choices;
    }

    /** A continuous range on a linear scale. */
    public static Parameter range(String path, double min, double max) {
        return range(path, min, max, false, false);
    }

    /** A continuous range on a log scale (min &gt; 0). */
    public static Parameter logRange(String path, double min, double max) {
        return range(path, min, max, true, false);
    }

    /** A range [min, max], on a log scale if {@code log}, of whole numbers if {@code integer}. */
    public static Parameter range(String path, double min, double max, boolean log, boolean integer) {
        checkPath(path);
        Check.that(Double.isFinite(min), "min", "must be a finite number, was " + Check.fmt(min));
        Check.that(Double.isFinite(max), "max", "must be a finite number, was " + Check.fmt(max));
        Check.that(min < max, "max", "must be greater than min (" + Check.fmt(min) + "), was " + Check.fmt(max));
        if (log) {
            Check.that(min > 0, "min", "must be > 0 on a log scale, was " + Check.fmt(min));
        }
        if (integer) {
            Check.that(min == Math.rint(min), "min", "must be a whole number for an integer parameter, was "
                    + Check.fmt(min));
            Check.that(max == Math.rint(max), "max", "must be a whole number for an integer parameter, was "
                    + Check.fmt(max));
        }
        return new Parameter(path, Kind.RANGE, min, max, log, integer, null, null);
    }

    /** A list of numbers, in the order given; at least one, no two equal. */
    public static Parameter values(String path, List<? extends Number> values) {
        checkPath(path);
        Check.that(values != null && !values.isEmpty(), "values", "must list at least one value");
        double[] v = new double[values.size()];
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < v.length; i++) {
            Number n = values.get(i);
            if (n == null || !Double.isFinite(n.doubleValue())) {
                throw new InvalidValueException("values[" + i + "]", "must be a finite number, was " + n);
            }
            v[i] = n.doubleValue();
            Check.that(seen.add(v[i]), "values[" + i + "]", "repeats the value " + Check.fmt(v[i]));
        }
        boolean whole = true;
        for (double x : v) {
            whole &= x == Math.rint(x);
        }
        return new Parameter(path, Kind.VALUES, Double.NaN, Double.NaN, false, whole, v, null);
    }

    /** A list of labels as {@code --set} takes them (e.g. {@code true}, {@code false}); at least one, no two equal. */
    public static Parameter choices(String path, List<String> labels) {
        checkPath(path);
        Check.that(labels != null && !labels.isEmpty(), "values", "must list at least one value");
        List<String> copy = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String s = labels.get(i);
            Check.that(s != null && !s.isBlank(), "values[" + i + "]", "must not be empty");
            Check.that(!copy.contains(s), "values[" + i + "]", "repeats the value " + s);
            copy.add(s);
        }
        return new Parameter(path, Kind.CHOICES, Double.NaN, Double.NaN, false, true, null, List.copyOf(copy));
    }

    private static void checkPath(String path) {
        Check.that(path != null && !path.isBlank(), "path", "is required (a scenario path such as rules.peerInfluence.weight)");
        Check.that(path.chars().noneMatch(c -> Character.isWhitespace(c) || c == '='), "path",
                "must be a scenario path such as rules.peerInfluence.weight, without spaces or '=', was '" + path + "'");
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** The range's lower end (NaN for a list). */
    public double min() {
        return min;
    }

    /** The range's upper end (NaN for a list). */
    public double max() {
        return max;
    }

    public boolean log() {
        return log;
    }

    /** Whether every value is a whole number (integer ranges, lists of whole numbers, choices' indices). */
    public boolean integer() {
        return integer;
    }

    /** The number of distinct values, or 0 for a continuous range. */
    public int count() {
        return switch (kind) {
            case VALUES -> values.length;
            case CHOICES -> choices.size();
            case RANGE -> integer && !log ? (int) Math.min(Integer.MAX_VALUE, max - min + 1) : 0;
        };
    }

    /** The numbers of a list parameter, a copy (empty for ranges and choices). */
    public double[] values() {
        return values == null ? new double[0] : values.clone();
    }

    /** The labels of a choice parameter (empty otherwise). */
    public List<String> choices() {
        return choices == null ? List.of() : choices;
    }

    /** The parameter's value at unit coordinate {@code u} in [0, 1]. */
    public double value(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException(path + ": a unit coordinate must be in [0, 1], was " + u);
        }
        return switch (kind) {
            case VALUES -> values[slice(u, values.length)];
            case CHOICES -> slice(u, choices.size());
            case RANGE -> rangeValue(u);
        };
    }

    private double rangeValue(double u) {
        if (log) {
            double v = u == 0 ? min : u == 1 ? max : min * Math.pow(max / min, u);
            v = Math.max(min, Math.min(max, v));
            return integer ? Math.round(v) : v;
        }
        if (integer) {
            return min + Math.min(Math.floor(u * (max - min + 1)), max - min);
        }
        return u == 1 ? max : min + u * (max - min);
    }

    private static int slice(double u, int n) {
        return (int) Math.min(Math.floor(u * n), n - 1);
    }

    /**
     * The unit coordinate of {@code value}: exact for a continuous range, the centre of the value's
     * slice for an integer range or a list. Throws if the value is not one the parameter takes.
     */
    public double unit(double value) {
        switch (kind) {
            case VALUES -> {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == value) {
                        return (i + 0.5) / values.length;
                    }
                }
                throw new IllegalArgumentException(path + ": " + Check.fmt(value) + " is not one of its values");
            }
            case CHOICES -> {
                if (value != Math.rint(value) || value < 0 || value >= choices.size()) {
                    throw new IllegalArgumentException(path + ": " + Check.fmt(value) + " is not the index of a choice");
                }
                return (value + 0.5) / choices.size();
            }
            default -> {
                if (!(value >= min && value <= max) || integer && value != Math.rint(value)) {
                    throw new IllegalArgumentException(path + ": " + Check.fmt(value) + " is not in its range ["
                            + Check.fmt(min) + ", " + Check.fmt(max) + "]" + (integer ? " of integers" : ""));
                }
                if (log) {
                    return Math.log(value / min) / Math.log(max / min);
                }
                return integer ? (value - min + 0.5) / (max - min + 1) : (value - min) / (max - min);
            }
        }
    }

    /** The value as {@code --set} takes it: a whole number without decimals, a choice's label. */
    public String text(double value) {
        if (kind == Kind.CHOICES) {
            return choices.get((int) Math.round(value));
        }
        return Check.fmt(value);
    }

    /**
     * The unit coordinates of a full factorial's levels: {@code levels} evenly spaced from 0 to 1
     * for a range (an integer range keeps each integer once), every value for a list.
     */
    double[] factorialLevels(int levels) {
        if (kind != Kind.RANGE) {
            int n = count();
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = (i + 0.5) / n;
            }
            return u;
        }
        List<Double> units = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (int l = 0; l < levels; l++) {
            double u = (double) l / (levels - 1);
            if (!integer || seen.add(value(u))) {
                units.add(u);
            }
        }
        return units.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUES -> path + " in " + java.util.Arrays.toString(values);
            case CHOICES -> path + " in " + choices;
            case RANGE -> path + " in [" + Check.fmt(min) + ", " + Check.fmt(max) + "]" + (log ? " log" : "")
                    + (integer ? " integer" : "");
        };
    }
}
