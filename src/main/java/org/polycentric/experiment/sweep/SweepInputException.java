package org.polycentric.experiment.sweep;

/**
 * A sweep that cannot go ahead as asked, by the user's doing: a point the scenario rejects, an
 * outcome's group the built world lacks, a folder that holds another sweep, shards that do not fit
 * together. The message says what and where; the command exits with code 2.
 */
public final class SweepInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepInputException(String message) {
        super(message);
    }

    public SweepInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
