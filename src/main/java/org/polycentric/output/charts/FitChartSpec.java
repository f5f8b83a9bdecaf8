package org.polycentric.output.charts;

import java.util.List;

/**
 * What a calibration's fit chart shows: one panel per observed series, stacked over a shared year
 * axis (small multiples), each with the observed points, the simulated mean line and the band of the
 * replications' range; and the caption naming scenario, overrides and fitted values.
 */
public record FitChartSpec(String title, List<Panel> panels, String bandLabel, String caption) {

    /**
     * One observed series against the model: {@code years}/{@code mean}/{@code low}/{@code high} the
     * simulated curve, {@code observedYears}/{@code observed} the observations.
     */
    public record Panel(String label, double[] years, double[] mean, double[] low, double[] high,
                        double[] observedYears, double[] observed) {
        public Panel {
            if (years.length != mean.length || years.length != low.length || years.length != high.length
                    || observedYears.length != observed.length) {
                throw new IllegalArgumentException("panel " + label + ": arrays differ in length");
            }
        }
    }

    public FitChartSpec {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a fit chart needs at least one panel");
        }
    }
}
