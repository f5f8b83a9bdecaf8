package org.polycentric.experiment.calibration;

import java.util.List;
import org.polycentric.params.Check;

/**
 * A calibration file as written: the base {@code scenario} (relative to the file's folder) with its
 * {@code overrides}, the {@code seed} and the {@code replications} run at every evaluation (the same
 * replication seeds each time: common random numbers), the {@code parameters} to fit (ranges, with an
 * optional start), the observed series to fit them to ({@code targets}) and the {@code optimizer}.
 * docs/CALIBRATION.md documents each key; {@link CalibrationLoader} reads and checks a file.
 */
public record CalibrationSpec(String name, String description, String scenario, List<String> overrides, Long seed,
                              Integer replications, List<CalibrationParameterSpec> parameters,
                              List<TargetSpec> targets, OptimizerSpec optimizer) {

    public CalibrationSpec {
        Check.present("name", name);
        Check.present("description", description);
        Check.present("scenario", scenario);
        Check.that(!scenario.isBlank(), "scenario", "must name a scenario file, e.g. ../scenarios/baseline.json");
        overrides = Check.list("overrides", overrides);
        Check.present("seed", seed);
        Check.present("replications", replications);
        Check.range("replications", replications, 1, 10_000);
        parameters = Check.list("parameters", parameters);
        Check.that(!parameters.isEmpty(), "parameters", "must hold at least one parameter to fit,"
                + " e.g. [ { \"path\": \"decision.baseRate\", \"min\": 0.0005, \"max\": 0.008, \"log\": true } ]");
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = 0; j < i; j++) {
                Check.that(!parameters.get(j).path().equals(parameters.get(i).path()), "parameters[" + i + "].path",
                        "'" + parameters.get(i).path() + "' is already fitted by parameters[" + j + "]");
            }
        }
        targets = Check.list("targets", targets);
        Check.that(!targets.isEmpty(), "targets", "must hold at least one observed series to fit to,"
                + " e.g. [ { \"series\": \"c40_members\" } ]");
        Check.present("optimizer", optimizer);
    }
}
