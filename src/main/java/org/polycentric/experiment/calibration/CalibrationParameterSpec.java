package org.polycentric.experiment.calibration;

import java.util.Set;
import org.polycentric.experiment.design.Parameter;
import org.polycentric.experiment.spec.ParameterSpec;
import org.polycentric.params.Check;

/**
 * One fitted parameter: a scenario value named by its JSON path as {@code --set} takes it, the range
 * the optimiser searches ({@code min}..{@code max}, on a log scale when {@code log}, whole numbers
 * when {@code integer}), exactly as an experiment's range ({@link ParameterSpec}, whose checks and
 * messages it shares), and where the search starts: {@code start}, or when left out the scenario's
 * own value (which the loader then requires inside the range).
 */
public record CalibrationParameterSpec(String path, Double min, Double max, Boolean log, Boolean integer,
                                       Double start) {

    private static final Set<String> RESERVED = Set.of("name", "description", "seed", "replications");

    public CalibrationParameterSpec {
        Check.present("path", path);
        Check.that(!RESERVED.contains(path.strip()), "path", "'" + path.strip() + "' is not a parameter: the"
                + " calibration sets seed and replications itself (its own keys), and name and description are not"
                + " model parameters");
        Check.present("min", min);
        Check.present("max", max);
        ParameterSpec range = new ParameterSpec(path, min, max, log, null, integer); // the experiment's checks
        path = range.path();
        log = range.log();
        integer = range.integer();
        if (start != null) {
            Check.that(Double.isFinite(start), "start", "must be a finite number, was " + start);
            Check.that(start >= min && start <= max, "start", "must be within min and max (" + Check.fmt(min)
                    + " to " + Check.fmt(max) + "), was " + Check.fmt(start));
            Check.that(!integer || start == Math.rint(start), "start", "must be a whole number (\"integer\": true),"
                    + " was " + Check.fmt(start));
        }
    }

    /** The range as an experiment parameter: what {@code ScenarioChecks} checks against the scenario. */
    public ParameterSpec asRange() {
        return new ParameterSpec(path, min, max, log, null, integer);
    }

    /** The range as the optimiser's unit-interval mapping. */
    public Parameter parameter() {
        return Parameter.range(path, min, max, log, integer);
    }
}
