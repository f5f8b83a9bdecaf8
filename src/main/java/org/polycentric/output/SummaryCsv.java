package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.model.metrics.RunningStats;
import org.polycentric.model.metrics.SeriesKey;

/**
 * {@code summary.csv}: for each year (the records on 1 January) and series, the mean over
 * replications with its sample standard deviation, 95% t-interval (clipped to the metric's
 * {@link MetricRange}) and count. A replication without a value there (NaN, e.g. a share over a
 * group it has no members of) is left out, and {@code n} counts the others; with none, every
 * statistic is {@code NA}. Replications are folded into running statistics as they arrive, so
 * memory does not grow with their number; the file is written once all have arrived.
 */
final class SummaryCsv implements ResultFile {
    static final String FILE = "summary.csv";
    static final List<String> HEADER = List.of("year", "metric", "group", "mean", "sd", "ci95_low", "ci95_high",
            "n");

    private final Path file;
    /** Series in the order first seen, each with one accumulator per year. */
    private final Map<SeriesKey, RunningStats[]> stats = new LinkedHashMap<>();
    private double[] years;
    private int[] yearRecords;
    private int records = -1;

    SummaryCsv(Path folder) {
        file = folder.resolve(FILE);
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public void write(ReplicationResult result) {
        MetricTable table = result.table();
        if (records < 0) {
            initialiseYears(table);
        } else if (table.records() != records) {
            throw new IllegalArgumentException("replication " + result.replication() + " has "
                    + table.records() + " records, the first had " + records);
        }
        List<SeriesKey> series = table.series();
        for (int k = 0; k < series.size(); k++) {
            RunningStats[] perYear = stats.computeIfAbsent(series.get(k),
                    key -> newAccumulators(years.length));
            for (int y = 0; y < yearRecords.length; y++) {
                perYear[y].add(table.value(yearRecords[y], k));
            }
        }
    }

    private void initialiseYears(MetricTable table) {
        records = table.records();
        List<Integer> starts = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            if (table.isYearStart(r)) {
                starts.add(r);
            }
        }
        yearRecords = starts.stream().mapToInt(Integer::intValue).toArray();
        years = new double[yearRecords.length];
        for (int y = 0; y < years.length; y++) {
            years[y] = table.year(yearRecords[y]);
        }
    }

    private static RunningStats[] newAccumulators(int count) {
        RunningStats[] accumulators = new RunningStats[count];
        for (int i = 0; i < count; i++) {
            accumulators[i] = new RunningStats();
        }
        return accumulators;
    }

    @Override
    public void finish() throws IOException {
        try (CsvWriter csv = new CsvWriter(file, HEADER)) {
            for (int y = 0; years != null && y < years.length; y++) {
                String year = CsvFormat.number(years[y]);
                for (Map.Entry<SeriesKey, RunningStats[]> entry : stats.entrySet()) {
                    RunningStats s = entry.getValue()[y];
                    MetricRange range = MetricRange.of(entry.getKey().metric());
                    csv.formatted(year)
                            .text(entry.getKey().metric())
                            .text(entry.getKey().group())
                            .number(s.mean())
                            .number(s.sd())
                            .number(range.clip(s.ci95Low()))
                            .number(range.clip(s.ci95High()))
                            .integer(s.n());
                    csv.endRow();
                }
            }
        }
    }

    @Override
    public void close() {
        // Nothing is open between replications: the file is written whole in finish().
    }
}
