package org.polycentric.model;


/**
 * Where a city stands with its carbon-neutrality pledge (M2, M12). Pledged, on-track, off-track,
 * cut-achieved and net-zero all count as "pledged"; a withdrawn city may pledge again later.
 * {@link #CUT_ACHIEVED} is the interim goal: the city has made the cut it promised (its ambition,
 * a share of its pledge-time emissions) but its residual is too large to be balanced by removals;
 * {@link #NET_ZERO} is a city whose own cut reaches the net-zero share (ImplementationRule's
 * {@code netZeroCut}). Codes are the ordinals; NET_ZERO was added last so that older codes keep
 * their meaning.
 */
public enum PledgeStatus {
    UNCOMMITTED("uncommitted"), PLEDGED("pledged"), ON_TRACK("on_track"), OFF_TRACK("off_track"),
    CUT_ACHIEVED("cut_achieved"), WITHDRAWN("withdrawn"), NET_ZERO("net_zero");

    private static final PledgeStatus[] VALUES = values();
    /** PLEDGED .. CUT_ACHIEVED and NET_ZERO. */
    private static final int PLEDGED_CODES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 6;
    private static final int ACHIEVED_CODES = 1 << 4 | 1 << 6;
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

    /** Whether a stored status code is a reached promised cut: cut achieved or net zero. */
    public static boolean isAchieved(byte code) {
        return ((ACHIEVED_CODES >>> code) & 1) != 0;
    }

    public byte code() {
        return (byte) ordinal();
    }

    public static PledgeStatus of(byte code) {
        return VALUES[code];
    }
}
