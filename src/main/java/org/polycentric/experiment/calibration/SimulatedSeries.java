package org.polycentric.experiment.calibration;

/**
 * A target's metric as the replications simulated it at one point: over every record (the state at
 * the start and after each step, at calendar time {@code years}), the mean of the replications and
 * their range (lowest and highest), and the same at the target's observation dates, each the value
 * of the last record at or before the date.
 */
public record SimulatedSeries(double[] years, double[] mean, double[] low, double[] high,
                              double[] meanAtObservations, double[] lowAtObservations, double[] highAtObservations) {

    public SimulatedSeries {
        years = years.clone();
        mean = mean.clone();
        low = low.clone();
        high = high.clone();
        meanAtObservations = meanAtObservations.clone();
        lowAtObservations = lowAtObservations.clone();
        highAtObservations = highAtObservations.clone();
    }

    @Override
    public double[] years() {
        return years.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    @Override
    public double[] meanAtObservations() {
        return meanAtObservations.clone();
    }

    @Override
    public double[] lowAtObservations() {
        return lowAtObservations.clone();
    }

    @Override
    public double[] highAtObservations() {
        return highAtObservations.clone();
    }
}
