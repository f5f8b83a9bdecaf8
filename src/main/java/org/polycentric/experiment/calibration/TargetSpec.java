package org.polycentric.experiment.calibration;

import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.model.metrics.Metric;
import org.polycentric.params.Check;

/**
 * One observed series to fit: either {@code series}, the name of a series shipped with the real
 * world (docs/DATA.md, "Observed series"; its metric and group come from the shipped file), or
 * {@code file}, a CSV file of {@code date,value} (relative to the calibration file's folder) with
 * the model's {@code metric} and {@code group} it compares with. {@code weight} (default 1) weighs
 * its error against the other targets'; {@code from}/{@code to} (calendar years, inclusive) keep
 * only the observations between them.
 */
public record TargetSpec(String series, String file, String metric, String group, Double weight, Double from,
                         Double to) {

    /** The largest weight: weights are relative, so a larger one only says "nothing else counts". */
    static final double MAX_WEIGHT = 1e6;

    public TargetSpec {
        Check.that(series != null || file != null, "", "give \"series\" (a shipped observed series, e.g."
                + " \"c40_members\") or \"file\" (a CSV of date,value) with \"metric\"");
        Check.that(series == null || file == null, "file", "give either series (a shipped observed series) or"
                + " file (your own CSV), not both");
        if (series != null) {
            Check.that(!series.isBlank(), "series", "must name a shipped observed series, e.g. c40_members");
            series = series.strip();
            Check.that(metric == null, "metric", "comes from the shipped series '" + series + "' (docs/DATA.md);"
                    + " leave it out, or use \"file\" for a series of your own");
            Check.that(group == null, "group", "comes from the shipped series '" + series + "' (docs/DATA.md);"
                    + " leave it out, or use \"file\" for a series of your own");
        } else {
            Check.that(!file.isBlank(), "file", "must name a CSV file of date,value, e.g. my-series.csv");
            Check.that(metric != null, "metric", "is required with \"file\": the model's metric the series compares"
                    + " with (docs/METRICS.md), e.g. \"pledged_share\"");
            Metric m = OutcomeSpec.metric(metric);
            group = OutcomeSpec.group(m, group);
        }
        weight = weight == null ? 1.0 : weight;
        Check.that(Double.isFinite(weight) && weight > 0 && weight <= MAX_WEIGHT, "weight",
                "must be a number above 0 and at most 1000000, was " + Check.fmt(weight));
        if (from != null) {
            Check.range("from", from, 1900, 2300);
        }
        if (to != null) {
            Check.range("to", to, 1900, 2300);
        }
        if (from != null && to != null) {
            Check.that(to >= from, "to", "must not be before from (" + Check.fmt(from) + "), was " + Check.fmt(to));
        }
    }
}
