package org.polycentric.model;

import org.polycentric.model.metrics.MetricTable;

/**
 * One finished replication: its index and seed, the world in its final state (cities, nations,
 * networks, the event log), the recorded time series, and how long it took (wall seconds).
 */
public record ReplicationResult(int replication, long seed, World world, MetricTable table, double seconds) {
}
