package org.polycentric.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.polycentric.params.Check;

/**
 * One varied parameter of an experiment: a scenario value named by its JSON path, exactly as
 * {@code --set} takes it ({@code rules.peerInfluence.weight}, {@code world.networks[0].yearlyIntake}),
 * and either a range {@code min}..{@code max} (on a log scale when {@code log}; rounded to whole
 * numbers when {@code integer}) or a list of {@code values} (numbers, true/false or text, used as
 * written). Whether the path and the values fit the scenario is checked by {@link ExperimentLoader}.
 *
 * @param log     sample the range evenly in log(value); needs {@code min > 0}; default false
 * @param integer round every value to a whole number; needs whole {@code min} and {@code max}; default false
 */
public record ParameterSpec(String path, Double min, Double max, Boolean log, List<JsonNode> values, Boolean integer) {

    /** Top-level scenario keys that the experiment itself sets, or that name nothing to vary. */
    private static final Set<String> RESERVED = Set.of("name", "description", "seed", "replications");

    public ParameterSpec {
        Check.present("path", path);
        Check.that(!path.isBlank(), "path", "must not be empty; write a scenario path such as rules.peerInfluence.weight");
        path = path.strip();
        Check.that(!RESERVED.contains(path), "path", "'" + path + "' is not a parameter: the experiment sets "
                + "seed and replications itself (its own keys), and name and description are not model parameters");
        log = log != null && log;
        integer = integer != null && integer;
        boolean range = min != null || max != null;
        Check.that(!(range && values != null), "values",
                "give either min and max (a range) or values (a list), not both");
        if (values != null) {
            Check.that(!values.isEmpty(), "values", "must hold at least one value");
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                Check.that(v != null && v.isValueNode() && !v.isNull(), "values[" + i + "]",
                        "must be a number, true/false or text");
                Check.that(!v.isNumber() || Double.isFinite(v.asDouble()), "values[" + i + "]", "must be finite");
                for (int j = 0; j < i; j++) {
                    Check.that(!values.get(j).equals(v), "values[" + i + "]",
                            v + " is already values[" + j + "]; each value once");
                }
            }
            values = List.copyOf(values);
            Check.that(!log, "log", "is only for a min/max range; values are used as written");
            Check.that(!integer, "integer", "is only for a min/max range; values are used as written");
        } else {
            Check.that(range, "", "give min and max (a range), or values (a list)");
            Check.present("min", min);
            Check.present("max", max);
            Check.that(Double.isFinite(min), "min", "must be a finite number, was " + min);
            Check.that(Double.isFinite(max), "max", "must be a finite number, was " + max);
            Check.that(min < max, "max", "must be greater than min (" + Check.fmt(min) + "), was " + Check.fmt(max)
                    + "; for a single value use overrides instead");
            if (log) {
                Check.that(min > 0, "min", "must be > 0 on a log scale (\"log\": true), was " + Check.fmt(min));
            }
            if (integer) {
                Check.that(min == Math.rint(min), "min", "must be a whole number (\"integer\": true), was "
                        + Check.fmt(min));
                Check.that(max == Math.rint(max), "max", "must be a whole number (\"integer\": true), was "
                        + Check.fmt(max));
            }
        }
    }

    /** True for a min/max range, false for a list of values. */
    public boolean isRange() {
        return values == null;
    }

    /** How many values a full factorial design takes of this parameter: the list's size, else {@code levels}. */
    public int factorialLevels(int levels) {
        return isRange() ? levels : values.size();
    }

    /** Whether every value of the list is a number (always true for a range). */
    public boolean isNumeric() {
        return isRange() || values.stream().allMatch(JsonNode::isNumber);
    }

    /**
     * The {@code --set} text that gives this parameter {@code value} (of a range): {@code path=value},
     * rounded when {@link #integer()}, shortest text otherwise ({@code 0.4}, {@code 1e-05}, {@code 12}).
     */
    public String setting(double value) {
        double v = integer ? Math.rint(value) : value;
        return path + "=" + Check.fmt(v);
    }

    /** The {@code --set} text that gives this parameter {@code values[index]}, as JSON ({@code "hazard"} quoted). */
    public String settingOfValue(int index) {
        if (values == null) {
            throw new IllegalStateException(path + " is a range, not a list of values");
        }
        return path + "=" + values.get(index).toString();
    }
}
