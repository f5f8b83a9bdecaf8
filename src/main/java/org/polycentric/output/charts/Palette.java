package org.polycentric.output.charts;

import java.awt.Color;
import java.util.List;

/**
 * Colours of every chart. Lines use the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal
 * Design"), which stays distinguishable under the common colour-vision deficiencies; its black is
 * last because black lines read as axes or annotations. The map uses viridis (van der Walt and
 * Smith, matplotlib 2.0), a perceptually uniform scale that also survives greyscale printing; its
 * palest part (the yellow above 0.86) is left out so that the latest period still shows on white paper.
 */
public final class Palette {
    /** Okabe-Ito colours in the order series take them. */
    public static final List<Color> OKABE_ITO = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0xF0E442), // yellow
            new Color(0x000000)); // black

    /** Cities that never pledged: light enough to sit behind the coloured points. */
    public static final Color NEVER_PLEDGED = new Color(0xC4C4C4);
    /** Text of titles, axis labels and legends: near-black, softer than pure black at print size. */
    public static final Color TEXT = new Color(0x222222);
    /** Tick labels and the caption. */
    public static final Color MUTED_TEXT = new Color(0x555555);
    /** Axis lines and tick marks. */
    public static final Color AXIS = new Color(0x444444);
    /** Gridlines: visible on paper, never competing with data. */
    public static final Color GRID = new Color(0xE3E3E3);
    /**
     * Land under the cities of a real-data map: a neutral grey just off white, so the sea stays
     * white, every city colour (and the never-pledged grey) stands out on it, and it costs little ink.
     */
    public static final Color LAND = new Color(0xEEEEEE);
    /** Country borders and coastlines on a real-data map: darker than the land, lighter than any city. */
    public static final Color BORDER = new Color(0xAAAAAA);

    /** Viridis at 0, 0.1, ..., 1 (as matplotlib samples it), interpolated linearly between. */
    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26,
        0xFDE725
    };
    /** Where the sequential scale stops on viridis: past this the yellow fades into white paper. */
    private static final double SEQUENTIAL_END = 0.86;

    private Palette() {
    }

    /** The colour of series {@code index}; the palette repeats after eight series. */
    public static Color series(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }

    /** {@code count} colours from dark (first, earliest) to light (last), evenly spaced on the scale. */
    public static Color[] sequential(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("sequential scale needs at least one colour");
        }
        Color[] colours = new Color[count];
        for (int i = 0; i < count; i++) {
            colours[i] = viridis(count == 1 ? 0.0 : SEQUENTIAL_END * i / (count - 1));
        }
        return colours;
    }

    /** Viridis at {@code t} in [0, 1]. */
    static Color viridis(double t) {
        double position = Math.max(0.0, Math.min(1.0, t)) * (VIRIDIS.length - 1);
        int low = Math.min((int) position, VIRIDIS.length - 2);
        double f = position - low;
        int a = VIRIDIS[low];
        int b = VIRIDIS[low + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        int x = a & 0xFF;
        int y = b & 0xFF;
        return (int) Math.round(x + (y - x) * f);
    }
}
