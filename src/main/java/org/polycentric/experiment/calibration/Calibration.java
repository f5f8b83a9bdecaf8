package org.polycentric.experiment.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.Seeds;
import org.polycentric.experiment.design.ParameterSpace;
import org.polycentric.model.Polycentric;
import org.polycentric.model.WorldSource;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;

/**
 * Fits a calibration's parameters: the optimiser (CMA-ES or BOBYQA, Apache Commons Math) searches
 * the unit cube of the parameters' ranges for the point whose replication mean is closest to the
 * observed series, and every evaluation is handed to a {@link Listener} as it is made.
 *
 * <p><b>The error of a point.</b> The scenario is loaded with the file's overrides and the point's
 * {@code --set}s, and its R replications run with the seeds {@code Seeds.replicationSeed(seed, r)},
 * the same at every point (common random numbers: two points differ only by their parameters). For
 * target t with observations y_tj at dates d_tj (j = 1..n_t), scale s_t (its largest |y_tj|) and
 * weight w_t, m_tj is the mean over the replications of the metric at the last record at or before
 * d_tj, and
 * <pre>
 *   E_t = (1 / n_t) sum_j ((m_tj - y_tj) / s_t)^2          E = sum_t w_t E_t / sum_t w_t
 * </pre>
 * The fit is the evaluated point with the least E (the first of equals), whatever the optimiser
 * returns; it stops on its own criteria or after {@code maxEvaluations}, keeping the best so far.
 *
 * <p><b>Deterministic.</b> Replications run on a {@link ReplicationRunner} pool and are consumed in
 * order, the optimisers are deterministic given their evaluations, and CMA-ES samples from a
 * generator seeded by {@code Seeds.purposeSeed(seed, "calibration.cmaes")}: the same file gives the
 * same evaluations, bit for bit, on any number of threads. Prints and writes nothing.
 */
public final class Calibration {

    /** The generator purpose of CMA-ES's own sampling. */
    public static final String CMAES_PURPOSE = "calibration.cmaes";

    /** Hears every evaluation as it is made, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (evaluation, best) -> { };

        /** {@code evaluation} was just made; {@code best} is the best so far (perhaps this one). */
        void evaluated(Evaluation evaluation, Evaluation best) throws IOException;
    }

    /** Why the search stopped. */
    public enum Stop {
        /** the optimiser's own convergence criterion */
        CONVERGED("converged"),
        /** maxEvaluations reached */
        MAX_EVALUATIONS("maxEvaluations");

        private final String id;

        Stop(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The result: the best evaluation (the fit), how many were made, and why the search stopped. */
    public record Fit(Evaluation best, int evaluations, Stop stoppedBy) {
    }

    private final LoadedCalibration loaded;
    private final ScenarioLoader scenarios;
    private final RuleCatalogue catalogue;
    private final WorldSource source;
    private final int threads;
    private int count;
    private Evaluation best;

    /**
     * @param threads replications run at once in every evaluation, at least 1
     */
    public Calibration(LoadedCalibration loaded, RuleCatalogue catalogue, WorldSource source, int threads) {
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.source = Objects.requireNonNull(source, "source");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.scenarios = new ScenarioLoader(catalogue);
    }

    /** The seed of replication {@code r} at every evaluation. */
    public long replicationSeed(int r) {
        return Seeds.replicationSeed(loaded.spec().seed(), r);
    }

    /** The seed of CMA-ES's generator. */
    public long optimizerSeed() {
        return Seeds.purposeSeed(loaded.spec().seed(), CMAES_PURPOSE);
    }

    /**
     * Runs the search from the start point. Not reentrant: one search per instance.
     *
     * @throws ScenarioException    a problem only the built world shows (a target's group it lacks,
     *                              an event naming a nation it lacks), at its line of the file
     */
    public Fit run(Listener listener) throws ScenarioException, IOException, InterruptedException {
        OptimizerSpec o = loaded.spec().optimizer();
        int k = loaded.dimension();
        double[] start = loaded.space().toUnit(loaded.start());
        double[] lower = new double[k];
        double[] upper = new double[k];
        Arrays.fill(upper, 1);
        ObjectiveFunction objective = new ObjectiveFunction(unit -> {
            try {
                Evaluation e = evaluate(unit);
                if (best == null || e.error() < best.error()) {
                    best = e;
                }
                listener.evaluated(e, best);
                return e.error();
            } catch (ScenarioException | IOException | InterruptedException e) {
                throw new Abort(e);
            }
        });
        try {
            if (o.kind() == OptimizerSpec.Kind.CMAES) {
                double[] sigma = new double[k];
                Arrays.fill(sigma, o.sigma());
                new CMAESOptimizer(1_000_000, 0, true, 0, 0, new MersenneTwister(optimizerSeed()), false, null)
                        .optimize(new MaxEval(o.maxEvaluations()), objective, GoalType.MINIMIZE,
                                new InitialGuess(start), new SimpleBounds(lower, upper),
                                new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(o.populationSize(k)));
            } else {
                new BOBYQAOptimizer(o.interpolationPoints(k), o.initialRadius(), o.stoppingRadius())
                        .optimize(new MaxEval(o.maxEvaluations()), objective, GoalType.MINIMIZE,
                                new InitialGuess(start), new SimpleBounds(lower, upper));
            }
        } catch (TooManyEvaluationsException e) {
            // the best so far is the fit (CMA-ES stops at the limit by itself, BOBYQA throws)
        } catch (Abort a) {
            Exception cause = a.cause;
            if (cause instanceof ScenarioException s) {
                throw s;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            throw (IOException) cause;
        }
        return new Fit(best, count, count >= o.maxEvaluations() ? Stop.MAX_EVALUATIONS : Stop.CONVERGED);
    }

    /**
     * The error at a point of the unit cube (coordinates clamped to [0, 1]; integer parameters take
     * their whole values through {@link ParameterSpace}), numbered as the next evaluation.
     */
    public Evaluation evaluate(double[] point) throws ScenarioException, InterruptedException, IOException {
        ParameterSpace space = loaded.space();
        double[] unit = new double[point.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = Math.max(0, Math.min(1, point[i]));
        }
        double[] values = space.toValues(unit);
        // the start itself, as written (its unit point maps back to 0.10000000000000006 for 0.1)
        double[] startUnit = space.toUnit(loaded.start());
        for (int i = 0; i < values.length; i++) {
            if (unit[i] == startUnit[i]) {
                values[i] = loaded.start()[i];
            }
        }
        List<String> settings = space.settings(values);
        ScenarioTreeLoader.Loaded<Scenario> scenario = scenarios.load(loaded.scenarioFile(),
                loaded.overridesWith(settings));
        int replications = loaded.spec().replications();
        Scenario s = scenario.value().withRun(loaded.spec().seed(), replications);
        List<Target> targets = loaded.targets();
        Accumulator[] sums = new Accumulator[targets.size()];
        try {
            new ReplicationRunner(Math.min(threads, replications)).run(replications,
                    r -> ReplicationRun.run(new Polycentric(replicationSeed(r), s, source, catalogue), r,
                            ReplicationRunner.Progress.NONE, false).table(),
                    table -> {
                        for (int t = 0; t < sums.length; t++) {
                            if (sums[t] == null) {
                                sums[t] = new Accumulator(table, column(table, t));
                            }
                            sums[t].add(table);
                        }
                    }, ReplicationRunner.Progress.NONE);
        } catch (Abort a) {
            throw (ScenarioException) a.cause;
        } catch (InvalidValueException e) {
            // the scenario loaded, but the world built from it cannot honour a value
            throw scenario.problemAt(e.field(), e.getMessage());
        }
        double[] targetErrors = new double[targets.size()];
        List<SimulatedSeries> simulated = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            SimulatedSeries series = sums[t].series(target);
            for (int j = 0; j < target.size(); j++) {
                if (!Double.isFinite(series.meanAtObservations()[j])) {
                    throw loaded.problemAt("targets[" + t + "]", "the model has no value of " + target.metric()
                            + " for " + target.group() + " at " + org.polycentric.params.Check.fmt(target.year(j))
                            + " (NA: e.g. a share of a group without members); choose another series or dates");
                }
            }
            targetErrors[t] = error(target, series.meanAtObservations());
            simulated.add(series);
            weighted += target.weight() * targetErrors[t];
            weights += target.weight();
        }
        count++;
        return new Evaluation(count, unit, values, settings, weighted / weights, targetErrors, simulated);
    }

    /** E_t: the mean over the observations of the squared difference of mean and observed, over the scale. */
    static double error(Target target, double[] meanAtObservations) {
        double sum = 0;
        for (int j = 0; j < target.size(); j++) {
            double d = (meanAtObservations[j] - target.observed(j)) / target.scale();
            sum += d * d;
        }
        return sum / target.size();
    }

    /** The record at or before calendar time {@code year}: the last whose time is not after it. */
    static int recordAt(MetricTable table, double year) {
        int r = (int) Math.floor((year - table.startYear()) * table.stepsPerYear() + 1e-9);
        return Math.max(0, Math.min(table.records() - 1, r));
    }

    private int column(MetricTable table, int t) {
        Target target = loaded.targets().get(t);
        int k = table.indexOf(target.metric(), target.group());
        if (k >= 0) {
            return k;
        }
        List<String> groups = new ArrayList<>();
        for (var key : table.series()) {
            if (key.metric().equals(target.metric())) {
                groups.add(key.group());
            }
        }
        String detail = "'" + target.group() + "' is not a group of " + target.metric() + " in this world; "
                + org.polycentric.scenario.Suggestions.hint(target.group(), groups) + "allowed: "
                + String.join(", ", groups);
        String at = loaded.spec().targets().get(t).series() != null ? "targets[" + t + "].series"
                : "targets[" + t + "].group";
        throw new Abort(loaded.problemAt(at, detail));
    }

    /** Sum, lowest and highest of one series over the replications, record by record. */
    private static final class Accumulator {
        private final MetricTable first;
        private final int column;
        private final double[] sum;
        private final double[] low;
        private final double[] high;
        private int n;

        Accumulator(MetricTable first, int column) {
            this.first = first;
            this.column = column;
            this.sum = new double[first.records()];
            this.low = new double[first.records()];
            this.high = new double[first.records()];
            Arrays.fill(low, Double.POSITIVE_INFINITY);
            Arrays.fill(high, Double.NEGATIVE_INFINITY);
        }

        void add(MetricTable table) {
            for (int r = 0; r < sum.length; r++) {
                double v = table.value(r, column);
                sum[r] += v;
                low[r] = Math.min(low[r], v);
                high[r] = Math.max(high[r], v);
            }
            n++;
        }

        SimulatedSeries series(Target target) {
            double[] years = new double[sum.length];
            double[] mean = new double[sum.length];
            for (int r = 0; r < sum.length; r++) {
                years[r] = first.year(r);
                mean[r] = sum[r] / n;
            }
            double[] m = new double[target.size()];
            double[] lo = new double[target.size()];
            double[] hi = new double[target.size()];
            for (int j = 0; j < m.length; j++) {
                int r = recordAt(first, target.year(j));
                m[j] = mean[r];
                lo[j] = low[r];
                hi[j] = high[r];
            }
            return new SimulatedSeries(years, mean, low.clone(), high.clone(), m, lo, hi);
        }
    }

    /** Carries a checked exception out of the optimiser's objective function or a result consumer. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Exception cause;

        Abort(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
