package org.polycentric.output.charts;


/**
 * Something the user can fix when asking for a chart: a folder that is not a run folder, a file in
 * it that cannot be read as one, a metric or group the run does not have. The message says what and
 * where, and lists what there is when that helps.
 */
public final class ChartInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChartInputException(String message) {
        super(message);
    }

    public ChartInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
