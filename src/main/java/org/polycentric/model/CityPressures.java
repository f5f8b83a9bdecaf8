package org.polycentric.model;

import java.util.Arrays;

/**
 * What the rules contribute to each city in one step: the weighted signal (sum of w_k * s_k) and
 * the product of hazard multipliers of its pledge decision, the product of implementation-speed
 * multipliers, the cut in its business-as-usual emissions growth (per year, read by
 * {@link BusinessAsUsual}) and the pledge hazard added to the firms based in it (per year, read by
 * the firms' rule). Reset at the start of every decision; rules only add or multiply, so with no
 * rule contributing every city keeps signal 0, multipliers 1, no growth cut and no firm hazard.
 */
public final class CityPressures {
    public final double[] signal;
    public final double[] multiplier;
    public final double[] implementationSpeed;
    /** Cut in the yearly business-as-usual growth rate of the city's emissions (0 = none). */
    public final double[] emissionsGrowthCut;
    /** Yearly pledge hazard added to every firm whose home city this is (0 = none). */
    public final double[] firmHazard;

    public CityPressures(int cities) {
        signal = new double[cities];
        multiplier = new double[cities];
        implementationSpeed = new double[cities];
        emissionsGrowthCut = new double[cities];
        firmHazard = new double[cities];
        reset();
    }

    public void reset() {
        Arrays.fill(signal, 0.0);
        Arrays.fill(multiplier, 1.0);
        Arrays.fill(implementationSpeed, 1.0);
        Arrays.fill(emissionsGrowthCut, 0.0);
        Arrays.fill(firmHazard, 0.0);
    }
}
