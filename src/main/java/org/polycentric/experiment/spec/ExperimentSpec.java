package org.polycentric.experiment.spec;

import java.util.List;
import org.polycentric.params.Check;

/**
 * An experiment file as written: the base {@code scenario} (a path relative to the experiment
 * file's folder) with its {@code overrides} ({@code --set} texts), the experiment's {@code seed}
 * and {@code replications} per point, the varied {@code parameters}, the {@code design} that picks
 * the points, and the {@code outcomes} kept of every run. docs/EXPERIMENTS.md documents each key;
 * {@link ExperimentLoader} reads and checks a file against its scenario.
 */
public record ExperimentSpec(String name, String description, String scenario, List<String> overrides, Long seed,
                             Integer replications, Boolean commonRandomNumbers, List<ParameterSpec> parameters,
                             DesignSpec design, List<OutcomeSpec> outcomes) {

    /** The most runs (points times replications) an experiment may ask for. */
    public static final long MAX_RUNS = 100_000_000L;

    public ExperimentSpec {
        Check.present("name", name);
        Check.present("description", description);
        Check.present("scenario", scenario);
        Check.that(!scenario.isBlank(), "scenario", "must name a scenario file, e.g. ../scenarios/baseline.json");
        overrides = Check.list("overrides", overrides);
        Check.present("seed", seed);
        Check.present("replications", replications);
        Check.range("replications", replications, 1, 100_000);
        commonRandomNumbers = commonRandomNumbers != null && commonRandomNumbers;
        parameters = Check.list("parameters", parameters);
        Check.that(!parameters.isEmpty(), "parameters", "must hold at least one parameter to vary,"
                + " e.g. [ { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.02, \"max\": 0.2 } ]");
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = 0; j < i; j++) {
                Check.that(!parameters.get(j).path().equals(parameters.get(i).path()), "parameters[" + i + "].path",
                        "'" + parameters.get(i).path() + "' is already varied by parameters[" + j + "]");
            }
        }
        Check.present("design", design);
        if (design.kind() == DesignSpec.Kind.FACTORIAL && design.levels() == null) {
            for (int i = 0; i < parameters.size(); i++) {
                Check.that(!parameters.get(i).isRange(), "design.levels", "is required: parameters[" + i
                        + "] is a min/max range, and a factorial design takes levels evenly spaced values of each range");
            }
        }
        outcomes = OutcomeSpec.checkList(outcomes);
        long runs = DesignSpec.saturatedProduct(design.pointCount(parameters), replications);
        Check.that(runs <= MAX_RUNS, "design", "asks for " + (runs == Long.MAX_VALUE ? "too many" : runs)
                + " runs (" + design.pointCount(parameters) + " points x " + replications + " replications);"
                + " at most " + MAX_RUNS);
    }

    /** The number of points the design gives for these parameters. */
    public long points() {
        return design.pointCount(parameters);
    }

    /** Points times replications: how many runs the experiment makes. */
    public long runs() {
        return points() * replications;
    }
}
