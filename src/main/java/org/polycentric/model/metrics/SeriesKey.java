package org.polycentric.model.metrics;


/** One recorded series: a metric for a group of agents (e.g. pledged_share for south). */
public record SeriesKey(String metric, String group) {
}
