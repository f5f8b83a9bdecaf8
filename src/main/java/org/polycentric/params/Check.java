package org.polycentric.params;

import java.util.List;

/** Range checks used by the scenario records' constructors; each failure names the field. */
public final class Check {
    private Check() {
    }

    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidValueException(field,
                    "must be between " + fmt(min) + " and " + fmt(max) + ", was " + fmt(value));
        }
        return value;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field,
                    "must be an integer between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new InvalidValueException(field, "must be a finite number >= 0, was " + fmt(value));
        }
        return value;
    }

    public static double positive(String field, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new InvalidValueException(field, "must be a finite number > 0, was " + fmt(value));
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "is required (null is not allowed in a list)");
            }
        }
        return List.copyOf(value);
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValueException(field, message);
        }
    }

    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
