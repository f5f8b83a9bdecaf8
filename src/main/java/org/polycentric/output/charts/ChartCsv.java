package org.polycentric.output.charts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.output.CsvWriter;

/**
 * The data file next to each chart: exactly what the chart draws. For a time chart, the rows of
 * {@code summary.csv} of each line, their fields copied as written there, with the line's legend
 * label in {@code series} (and the run folder in {@code run} when runs are compared); for the map,
 * the rows of {@code cities.csv} it shows, verbatim.
 */
public final class ChartCsv {
    public static final List<String> HEADER = List.of("year", "series", "metric", "group", "mean", "ci95_low",
            "ci95_high", "n");
    public static final String RUN_COLUMN = "run";

    /** One line of a chart with its rows; {@code run} names its run folder when runs are compared. */
    public record LineRows(String run, String label, List<RunFolderData.SummaryRow> rows) {
        public LineRows {
            rows = List.copyOf(rows);
        }

        /** True if the line has a value in some year; one that is NA throughout is not drawn. */
        public boolean hasValues() {
            return RunFolderData.hasValues(rows);
        }
    }

    private ChartCsv() {
    }

    /**
     * Writes the data of a time chart: columns {@link #HEADER}, preceded by {@code run} when
     * {@code withRun}; line after line, each in year order.
     */
    public static void writeLines(Path file, List<LineRows> lines, boolean withRun) throws IOException {
        List<String> header = new ArrayList<>();
        if (withRun) {
            header.add(RUN_COLUMN);
        }
        header.addAll(HEADER);
        try (CsvWriter csv = new CsvWriter(file, header)) {
            for (LineRows line : lines) {
                for (RunFolderData.SummaryRow row : line.rows()) {
                    if (withRun) {
                        csv.text(line.run());
                    }
                    csv.formatted(row.year())
                            .text(line.label())
                            .text(row.metric())
                            .text(row.group())
                            .formatted(row.mean())
                            .formatted(row.ci95Low())
                            .formatted(row.ci95High())
                            .formatted(row.n());
                    csv.endRow();
                }
            }
        }
    }

    /** Writes the rows of {@code cities.csv} the map shows, with that file's header, verbatim. */
    public static void writeCities(Path file, RunFolderData.MapCities cities) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(cities.headerText());
            out.write('\n');
            for (String row : cities.rowTexts()) {
                out.write(row);
                out.write('\n');
            }
        }
    }
}
