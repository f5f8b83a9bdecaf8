package org.polycentric.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.polycentric.experiment.Seeds;
import org.polycentric.experiment.design.MorrisTrajectories;
import org.polycentric.experiment.design.SobolSaltelli;
import org.polycentric.experiment.sensitivity.Bootstrap;
import org.polycentric.experiment.sensitivity.Estimate;
import org.polycentric.experiment.sensitivity.MorrisEffects;
import org.polycentric.experiment.sensitivity.SobolIndices;
import org.polycentric.experiment.spec.DesignSpec;

/**
 * Sensitivity indices of a finished sweep: Morris elementary effects of a {@code morris} design,
 * Sobol first-order and total indices of a {@code sobol} one, for every outcome, each with a
 * bootstrap interval. The model's output at a point is the mean of its replications (summary.csv),
 * so the indices apportion the variance of that mean; the replications' own noise is in it, less
 * of it the more replications (with {@code commonRandomNumbers} a parameter that does nothing has
 * indices of exactly zero). Elementary effects are in unit-cube terms: the change of the outcome
 * when a parameter moves across its whole range (on a log scale for a log range), so mu* of
 * different parameters compare.
 */
public final class SweepSensitivity {

    /** One index of one parameter for one outcome: a row of sensitivity.csv. */
    public record Row(String outcome, String parameter, String index, double estimate, double low, double high) {
    }

    /** An outcome that has no indices, and why (e.g. a point where it was never reached). */
    public record Skipped(String outcome, String reason) {
    }

    /** Every index of every outcome, in outcome then parameter order. */
    public record Result(DesignSpec.Kind kind, List<Row> rows, List<Skipped> skipped, int resamples) {
    }

    private SweepSensitivity() {
    }

    /**
     * Reads the finished sweep in {@code folder}, which must be the sweep of {@code plan} (the same
     * experiment file, as {@code sweep} ran it), and estimates the indices.
     *
     * @throws SweepInputException the folder is not this finished sweep, or the design has no indices
     */
    public static Result analyse(SweepPlan plan, Path folder, int resamples) throws IOException, SweepInputException {
        DesignSpec.Kind kind = plan.experiment().spec().design().kind();
        if (kind != DesignSpec.Kind.MORRIS && kind != DesignSpec.Kind.SOBOL) {
            throw new SweepInputException(plan.experiment().problemAt("design.kind", "sensitivity needs a morris or"
                    + " sobol design; this experiment's is " + kind.toString().toLowerCase().replace("_h", "H")
                    + " (its points do not pair up as the estimators need)").getMessage());
        }
        checkFolder(plan, folder);
        double[][] means = readMeans(folder.resolve(SweepFiles.SUMMARY), plan);
        Bootstrap bootstrap = new Bootstrap(resamples, Bootstrap.DEFAULT_LEVEL,
                Seeds.purposeSeed(plan.experiment().spec().seed(), "sensitivity.bootstrap"));
        List<String> outcomes = plan.outcomes().names();
        List<String> parameters = plan.parameterColumns();
        List<Row> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) {
            String name = outcomes.get(o);
            double[] y = means[o];
            long missing = Arrays.stream(y).filter(v -> !Double.isFinite(v)).count();
            if (missing > 0) {
                skipped.add(new Skipped(name, missing + " of " + y.length + " points have no value (NA in every"
                        + " replication, e.g. a level never reached); the estimators need one at every point"));
                continue;
            }
            try {
                if (kind == DesignSpec.Kind.SOBOL) {
                    SobolSaltelli.Outputs split = ((SobolSaltelli) plan.design()).split(y);
                    SobolIndices s = SobolIndices.estimate(split.a(), split.b(), split.ab(), bootstrap);
                    for (int i = 0; i < parameters.size(); i++) {
                        rows.add(row(name, parameters.get(i), "S1", s.first(i)));
                        rows.add(row(name, parameters.get(i), "ST", s.total(i)));
                    }
                } else {
                    MorrisTrajectories design = (MorrisTrajectories) plan.design();
                    List<MorrisEffects.Step> steps = new ArrayList<>();
                    for (MorrisTrajectories.Step s : design.steps()) {
                        steps.add(new MorrisEffects.Step(s.factor(), s.delta(), y[s.before()], y[s.after()]));
                    }
                    MorrisEffects m = MorrisEffects.estimate(steps, parameters.size(), bootstrap);
                    for (int i = 0; i < parameters.size(); i++) {
                        MorrisEffects.Factor f = m.factor(i);
                        rows.add(new Row(name, parameters.get(i), "mu", f.mu(), Double.NaN, Double.NaN));
                        rows.add(row(name, parameters.get(i), "mu_star", f.muStar()));
                        rows.add(new Row(name, parameters.get(i), "sigma", f.sigma(), Double.NaN, Double.NaN));
                    }
                }
            } catch (IllegalArgumentException e) {
                // e.g. an outcome that is the same at every point: no variance to share out
                skipped.add(new Skipped(name, e.getMessage()));
            }
        }
        return new Result(kind, rows, skipped, resamples);
    }

    private static Row row(String outcome, String parameter, String index, Estimate e) {
        return new Row(outcome, parameter, index, e.value(), e.low(), e.high());
    }

    private static void checkFolder(SweepPlan plan, Path folder) throws IOException, SweepInputException {
        Path id = folder.resolve(SweepFiles.IDENTITY);
        if (!Files.exists(id)) {
            throw new SweepInputException(folder + ": holds no sweep (no " + SweepFiles.IDENTITY + "); run 'polycentric"
                    + " sweep " + plan.experiment().file() + "' first, or give its folder with --sweep");
        }
        JsonNode found = SweepFiles.JSON.readTree(id.toFile());
        JsonNode wanted = SweepFiles.JSON.readTree(SweepFiles.text(SweepFiles.identity(plan, Shard.ALL)));
        if (!found.equals(wanted)) {
            throw new SweepInputException(folder + ": is not the sweep of " + plan.experiment().file()
                    + (found.has("shard") ? " but one shard of it; merge the shards first ('polycentric merge')"
                    : " (its " + SweepFiles.IDENTITY + " differs: another experiment, version or edit)"));
        }
        if (!Files.exists(folder.resolve(SweepFiles.SUMMARY)) || !Files.exists(folder.resolve(SweepFiles.MANIFEST))) {
            throw new SweepInputException(folder + ": the sweep is not finished; finish it with 'polycentric sweep "
                    + plan.experiment().file() + " --out " + folder + " --resume'");
        }
    }

    /** means[outcome][point] from summary.csv. */
    private static double[][] readMeans(Path summary, SweepPlan plan) throws IOException, SweepInputException {
        List<String> outcomes = plan.outcomes().names();
        double[][] means = new double[outcomes.size()][plan.points()];
        try (BufferedReader r = Files.newBufferedReader(summary, StandardCharsets.UTF_8)) {
            r.readLine();
            for (int p = 0; p < plan.points(); p++) {
                for (int o = 0; o < outcomes.size(); o++) {
                    String row = r.readLine();
                    if (row == null || SweepFiles.leadingNumber(row) != p) {
                        throw new SweepInputException(summary + ": does not hold point " + p + " (edited?)");
                    }
                    // mean is the sixth field from the end: mean,sd,ci95_low,ci95_high,n,na
                    means[o][p] = SweepFiles.trailingNumbers(row, 6)[0];
                }
            }
        }
        return means;
    }
}
