package org.polycentric.model;

/**
 * Where a city stands with its carbon-neutrality pledge (M2, M12). Pledged, on-track, off-track
 * and achieved all count as "pledged"; a withdrawn city may pledge again later.
 */
public enum PledgeStatus {
    UNCOMMITTED("uncommitted"), PLEDGED("pledged"), ON_TRACK("on_track"), OFF_TRACK("off_track"),
    ACHIEVED("achieved"), WITHDRAWN("withdrawn");

    private static final PledgeStatus[] VALUES = values();
    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPledged() {
        return this == PLEDGED || this == ON_TRACK || this == OFF_TRACK || this == ACHIEVED;
    }

    public byte code() {
        return (byte) ordinal();
    }

    public static PledgeStatus of(byte code) {
        return VALUES[code];
    }
}
