package org.polycentric.model;


/**
 * Where a city stands with its carbon-neutrality pledge (M2, M12). Pledged, on-track, off-track
 * and achieved all count as "pledged"; a withdrawn city may pledge again later.
 */
public enum PledgeStatus {
    UNCOMMITTED("uncommitted"), PLEDGED("pledged"), ON_TRACK("on_track"), OFF_TRACK("off_track"),
    ACHIEVED("achieved"), WITHDRAWN("withdrawn");

    private static final PledgeStatus[] VALUES = values();
    private static final int PLEDGED_CODES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4; // PLEDGED .. ACHIEVED
    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPledged() {
        return isPledged(code());
    }

    /** The same test on a stored status code, without an enum lookup (for loops over a million cities). */
    public static boolean isPledged(byte code) {
        return ((PLEDGED_CODES >>> code) & 1) != 0;
    }

    public byte code() {
        return (byte) ordinal();
    }

    public static PledgeStatus of(byte code) {
        return VALUES[code];
    }
}
