package org.polycentric.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.params.InvalidValueException;

/** Parameters map the unit interval to their values and back, and refuse what cannot be varied. */
class ParameterSpaceTest {

    @Test
    void linearRangeMapsEndsAndMiddle() {
        Parameter w = Parameter.range("rules.peerInfluence.weight", 0.2, 0.8);
        assertEquals(0.2, w.value(0), 0);
        assertEquals(0.5, w.value(0.5), 1e-15);
        assertEquals(0.8, w.value(1), 0);
        assertEquals(0.25, w.unit(0.35), 1e-12);
    }

    @Test
    void logRangeSpendsEqualSharesOnEachDecade() {
        Parameter p = Parameter.logRange("rules.x.rate", 0.001, 10);
        double[] decades = {p.value(0), p.value(0.25), p.value(0.5), p.value(0.75), p.value(1)};
        System.out.println("log range [0.001, 10] at u = 0, .25, .5, .75, 1: " + java.util.Arrays.toString(decades));
        assertArrayEquals(new double[] {0.001, 0.01, 0.1, 1, 10}, decades, 1e-12);
        assertEquals(0.5, p.unit(0.1), 1e-12);
        for (double u = 0; u <= 1; u += 0.01) {
            assertEquals(u, p.unit(p.value(u)), 1e-12, "inverse at " + u);
        }
    }

    @Test
    void integerRangeGivesEveryIntegerAnEqualSlice() {
        Parameter n = Parameter.range("network.neighbours", 2, 5, false, true);
        int[] count = new int[4];
        int cells = 10_000;
        for (int c = 0; c < cells; c++) {
            double v = n.value((c + 0.5) / cells);
            assertEquals(Math.rint(v), v);
            count[(int) v - 2]++;
        }
        System.out.println("integer range [2, 5], share of 10,000 even cells per value: " + java.util.Arrays.toString(count));
        assertArrayEquals(new int[] {2500, 2500, 2500, 2500}, count);
        assertEquals(5, n.value(1));
        for (int v = 2; v <= 5; v++) {
            assertEquals(v, n.value(n.unit(v)));
        }
        assertEquals("4", n.text(4));
        Parameter logInt = Parameter.range("world.cities", 10, 1000, true, true);
        assertEquals(100, logInt.value(0.5));
    }

    @Test
    void listsAndChoicesTakeEqualSlices() {
        Parameter v = Parameter.values("rules.a.b", List.of(0.1, 0.5, 2.0));
        assertEquals(0.1, v.value(0));
        assertEquals(0.5, v.value(0.34));
        assertEquals(2.0, v.value(1));
        assertEquals(0.5, v.unit(0.5), 1e-15);
        Parameter c = Parameter.choices("rules.nationalContext.enabled", List.of("true", "false"));
        assertEquals(1, c.value(0.7));
        assertEquals("false", c.text(c.value(0.7)));
        ParameterSpace space = ParameterSpace.of(Parameter.range("a.x", 0, 10), c);
        assertEquals(List.of("a.x=2.5", "rules.nationalContext.enabled=true"), space.settings(space.toValues(new double[] {0.25, 0.1})));
        assertEquals(List.of("a.x=3", "rules.nationalContext.enabled=false"), space.settings(new double[] {3, 1}));
        double[] unit = {0.3, 0.75};
        assertArrayEquals(space.toValues(unit), space.toValues(space.toUnit(space.toValues(unit))));
    }

    @Test
    void badParametersNameTheirField() {
        assertField("max", "must be greater than min (1), was 1", () -> Parameter.range("a.b", 1, 1));
        assertField("min", "must be > 0 on a log scale, was 0", () -> Parameter.logRange("a.b", 0, 1));
        assertField("values", "must list at least one value", () -> Parameter.values("a.b", List.of()));
        assertField("values[1]", "repeats the value 2", () -> Parameter.values("a.b", List.of(2, 2)));
        assertField("min", "must be a whole number for an integer parameter, was 0.5",
                () -> Parameter.range("a.b", 0.5, 3, false, true));
        assertField("path", "must be a scenario path such as rules.peerInfluence.weight, without spaces or '=', was 'a=b'",
                () -> Parameter.range("a=b", 0, 1));
        assertField("parameters[1].path", "varies a.b a second time (it is parameters[0])",
                () -> ParameterSpace.of(Parameter.range("a.b", 0, 1), Parameter.values("a.b", List.of(1))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parameter.range("a.b", 0, 1).value(1.5));
        assertEquals("a.b: a unit coordinate must be in [0, 1], was 1.5", e.getMessage());
    }

    static void assertField(String field, String message, Runnable r) {
        InvalidValueException e = assertThrows(InvalidValueException.class, r::run);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().isBlank());
    }
}
