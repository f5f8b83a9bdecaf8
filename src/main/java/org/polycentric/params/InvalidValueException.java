package org.polycentric.params;


/**
 * Thrown by a scenario record's constructor when one of its fields is out of range. It names the
 * field relative to the record; the loader prefixes the record's JSON path and adds file and line.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field name (or dotted sub-path) inside the record that failed, e.g. {@code weight}. */
    public String field() {
        return field;
    }
}
