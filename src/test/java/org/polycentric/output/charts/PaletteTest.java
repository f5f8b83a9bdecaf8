package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void sequentialScaleRunsFromDarkToLight() {
        Color[] colours = Palette.sequential(6);
        assertEquals(6, colours.length);
        assertEquals(new Color(0x440154), colours[0]);
        for (int i = 1; i < colours.length; i++) {
            assertTrue(luminance(colours[i]) > luminance(colours[i - 1]),
                    "colour " + i + " lighter than the one before");
        }
        assertNotNull(Palette.series(8));
        assertEquals(Palette.series(0), Palette.series(8));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
