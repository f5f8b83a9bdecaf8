package org.polycentric.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.experiment.Outcomes;
import org.polycentric.experiment.Seeds;
import org.polycentric.experiment.design.Design;
import org.polycentric.experiment.design.FullFactorial;
import org.polycentric.experiment.design.LatinHypercube;
import org.polycentric.experiment.design.MorrisTrajectories;
import org.polycentric.experiment.design.Parameter;
import org.polycentric.experiment.design.ParameterSpace;
import org.polycentric.experiment.design.SobolSaltelli;
import org.polycentric.experiment.spec.DesignSpec;
import org.polycentric.experiment.spec.ExperimentSpec;
import org.polycentric.experiment.spec.LoadedExperiment;
import org.polycentric.experiment.spec.ParameterSpec;
import org.polycentric.output.CsvFormat;

/**
 * What a sweep runs: the experiment's design as points, and its runs numbered 0 .. runs − 1, run
 * {@code i} being replication {@code i mod R} of point {@code i div R}. Everything here follows from
 * the experiment file alone: the design's random parts from {@link Seeds#purposeSeed} ("design"), each run's seed
 * from the experiment seed and the run's index ({@link Seeds#replicationSeed}; with
 * {@code commonRandomNumbers} from the replication's index, so replication r meets the same dice at
 * every point). Where or in which order a run executes never changes it.
 */
public final class SweepPlan {
    /** How many random trajectories a Morris design chooses its spread ones from, per trajectory kept. */
    static final int MORRIS_CANDIDATES_PER_TRAJECTORY = 10;

    private final LoadedExperiment experiment;
    private final ParameterSpace space;
    private final Design design;
    private final Outcomes outcomes;
    private final int replications;

    public SweepPlan(LoadedExperiment experiment) {
        this.experiment = experiment;
        ExperimentSpec spec = experiment.spec();
        List<Parameter> parameters = new ArrayList<>();
        for (ParameterSpec p : spec.parameters()) {
            parameters.add(parameter(p));
        }
        this.space = new ParameterSpace(parameters);
        this.design = design(spec.design(), space, Seeds.purposeSeed(spec.seed(), "design"));
        this.outcomes = new Outcomes(spec.outcomes());
        this.replications = spec.replications();
    }

    /** A parameter of the file as the designs take it: a range, a list of numbers, or a list of choices. */
    static Parameter parameter(ParameterSpec p) {
        if (p.isRange()) {
            return Parameter.range(p.path(), p.min(), p.max(), p.log(), p.integer());
        }
        if (p.isNumeric()) {
            return Parameter.values(p.path(), p.values().stream().map(JsonNode::doubleValue).toList());
        }
        // as --set takes them: JSON text (a quoted word, true, false, a number)
        return Parameter.choices(p.path(), p.values().stream().map(JsonNode::toString).toList());
    }

    private static Design design(DesignSpec d, ParameterSpace space, long seed) {
        return switch (d.kind()) {
            case FACTORIAL -> new FullFactorial(space, d.levels() == null ? 2 : d.levels());
            case LATIN_HYPERCUBE -> new LatinHypercube(space, d.points(), seed);
            case SOBOL -> new SobolSaltelli(space, d.baseSamples());
            case MORRIS -> new MorrisTrajectories(space, d.trajectories(), d.levels(), seed,
                    (int) Math.max(d.trajectories(), Math.min(MorrisTrajectories.MAX_CANDIDATES,
                            (long) MORRIS_CANDIDATES_PER_TRAJECTORY * d.trajectories())));
        };
    }

    public LoadedExperiment experiment() {
        return experiment;
    }

    public ParameterSpace space() {
        return space;
    }

    public Design design() {
        return design;
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    public int replications() {
        return replications;
    }

    public int points() {
        return design.size();
    }

    /** Points times replications. */
    public long runs() {
        return (long) design.size() * replications;
    }

    public int point(long run) {
        return (int) (run / replications);
    }

    public int replication(long run) {
        return (int) (run % replications);
    }

    /** The first run of a point. */
    public long firstRun(int point) {
        return (long) point * replications;
    }

    /** The model seed of a run. */
    public long seed(long run) {
        ExperimentSpec spec = experiment.spec();
        return Seeds.replicationSeed(spec.seed(), spec.commonRandomNumbers() ? replication(run) : run);
    }

    /** The {@code --set} overrides of a point: the experiment's own, then its parameters' values. */
    public List<String> overrides(int point) {
        return experiment.overridesWith(space.settings(design.point(point)));
    }

    /** The parameters' names as result-file columns: their scenario paths. */
    public List<String> parameterColumns() {
        return space.parameters().stream().map(Parameter::path).toList();
    }

    /** A point's values as CSV fields: numbers as {@link CsvFormat} spells them, a choice as its text. */
    public List<String> fields(int point) {
        double[] values = design.point(point);
        List<String> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Parameter p = space.get(i);
            if (p.kind() == Parameter.Kind.CHOICES) {
                JsonNode node = experiment.spec().parameters().get(i).values().get((int) Math.round(values[i]));
                out.add(CsvFormat.text(node.isTextual() ? node.asText() : node.toString()));
            } else {
                out.add(CsvFormat.number(values[i]));
            }
        }
        return out;
    }
}
