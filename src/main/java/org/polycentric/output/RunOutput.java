package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.AdoptionStatistics;
import org.polycentric.model.metrics.RunningStats;

/**
 * The data files of one run, fed the replications in order as they finish: {@code timeseries.csv},
 * {@code events.csv}, {@code cities.csv} and {@code runs.csv} are streamed, {@code summary.csv} is
 * written by {@link #finish()}. It also keeps what the manifest and the console summary need: each
 * replication's seed and time, and running statistics of the final share and the 50% year.
 */
public final class RunOutput implements AutoCloseable {

    /** What the manifest records about one replication. */
    public record ReplicationRecord(int replication, long seed, double seconds) {
    }

    private final List<ResultFile> files = new ArrayList<>();
    private final List<ReplicationRecord> replications = new ArrayList<>();
    private final RunningStats finalShare = new RunningStats();
    private final RunningStats year50 = new RunningStats();

    /** Creates the data files in {@code folder} (which must exist) and writes their headers. */
    public RunOutput(Path folder) throws IOException {
        this(folder, false);
    }

    /**
     * Creates the data files in {@code folder} and writes their headers; with {@code summaryOnly},
     * only the files whose size does not grow with the replications' detail: summary.csv and
     * runs.csv (no timeseries.csv, cities.csv or events.csv).
     */
    public RunOutput(Path folder, boolean summaryOnly) throws IOException {
        try {
            if (!summaryOnly) {
                files.add(new TimeseriesCsv(folder));
            }
            files.add(new SummaryCsv(folder));
            if (!summaryOnly) {
                files.add(new CitiesCsv(folder));
                files.add(new EventsCsv(folder));
            }
            files.add(new RunsCsv(folder));
        } catch (IOException | RuntimeException e) {
            closeQuietly(e);
            throw e;
        }
    }

    /** Adds the next replication, in replication order. */
    public void accept(ReplicationResult result) throws IOException {
        for (ResultFile file : files) {
            file.write(result);
        }
        replications.add(new ReplicationRecord(result.replication(), result.seed(), result.seconds()));
        AdoptionStatistics adoption = AdoptionStatistics.of(result.table());
        finalShare.add(adoption.finalShare());
        year50.add(adoption.year50());
    }

    /** Completes the files once every replication has been added. */
    public void finish() throws IOException {
        for (ResultFile file : files) {
            file.finish();
        }
    }

    /** The names of the data files, in a fixed order. */
    public List<String> fileNames() {
        return files.stream().map(ResultFile::fileName).toList();
    }

    /** Seed and time of each replication added so far, in replication order. */
    public List<ReplicationRecord> replications() {
        return List.copyOf(replications);
    }

    /** The final share of cities pledged, over replications. */
    public RunningStats finalShare() {
        return finalShare;
    }

    /** The year the share first reached 50%, over the replications that reached it ({@code n}). */
    public RunningStats year50() {
        return year50;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ResultFile file : files) {
            try {
                file.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void closeQuietly(Exception cause) {
        try {
            close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
