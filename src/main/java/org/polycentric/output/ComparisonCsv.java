package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code comparison.csv} of a comparison, tidy: one row per outcome and arm (outcomes in their
 * order, arms in theirs), the paired difference from the reference arm with its 95% interval.
 * The comparison chart's data file has the same rows.
 */
public final class ComparisonCsv {
    public static final String FILE = "comparison.csv";
    public static final List<String> HEADER = List.of("outcome", "arm", "label", "reference_label", "mean",
            "reference_mean", "difference", "ci95_low", "ci95_high", "sd", "n");

    private ComparisonCsv() {
    }

    /** Writes {@code rows} to {@code file} (created or replaced). */
    public static void write(Path file, List<ComparisonRow> rows) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, HEADER)) {
            for (ComparisonRow row : rows) {
                csv.text(row.outcome()).integer(row.arm()).text(row.label()).text(row.referenceLabel())
                        .number(row.mean()).number(row.referenceMean()).number(row.difference())
                        .number(row.ci95Low()).number(row.ci95High()).number(row.sd()).integer(row.n());
                csv.endRow();
            }
        }
    }
}
