package org.polycentric.scenario;

import org.polycentric.params.Check;

/** The simulated period: from 1 January of {@code startYear} to 1 January of {@code endYear}. */
public record TimeSpec(int startYear, int endYear, int stepsPerYear) {
    public TimeSpec {
        Check.range("startYear", startYear, 1900, 2200);
        Check.range("endYear", endYear, 1901, 2300);
        Check.that(endYear > startYear, "endYear", "must be after startYear (" + startYear + "), was " + endYear);
        Check.range("stepsPerYear", stepsPerYear, 1, 365);
    }

    public int steps() {
        return (endYear - startYear) * stepsPerYear;
    }

    public double dt() {
        return 1.0 / stepsPerYear;
    }

    /** Calendar time at the start of a step (step 0 is 1 January of startYear). */
    public double yearAt(long step) {
        return startYear + (double) step / stepsPerYear;
    }

    /** The step during which the given calendar time falls. */
    public int stepOf(double year) {
        return (int) Math.floor((year - startYear) * stepsPerYear + 1e-9);
    }
}
