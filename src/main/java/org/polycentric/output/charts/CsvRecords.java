package org.polycentric.output.charts;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files of a run folder record by record (RFC 4180, as {@code CsvWriter} writes
 * them): fields are unquoted, and each record also keeps its text exactly as it stood in the
 * file, so a chart's data file can repeat rows verbatim.
 */
final class CsvRecords {
    /** One record: its fields and its text as in the file, without the line end. */
    record Row(List<String> fields, String text, long line) {
        String field(int index) {
            return fields.get(index);
        }
    }

    private final BufferedReader in;
    private long line;

    CsvRecords(BufferedReader in) {
        this.in = in;
    }

    /** The line number (1-based) of the last record read. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        String first = in.readLine();
        if (first == null) {
            return null;
        }
        line++;
        long startLine = line;
        StringBuilder text = new StringBuilder(first);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                // A quoted field holds a line break: the record continues on the next line.
                String more = in.readLine();
                if (more == null) {
                    throw new IOException("line " + startLine + ": a quoted field is not closed");
                }
                line++;
                text.append('\n').append(more);
                field.append('\n');
                i++;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new Row(List.copyOf(fields), text.toString(), startLine);
    }
}
