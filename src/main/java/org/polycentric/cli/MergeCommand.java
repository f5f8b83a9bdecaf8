package org.polycentric.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polycentric.experiment.sweep.SweepInputException;
import org.polycentric.experiment.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polycentric merge}: joins the folders of a sweep's shards into one sweep folder. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Joins the shards of a sweep (sweep --shard I/N) into one sweep folder.",
        description = {"Writes the folder one machine would have written: runs.csv, points.csv,",
                "summary.csv and sweep.json byte for byte; manifest.json lists the shards'",
                "own manifests (their machines, threads and times). Every shard must be",
                "finished and of the same sweep. docs/CLUSTER.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report) or files not writable",
                "2:bad input: shards missing, unfinished, repeated or of another sweep, or --out taken"})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "The shards' sweep folders, in any order"
            + " (a shell pattern such as output/my-sweep/shard-* will do).")
    private List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The merged sweep folder to write; must not exist or be empty.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            SweepMerge.Result result = SweepMerge.merge(shards, out);
            spec.commandLine().getOut().printf("%s%n  %d shards, %,d points, %,d runs merged%n",
                    RunCommand.shown(result.folder().toAbsolutePath()), result.shards(), result.points(),
                    result.runs());
            return PolycentricCommand.OK;
        } catch (SweepInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
