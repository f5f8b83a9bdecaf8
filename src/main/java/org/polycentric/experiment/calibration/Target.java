package org.polycentric.experiment.calibration;

/**
 * An observed series ready to fit: the model's {@code metric} of {@code group} it compares with,
 * its observations (calendar years, ascending, within the scenario's time, and values), its
 * {@code weight}, and {@code scale}, the largest absolute observed value (1 if all are 0), by which
 * its errors are divided so that series of different units weigh alike.
 *
 * @param label  the target's name in the output files: the shipped series' name, or the CSV file's
 *               name without {@code .csv} ({@code _2}, {@code _3} ... when names repeat)
 * @param origin where the observations come from, for captions: {@code shipped series c40_members}
 *               or the CSV file as given
 */
public record Target(String label, String origin, String metric, String group, double weight, double[] years,
                     double[] observed, double scale) {

    public Target {
        if (years.length != observed.length || years.length == 0) {
            throw new IllegalArgumentException(label + ": years and observed values differ in number or are none");
        }
        years = years.clone();
        observed = observed.clone();
    }

    @Override
    public double[] years() {
        return years.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    public int size() {
        return years.length;
    }

    public double year(int j) {
        return years[j];
    }

    public double observed(int j) {
        return observed[j];
    }

    /** The scale of a series: its largest absolute value, or 1 when every value is 0. */
    static double scaleOf(double[] observed) {
        double max = 0;
        for (double v : observed) {
            max = Math.max(max, Math.abs(v));
        }
        return max > 0 ? max : 1;
    }
}
