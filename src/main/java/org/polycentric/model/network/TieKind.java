package org.polycentric.model.network;


/**
 * Why two cities are tied. The {@link #code()} values are stable: they are stored in the low two
 * bits of {@link TieGraph#kinds()} and may end up in output files.
 */
public enum TieKind {
    /** Both cities belong to the same nation. */
    SAME_NATION(0),
    /** The cities are geographically close. */
    PROXIMITY(1),
    /** A long-range tie, e.g. a transnational city network membership. */
    LONG_RANGE(2),
    /** A tie with no specific meaning, produced by the classic random-graph generators. */
    GENERIC(3);

    private static final TieKind[] BY_CODE = new TieKind[4];

    static {
        // Indexed by code rather than ordinal so that reordering the constants cannot change codes.
        for (TieKind kind : values()) {
            BY_CODE[kind.code] = kind;
        }
    }

    private final int code;

    TieKind(int code) {
        this.code = code;
    }

    /** The stable code of this kind, 0..3. */
    public int code() {
        return code;
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException if {@code code} is not in 0..3
     */
    public static TieKind fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("no tie kind with code " + code);
        }
        return BY_CODE[code];
    }
}
