package org.polycentric.cli;


/**
 * Something the user can fix (a scenario value, an option, an output folder), with a message that
 * says what and where. The command line prints the message alone and exits with code 2.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
