package org.polycentric.world.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the records of a UTF-8 CSV file with RFC 4180 quoting (a field in double quotes may hold
 * commas, doubled quotes and line breaks), a fixed header and a fixed number of fields per record.
 * Lines without a quote, nearly all of them, are split without copying characters twice.
 */
final class CsvRows {
    private final BufferedReader in;
    private final String file;
    private final String[] fields;
    private final StringBuilder text = new StringBuilder();
    private int line;
    private int recordLine;

    /** Reads the header and fails unless it is {@code header} exactly. */
    CsvRows(BufferedReader in, String file, String header) {
        this.in = in;
        this.file = file;
        this.fields = new String[header.split(",", -1).length];
        String first = readLine();
        recordLine = 1;
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (!header.equals(first)) {
            throw error("the header must be exactly '" + header + "', found "
                    + (first == null ? "an empty file" : "'" + first + "'"));
        }
    }

    /** The fields of the next record (the same array each time), or null at the end of the file. */
    String[] next() {
        String s = readLine();
        if (s == null) {
            return null;
        }
        recordLine = line;
        if (s.isEmpty()) {
            throw error("empty line; every line must hold " + fields.length + " fields");
        }
        if (s.indexOf('"') < 0) {
            splitPlain(s);
        } else {
            splitQuoted(s);
        }
        return fields;
    }

    /** The line (from 1) where the last record read starts. */
    int line() {
        return recordLine;
    }

    DataFileException error(String message) {
        return new DataFileException(file, recordLine, message);
    }

    /** A whole number in [min, max], or a clear error naming the column. */
    int wholeNumber(String value, String column, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(column + " '" + value + "' is not a whole number (allowed: " + min + " to " + max + ")");
        }
        if (v < min || v > max) {
            throw error(column + " " + v + " is out of range (allowed: " + min + " to " + max + ")");
        }
        return v;
    }

    /** A finite decimal number in [min, max], or a clear error naming the column. */
    double number(String value, String column, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(column + " '" + value + "' is not a number (allowed: " + min + " to " + max + ")");
        }
        if (!(v >= min && v <= max)) {
            throw error(column + " " + value + " is out of range (allowed: " + min + " to " + max + ")");
        }
        return v;
    }

    private void splitPlain(String s) {
        int n = 0;
        int start = 0;
        while (true) {
            int comma = s.indexOf(',', start);
            if (n == fields.length) {
                throw wrongCount();
            }
            if (comma < 0) {
                fields[n++] = s.substring(start);
                break;
            }
            fields[n++] = s.substring(start, comma);
            start = comma + 1;
        }
        if (n != fields.length) {
            throw wrongCount();
        }
    }

    private void splitQuoted(String first) {
        String s = first;
        int n = 0;
        int i = 0;
        while (true) {
            if (n == fields.length) {
                throw wrongCount();
            }
            text.setLength(0);
            if (i < s.length() && s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i == s.length()) {
                        String more = readLine(); // a line break inside quotes belongs to the field
                        if (more == null) {
                            throw error("a quoted field is not closed before the end of the file");
                        }
                        text.append('\n');
                        s = more;
                        i = 0;
                        continue;
                    }
                    char c = s.charAt(i++);
                    if (c != '"') {
                        text.append(c);
                    } else if (i < s.length() && s.charAt(i) == '"') {
                        text.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < s.length() && s.charAt(i) != ',') {
                    throw error("after a closing quote must come a comma or the end of the line, found '"
                            + s.charAt(i) + "'");
                }
            } else {
                while (i < s.length() && s.charAt(i) != ',') {
                    char c = s.charAt(i++);
                    if (c == '"') {
                        throw error("a quote inside an unquoted field; quote the whole field and double the quote");
                    }
                    text.append(c);
                }
            }
            fields[n++] = text.toString();
            if (i == s.length()) {
                break;
            }
            i++; // the comma
        }
        if (n != fields.length) {
            throw wrongCount();
        }
    }

    private DataFileException wrongCount() {
        return error("wrong number of fields; every line must hold " + fields.length
                + " fields separated by commas (quote a field that holds a comma)");
    }

    private String readLine() {
        try {
            String s = in.readLine();
            if (s != null) {
                line++;
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ", after line " + line + ": " + e.getMessage(), e);
        }
    }
}
