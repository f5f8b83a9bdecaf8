package org.polycentric.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file field by field: UTF-8, comma-separated, {@code \n} line ends on every
 * platform, values spelled by {@link CsvFormat}. Fields are written straight to a buffer so that
 * millions of time-series rows need no per-row objects.
 */
public final class CsvWriter implements Closeable {
    private final Writer out;
    private boolean rowStarted;

    /** Creates (or truncates) {@code file} and writes the header row. */
    public CsvWriter(Path file, List<String> header) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
    }

    CsvWriter(Writer out, List<String> header) throws IOException {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        for (String column : header) {
            text(column);
        }
        endRow();
    }

    /** Adds a text field, quoted if needed. */
    public CsvWriter text(String value) throws IOException {
        return formatted(CsvFormat.text(value));
    }

    /** Adds a number as {@link CsvFormat#number} spells it. */
    public CsvWriter number(double value) throws IOException {
        return formatted(CsvFormat.number(value));
    }

    /** Adds a whole number. */
    public CsvWriter integer(long value) throws IOException {
        return formatted(Long.toString(value));
    }

    /** A field already spelled by {@link CsvFormat}: lets a value repeated on many rows be formatted once. */
    public CsvWriter formatted(String field) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        out.write(field);
        rowStarted = true;
        return this;
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
    }

    /** Pushes buffered rows to the file, so a finished replication is on disk (append-only streaming). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
