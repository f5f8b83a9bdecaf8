package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.AdoptionStatistics;

/**
 * {@code runs.csv}: one row per replication with its seed (as {@link CsvFormat#seed} text) and its
 * adoption curve's key numbers.
 */
final class RunsCsv extends StreamedCsv {
    static final String FILE = "runs.csv";
    static final List<String> HEADER = List.of("replication", "seed", "final_pledged_share", "year_10", "year_50",
            "year_90", "year_fastest");

    RunsCsv(Path folder) throws IOException {
        super(folder, FILE, HEADER);
    }

    @Override
    void writeRows(ReplicationResult result, CsvWriter csv) throws IOException {
        AdoptionStatistics adoption = AdoptionStatistics.of(result.table());
        csv.integer(result.replication())
                .formatted(CsvFormat.seed(result.seed()))
                .number(adoption.finalShare())
                .number(adoption.year10())
                .number(adoption.year50())
                .number(adoption.year90())
                .number(adoption.yearFastest());
        csv.endRow();
    }
}
