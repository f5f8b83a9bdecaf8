package org.polycentric.experiment.calibration;

import java.util.List;

/**
 * One evaluation of the error: its number (from 1, in the order the optimiser asked), the point
 * (unit coordinates and the parameters' values), the weighted error and each target's own, and the
 * simulated series behind them.
 *
 * @param settings     the point as {@code --set} overrides, in parameter order
 * @param targetErrors each target's mean squared scaled error, in target order
 * @param simulated    each target's simulated series at this point, in target order
 */
public record Evaluation(int number, double[] unit, double[] values, List<String> settings, double error,
                         double[] targetErrors, List<SimulatedSeries> simulated) {

    public Evaluation {
        unit = unit.clone();
        values = values.clone();
        settings = List.copyOf(settings);
        targetErrors = targetErrors.clone();
        simulated = List.copyOf(simulated);
    }

    @Override
    public double[] unit() {
        return unit.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] targetErrors() {
        return targetErrors.clone();
    }
}
