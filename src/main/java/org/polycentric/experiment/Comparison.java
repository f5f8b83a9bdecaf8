package org.polycentric.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.RunningStats;
import org.polycentric.model.metrics.SeriesKey;
import org.polycentric.output.ComparisonRow;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.TimeSpec;

/**
 * Two or more arms (scenarios, each with its {@code --set} overrides) run with the same seeds, and
 * the paired difference of each outcome between each arm and the first, the reference. Replication
 * {@code r} of every arm has exactly the seed {@code run} gives replication {@code r}
 * ({@link Seeds#replicationSeed}): common random numbers, so the arms differ only where their
 * scenarios do, and the pairs' differences have far less noise than two independent samples.
 *
 * <p>Runs go to a {@link ReplicationRunner} replication by replication, every arm of replication 0,
 * then of 1, ...; a worker evaluates the outcomes on its run's table and keeps only those numbers,
 * so memory does not grow with the replications. The results come back in that order whatever the
 * threads, and each replication's pairs are added to running statistics as soon as its arms are in.
 * For each arm and outcome: over the replications where both the arm and the reference have a value
 * (a {@code yearReaching} that a run never reaches is NA and drops its pair), the mean of the
 * differences with its two-sided 95% t-interval ({@link RunningStats}), their standard deviation,
 * their number, and the two arms' means over the same replications. Prints and writes nothing.
 */
public final class Comparison {

    /**
     * One arm: its label, the scenario file and overrides as given, and the scenario as loaded with
     * the comparison's seed and replications.
     */
    public record Arm(String label, Path file, List<String> overrides, ScenarioTreeLoader.Loaded<Scenario> loaded,
                      Scenario scenario) {
        public Arm {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(file, "file");
            overrides = List.copyOf(overrides);
            Objects.requireNonNull(loaded, "loaded");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /** The outcomes of one run: arm, replication, its seed, one value per outcome (NaN for NA). */
    public record RunValues(int arm, int replication, long seed, double[] outcomes, double seconds) {
    }

    /** Hears every run's values in order (replication by replication, arms in order), on the calling thread. */
    @FunctionalInterface
    public interface RunConsumer {
        void accept(RunValues run) throws IOException;
    }

    /**
     * A run that cannot go ahead as asked, blamed on its arm: the world built from the arm's scenario
     * cannot honour a value ({@code cause} an {@link InvalidValueException}), or lacks the series
     * (metric and group) of outcome {@code outcome}.
     */
    public static final class ArmProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int arm;
        private final int outcome;

        ArmProblem(int arm, int outcome, String message, Throwable cause) {
            super(message, cause);
            this.arm = arm;
            this.outcome = outcome;
        }

        /** The arm whose world it is. */
        public int arm() {
            return arm;
        }

        /** The outcome whose series the world lacks, or -1 when a scenario value is the problem. */
        public int outcome() {
            return outcome;
        }
    }

    /**
     * The outcomes compared without an outcomes file, for a run over {@code time}: the share of
     * cities pledged at the end ({@code pledged_final}) and in the middle year
     * ({@code pledged_<year>}, {@code (startYear + endYear) / 2} rounded down), the year half the
     * cities had pledged ({@code year_50}), and the shares of the population covered by pledges
     * ({@code population_covered_final}) and of cities in a network ({@code network_member_final})
     * at the end; all of group {@code all}. docs/COMPARE.md lists the same.
     */
    public static List<OutcomeSpec> defaultOutcomes(TimeSpec time) {
        int middle = Math.floorDiv(time.startYear() + time.endYear(), 2);
        return List.of(
                new OutcomeSpec("pledged_final", "pledged_share", null, OutcomeSpec.Kind.FINAL, null, null, null, null),
                new OutcomeSpec("pledged_" + middle, "pledged_share", null, OutcomeSpec.Kind.AT_YEAR, (double) middle,
                        null, null, null),
                new OutcomeSpec("year_50", "pledged_share", null, OutcomeSpec.Kind.YEAR_REACHING, null, 0.5, null,
                        null),
                new OutcomeSpec("population_covered_final", "population_covered_share", null, OutcomeSpec.Kind.FINAL,
                        null, null, null, null),
                new OutcomeSpec("network_member_final", "network_member_share", null, OutcomeSpec.Kind.FINAL, null,
                        null, null, null));
    }

    private final RunService service;
    private final List<Arm> arms;
    private final Outcomes outcomes;
    private final int replications;
    /** [arm][outcome]: the differences, the arm's and the reference's values over the same pairs. */
    private final RunningStats[][] differences;
    private final RunningStats[][] armValues;
    private final RunningStats[][] referenceValues;
    private final double[] armSeconds;
    private final List<RunValues> pending = new ArrayList<>();

    /**
     * @param arms the reference first; every arm's scenario has the same seed and replications
     */
    public Comparison(RunService service, List<Arm> arms, Outcomes outcomes) {
        this.service = Objects.requireNonNull(service, "service");
        this.arms = List.copyOf(arms);
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        if (this.arms.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two arms, has " + this.arms.size());
        }
        Scenario first = this.arms.get(0).scenario();
        for (Arm arm : this.arms) {
            if (arm.scenario().seed() != first.seed() || arm.scenario().replications() != first.replications()) {
                throw new IllegalArgumentException("every arm needs the seed and replications of the first");
            }
        }
        this.replications = first.replications();
        int k = this.arms.size();
        int o = outcomes.specs().size();
        this.differences = stats(k, o);
        this.armValues = stats(k, o);
        this.referenceValues = stats(k, o);
        this.armSeconds = new double[k];
    }

    private static RunningStats[][] stats(int arms, int outcomes) {
        RunningStats[][] s = new RunningStats[arms][outcomes];
        for (RunningStats[] row : s) {
            for (int i = 0; i < outcomes; i++) {
                row[i] = new RunningStats();
            }
        }
        return s;
    }

    public List<Arm> arms() {
        return arms;
    }

    public int replications() {
        return replications;
    }

    /** The seed of replication {@code r}, the same in every arm. */
    public long replicationSeed(int r) {
        return RunService.replicationSeed(arms.get(0).scenario(), r);
    }

    /**
     * Runs every arm's replications on {@code threads} threads and hands each run's values to
     * {@code consumer} in order. Call once.
     *
     * @throws ArmProblem when an arm's world cannot honour a value or lacks an outcome's series
     */
    public void run(int threads, RunConsumer consumer, ReplicationRunner.Progress progress)
            throws IOException, InterruptedException {
        int k = arms.size();
        new ReplicationRunner(threads).run(k * replications, index -> runOne(index % k, index / k), values -> {
            consumer.accept(values);
            add(values);
        }, progress);
    }

    /** One arm's replication: built, run, its outcomes read off its table and nothing else kept. */
    private RunValues runOne(int arm, int replication) {
        Scenario scenario = arms.get(arm).scenario();
        ReplicationResult result;
        try {
            result = ReplicationRun.run(service.model(scenario, replication), replication,
                    ReplicationRunner.Progress.NONE, false);
        } catch (InvalidValueException e) {
            throw new ArmProblem(arm, -1, e.getMessage(), e);
        }
        MetricTable table = result.table();
        int missing = outcomes.firstMissing(table);
        if (missing >= 0) {
            String metric = outcomes.specs().get(missing).metric();
            String group = outcomes.specs().get(missing).group();
            throw new ArmProblem(arm, missing, "the world of this arm records no group '" + group + "' of " + metric
                    + "; its groups: " + String.join(", ", groups(table, metric)), null);
        }
        return new RunValues(arm, replication, result.seed(), outcomes.evaluate(table), result.seconds());
    }

    private static List<String> groups(MetricTable table, String metric) {
        return table.series().stream().filter(s -> s.metric().equals(metric)).map(SeriesKey::group).toList();
    }

    /** Keeps a replication's values until all its arms are in, then adds its pairs. */
    private void add(RunValues values) {
        armSeconds[values.arm()] += values.seconds();
        pending.add(values);
        if (pending.size() < arms.size()) {
            return;
        }
        double[] reference = pending.get(0).outcomes();
        for (int k = 1; k < arms.size(); k++) {
            double[] y = pending.get(k).outcomes();
            for (int o = 0; o < y.length; o++) {
                if (Double.isNaN(y[o]) || Double.isNaN(reference[o])) {
                    continue;
                }
                differences[k][o].add(y[o] - reference[o]);
                armValues[k][o].add(y[o]);
                referenceValues[k][o].add(reference[o]);
            }
        }
        pending.clear();
    }

    /** Seconds arm {@code k}'s replications took in all (summed over threads). */
    public double armSeconds(int k) {
        return armSeconds[k];
    }

    /** One row per outcome and compared arm (outcomes in order, arms 1, 2, ... within each). */
    public List<ComparisonRow> rows() {
        List<ComparisonRow> rows = new ArrayList<>();
        List<String> names = outcomes.names();
        String reference = arms.get(0).label();
        for (int o = 0; o < names.size(); o++) {
            for (int k = 1; k < arms.size(); k++) {
                RunningStats d = differences[k][o];
                rows.add(new ComparisonRow(names.get(o), k, arms.get(k).label(), reference, armValues[k][o].mean(),
                        referenceValues[k][o].mean(), d.mean(), d.ci95Low(), d.ci95High(), d.sd(), d.n()));
            }
        }
        return rows;
    }
}
