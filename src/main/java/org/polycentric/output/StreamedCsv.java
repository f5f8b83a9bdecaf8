package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.polycentric.model.ReplicationResult;

/**
 * A CSV file of the run folder written as the replications arrive: the header when the file is
 * created, then each replication's rows, flushed at once so a finished replication is on disk
 * (append-only streaming; memory does not grow with the replications). A subclass only says what
 * its rows are.
 */
abstract class StreamedCsv implements ResultFile {
    private final String fileName;
    private final CsvWriter csv;

    /** Creates (or truncates) {@code folder/fileName} and writes {@code header}. */
    StreamedCsv(Path folder, String fileName, List<String> header) throws IOException {
        this.fileName = fileName;
        this.csv = new CsvWriter(folder.resolve(fileName), header);
    }

    /** Writes the rows of one replication, each ended with {@link CsvWriter#endRow()}. */
    abstract void writeRows(ReplicationResult result, CsvWriter csv) throws IOException;

    @Override
    public final String fileName() {
        return fileName;
    }

    @Override
    public final void write(ReplicationResult result) throws IOException {
        writeRows(result, csv);
        csv.flush();
    }

    @Override
    public final void finish() throws IOException {
        csv.flush();
    }

    @Override
    public final void close() throws IOException {
        csv.close();
    }
}
