package org.polycentric.gui;

import java.awt.Color;
import java.util.List;
import org.polycentric.model.PledgeStatus;
import org.polycentric.output.charts.Palette;

/** The map's colour for each pledge status: Okabe-Ito hues, grey for cities that have not pledged. */
final class StatusColours {
    private static final Color[] COLOURS = new Color[PledgeStatus.values().length];

    static {
        COLOURS[PledgeStatus.UNCOMMITTED.ordinal()] = Palette.NEVER_PLEDGED;
        COLOURS[PledgeStatus.PLEDGED.ordinal()] = new Color(0xE69F00);   // orange
        COLOURS[PledgeStatus.ON_TRACK.ordinal()] = new Color(0x009E73);  // bluish green
        COLOURS[PledgeStatus.OFF_TRACK.ordinal()] = new Color(0xD55E00); // vermillion
        COLOURS[PledgeStatus.CUT_ACHIEVED.ordinal()] = new Color(0x0072B2); // blue
        COLOURS[PledgeStatus.WITHDRAWN.ordinal()] = new Color(0x000000); // black
        COLOURS[PledgeStatus.NET_ZERO.ordinal()] = new Color(0x56B4E9);  // sky blue
    }

    /** The statuses in the order a legend lists them: from no pledge through to net zero, then withdrawn. */
    static final List<PledgeStatus> LEGEND_ORDER = List.of(PledgeStatus.UNCOMMITTED, PledgeStatus.PLEDGED,
            PledgeStatus.ON_TRACK, PledgeStatus.OFF_TRACK, PledgeStatus.CUT_ACHIEVED, PledgeStatus.NET_ZERO,
            PledgeStatus.WITHDRAWN);

    private StatusColours() {
    }

    static Color of(PledgeStatus status) {
        return COLOURS[status.ordinal()];
    }

    static Color of(byte code) {
        return COLOURS[code];
    }

    /** The label a legend shows: "on track" rather than "on_track". */
    static String label(PledgeStatus status) {
        return status.label().replace('_', ' ');
    }
}
