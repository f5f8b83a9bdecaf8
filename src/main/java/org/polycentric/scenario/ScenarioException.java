package org.polycentric.scenario;


/**
 * A problem with a scenario: a file that cannot be read or parsed, a broken {@code extends} chain,
 * a bad {@code --set} override, or a value that does not fit the scenario records. It names where
 * the offending value came from so that the user can fix it without reading a stack trace.
 *
 * <p>{@link #getMessage()} is {@code <file>:<line>: <jsonPath>: <detail>}; {@code :<line>} is left
 * out when the line is unknown (0) and {@code <jsonPath>: } when the path is empty (the root).
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String jsonPath;
    private final int line;
    private final String detail;

    /**
     * @param file     the scenario file as the user gave it, {@code "--set path=value"} for a
     *                 command-line override (as given), or the name of the defaults resource
     * @param jsonPath dotted path with {@code [i]} for list items, e.g. {@code events[2].year};
     *                 {@code ""} for the root
     * @param line     1-based line in {@code file}, or 0 if unknown or not applicable
     * @param detail   what is wrong, in words
     */
    public ScenarioException(String file, String jsonPath, int line, String detail) {
        this(file, jsonPath, line, detail, null);
    }

    public ScenarioException(String file, String jsonPath, int line, String detail, Throwable cause) {
        super(format(file, jsonPath, line, detail), cause);
        this.file = file == null ? "" : file;
        this.jsonPath = jsonPath == null ? "" : jsonPath;
        this.line = Math.max(0, line);
        this.detail = detail == null ? "" : detail;
    }

    /** The scenario file as given by the user, {@code "--set path=value"}, or the defaults resource name. */
    public String file() {
        return file;
    }

    /** Dotted path of the offending value, {@code [i]} for list items; {@code ""} for the root. */
    public String jsonPath() {
        return jsonPath;
    }

    /** 1-based line in {@link #file()}, or 0 if unknown or not applicable. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String detail() {
        return detail;
    }

    private static String format(String file, String jsonPath, int line, String detail) {
        StringBuilder sb = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (jsonPath != null && !jsonPath.isEmpty()) {
            sb.append(jsonPath).append(": ");
        }
        sb.append(detail == null ? "" : detail);
        return sb.toString();
    }
}
