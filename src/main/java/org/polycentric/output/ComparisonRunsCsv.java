package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code runs.csv} of a comparison: one row per arm and replication, as the runs finish in order
 * (replication by replication, each arm in its order), with the replication's seed (the same in
 * every arm, as {@link CsvFormat#seed} text) and one column per outcome. Rows are flushed as they
 * come, so the file grows with the runs and nothing else is kept.
 */
public final class ComparisonRunsCsv implements AutoCloseable {
    public static final String FILE = "runs.csv";

    private final CsvWriter csv;

    /** Creates {@code folder/runs.csv} with columns arm, label, replication, seed and the outcomes. */
    public ComparisonRunsCsv(Path folder, List<String> outcomes) throws IOException {
        List<String> header = new ArrayList<>(List.of("arm", "label", "replication", "seed"));
        header.addAll(outcomes);
        this.csv = new CsvWriter(folder.resolve(FILE), header);
    }

    /** One run's row. */
    public void write(int arm, String label, int replication, long seed, double[] outcomes) throws IOException {
        csv.integer(arm).text(label).integer(replication).formatted(CsvFormat.seed(seed));
        for (double value : outcomes) {
            csv.number(value);
        }
        csv.endRow();
    }

    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
