package org.polycentric.experiment.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.experiment.design.ParameterSpace;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioTreeLoader;

/**
 * A checked calibration: the file as bound, its base scenario (loaded with the file's overrides),
 * the parameters as a space of unit coordinates with the start point, the targets with their
 * observations, and where every value of the file was written, so that a problem found later (a
 * target's group that the built world lacks) is still reported at its file and line.
 *
 * @param start the parameters' starting values, in parameter order
 */
public record LoadedCalibration(Path file, CalibrationSpec spec, Path scenarioFile,
                                ScenarioTreeLoader.Loaded<Scenario> scenario,
                                ScenarioTreeLoader.Loaded<CalibrationSpec> source, ParameterSpace space,
                                double[] start, List<Target> targets) {

    public LoadedCalibration {
        start = start.clone();
        targets = List.copyOf(targets);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /** A problem with the value at {@code jsonPath} of the calibration file, as {@code file:line: jsonPath: detail}. */
    public ScenarioException problemAt(String jsonPath, String detail) {
        return source.problemAt(jsonPath, detail);
    }

    /** The {@code --set} overrides of one evaluation: the file's own, then the point's {@code settings}. */
    public List<String> overridesWith(List<String> settings) {
        List<String> all = new ArrayList<>(spec.overrides());
        all.addAll(settings);
        return List.copyOf(all);
    }

    /** k, the number of fitted parameters. */
    public int dimension() {
        return space.dimension();
    }
}
