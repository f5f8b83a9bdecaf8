package org.polycentric.model;

import java.util.function.IntConsumer;

/**
 * Keeps a rule's sums over pledged cities in step with the start-of-step snapshots
 * ({@link Cities#snapshotPledges()}), with work in proportion to the changes rather than to the
 * world: after one new snapshot only the cities whose flag changed are applied; after none, nothing;
 * after several (or at first), everything is counted again. The one place that decides which.
 */
public final class SnapshotFollower {
    /** The snapshot the rule's sums reflect; -1 before any. */
    private long seen = -1;

    /** Notes that the sums now reflect the latest snapshot (e.g. after counting them at the start). */
    public void markSeen(Cities cities) {
        seen = cities.snapshots();
    }

    /**
     * Brings the sums to the latest snapshot: calls {@code changed} for each city whose flag changed
     * (in index order; read its new flag from {@link Cities#pledgedAtStepStart}) when exactly one
     * snapshot is new, {@code recount} when more are, and nothing when none is.
     */
    public void catchUp(Cities cities, Runnable recount, IntConsumer changed) {
        long latest = cities.snapshots();
        if (latest == seen) {
            return;
        }
        if (latest == seen + 1) {
            IntList list = cities.changedAtSnapshot();
            for (int k = 0; k < list.size(); k++) {
                changed.accept(list.get(k));
            }
        } else {
            recount.run();
        }
        seen = latest;
    }
}
