package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.spec.ExperimentLoader;
import org.polycentric.experiment.spec.LoadedExperiment;
import org.polycentric.experiment.sweep.Shard;
import org.polycentric.experiment.sweep.SweepFiles;
import org.polycentric.experiment.sweep.SweepInputException;
import org.polycentric.experiment.sweep.SweepPlan;
import org.polycentric.experiment.sweep.SweepRunner;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric sweep}: runs every point and replication of an experiment file. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Runs an experiment: every point of its design, every replication, on all cores.",
        description = {"Writes a sweep folder: runs.csv (one row per run: run, point, replication,",
                "seed, each parameter, each outcome; appended as runs finish), points.csv,",
                "summary.csv (per point and outcome: mean, sd, 95% interval, n, NA count),",
                "sweep.json and manifest.json. A stopped sweep (Ctrl-C, kill, a lost node)",
                "keeps every finished run; the same command with --resume finishes it, and",
                "its files are then byte for byte those of a sweep that never stopped.",
                "Seeds derive from the experiment's seed and each run's number only, so",
                "threads, shards and machines never change a result. docs/SWEEP.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report), files not writable, or out of memory",
                "2:bad input: the experiment file, an option, a point the scenario rejects,",
                " :or a folder that holds something else"})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (JSON), e.g."
            + " experiments/peer-and-networks-lhs.json (docs/EXPERIMENTS.md).")
    private Path experimentFile;

    @Option(names = "--out", paramLabel = "DIR", description = {"The sweep folder. Default: output/sweep-<name>",
            "(output/sweep-<name>-shard<I>of<N> for a shard)."})
    private Path out;

    @Option(names = "--resume", description = {"Finish the sweep already in the folder (same experiment,",
            "version and shard), running only the runs it lacks; starts",
            "it if the folder is empty or absent (safe to repeat, e.g.",
            "when a batch system requeues the task)."})
    private boolean resume;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: the number of processors).")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "I/N", description = {"Run only shard I of N (0 <= I < N): the runs whose",
            "number modulo N is I. One task of a job array each;",
            "'polycentric merge' joins the shards' folders (docs/CLUSTER.md)."})
    private String shard;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar; print only the summary lines.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--threads", threads);
        Shard part;
        try {
            part = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SweepPlan plan = plan(experimentFile);
        LoadedExperiment experiment = plan.experiment();
        long total = part.size(plan.runs());
        int threadCount = (int) Math.max(1, Math.min(threads != null ? threads : ReplicationRunner.defaultThreads(),
                Math.max(1, total)));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (QuickStartJit.shouldRestart(experiment.scenario().value(), total, threadCount)) {
            return QuickStartJit.restart();
        }
        Path folder = out != null ? out : parent.outputRoot().resolve("sweep-" + experiment.spec().name()
                + (part.isWhole() ? "" : "-shard" + part.index() + "of" + part.count()));
        String intro = String.format("%s: %,d points x %d replication%s = %,d runs%s, %d thread%s -> %s",
                experiment.spec().name(), plan.points(), plan.replications(), plan.replications() == 1 ? "" : "s",
                plan.runs(), part.isWhole() ? "" : " (shard " + part + ": " + String.format("%,d", total) + ")",
                threadCount, threadCount == 1 ? "" : "s", RunCommand.shown(folder.toAbsolutePath()));
        SweepRunner.Result result;
        try (Bar bar = quiet ? null : new Bar(stderr, intro)) {
            result = SweepRunner.standard().run(plan, part, folder, resume, threadCount,
                    bar == null ? SweepRunner.Listener.SILENT : bar);
        } catch (SweepInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        stdout.printf("%s%n", RunCommand.shown(result.folder().toAbsolutePath()));
        stdout.printf("  %,d runs in the folder (%,d run now) in %.1f s%n", result.done(), result.ranNow(),
                result.wallSeconds());
        if (result.ranNow() > 0) {
            stdout.printf("  threads busy %.0f%% of the time (%d thread%s; %.1f s of runs)%n",
                    100 * result.parallelEfficiency(), result.threads(), result.threads() == 1 ? "" : "s",
                    result.busySeconds());
        }
        stdout.printf("  %s%n", part.isWhole() ? SweepFiles.SUMMARY + ": per point and outcome"
                : "shard " + part + " done; 'polycentric merge' joins it with the other shards");
        return PolycentricCommand.OK;
    }

    /** Reads and checks an experiment file and lays out its runs; a problem is bad input (exit code 2). */
    static SweepPlan plan(Path experimentFile) {
        try {
            return new SweepPlan(new ExperimentLoader(RuleCatalogue.STANDARD).load(experimentFile));
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (InvalidValueException e) {
            throw new BadInputException(experimentFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The progress bar (me.tongfei progressbar): runs done, rate and ETA. On a terminal it redraws
     * one line; into a file (a batch job's log) it writes a line every 30 seconds.
     */
    private static final class Bar implements SweepRunner.Listener, AutoCloseable {
        private final PrintWriter err;
        private final String intro;
        private ProgressBar bar;

        Bar(PrintWriter err, String intro) {
            this.err = err;
            this.intro = intro;
        }

        /** Once the folder is open: a bad folder is told in one line, without the introduction. */
        @Override
        public void started(long done, long total, int threads) {
            err.println(intro + (done > 0 ? String.format(" (%,d already there)", done) : ""));
            err.flush();
            boolean terminal = System.console() != null;
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" runs", 1)
                    .setSpeedUnit(java.time.temporal.ChronoUnit.MINUTES).startsFrom(done, Duration.ZERO)
                    .setUpdateIntervalMillis(terminal ? 500 : 30_000).continuousUpdate();
            if (!terminal) {
                String[] last = {null};
                b.setConsumer(new DelegatingProgressBarConsumer(line -> {
                    if (!line.equals(last[0])) { // closing repeats the last refresh: print it once
                        last[0] = line;
                        err.println(line);
                        err.flush();
                    }
                }, 100));
            }
            bar = b.build();
        }

        @Override
        public void progress(long done, long total) {
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
