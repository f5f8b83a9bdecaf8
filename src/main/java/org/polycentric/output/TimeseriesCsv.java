package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.SeriesKey;

/** {@code timeseries.csv}: every recorded value in tidy form, one row per replication, record and series. */
final class TimeseriesCsv extends StreamedCsv {
    static final String FILE = "timeseries.csv";
    static final List<String> HEADER = List.of("replication", "step", "year", "metric", "group", "value");

    TimeseriesCsv(Path folder) throws IOException {
        super(folder, FILE, HEADER);
    }

    @Override
    void writeRows(ReplicationResult result, CsvWriter csv) throws IOException {
        MetricTable table = result.table();
        List<SeriesKey> series = table.series();
        String[] metric = new String[series.size()];
        String[] group = new String[series.size()];
        for (int k = 0; k < series.size(); k++) {
            metric[k] = CsvFormat.text(series.get(k).metric());
            group[k] = CsvFormat.text(series.get(k).group());
        }
        String replication = Integer.toString(result.replication());
        for (int r = 0; r < table.records(); r++) {
            String step = Integer.toString(r);
            String year = CsvFormat.number(table.year(r));
            for (int k = 0; k < metric.length; k++) {
                csv.formatted(replication).formatted(step).formatted(year).formatted(metric[k])
                        .formatted(group[k]).number(table.value(r, k));
                csv.endRow();
            }
        }
    }
}
