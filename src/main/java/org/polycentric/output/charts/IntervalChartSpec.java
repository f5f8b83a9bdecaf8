package org.polycentric.output.charts;

import java.util.List;
import java.util.Objects;

/**
 * What an interval chart shows: for each category (a parameter, an outcome) one estimate per
 * series with its interval, as bars or as dots, and a line at zero. Sensitivity indices with their
 * bootstrap intervals and paired differences with their confidence intervals are drawn this way.
 *
 * @param categories the rows, top to bottom
 * @param series     the estimates, each with one value per category (NaN: nothing drawn)
 * @param bars       bars from zero (indices) rather than dots (differences, a forest plot)
 */
public record IntervalChartSpec(String title, String valueAxisLabel, List<String> categories,
                                List<Series> series, boolean bars, String caption) {

    /** One set of estimates: {@code estimate[c]} with {@code low[c]}..{@code high[c]} for category c (NaN: none). */
    public record Series(String label, double[] estimate, double[] low, double[] high) {
        public Series {
            Objects.requireNonNull(label, "label");
            if (estimate.length != low.length || estimate.length != high.length) {
                throw new IllegalArgumentException("estimate, low and high must have one value per category");
            }
            estimate = estimate.clone();
            low = low.clone();
            high = high.clone();
        }
    }

    public IntervalChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("an interval chart needs at least one category and one series");
        }
        for (Series s : series) {
            if (s.estimate().length != categories.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has " + s.estimate().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
