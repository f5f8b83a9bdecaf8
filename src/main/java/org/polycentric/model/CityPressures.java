package org.polycentric.model;

import java.util.Arrays;

/**
 * What the rules contribute to each city's pledge decision in one step: the weighted signal
 * (sum of w_k * s_k), the product of hazard multipliers, and the product of implementation-speed
 * multipliers. Reset at the start of every decision; rules only add or multiply.
 */
public final class CityPressures {
    public final double[] signal;
    public final double[] multiplier;
    public final double[] implementationSpeed;

    public CityPressures(int cities) {
        signal = new double[cities];
        multiplier = new double[cities];
        implementationSpeed = new double[cities];
        reset();
    }

    public void reset() {
        Arrays.fill(signal, 0.0);
        Arrays.fill(multiplier, 1.0);
        Arrays.fill(implementationSpeed, 1.0);
    }
}
