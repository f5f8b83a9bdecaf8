package org.polycentric.model;


/**
 * The order of work within a step, written down once; MASON runs lower orderings first and
 * docs/ODD.md lists the same order. Decisions read the state as it was at the start of the step.
 */
public enum ScheduleTier {
    /** The clock and the start-of-step pledge snapshot ({@link StepStart}). */
    STEP_START,
    /** Scheduled events: history and counterfactuals. */
    EVENTS,
    /** Campaigns and funds of supranational bodies. */
    SUPRANATIONAL,
    /** National stances, great-power turns and alignment, national targets. */
    NATIONAL,
    /** Network recruitment and services. */
    NETWORKS,
    /** The cities' pledge decisions. */
    CITIES,
    /** Firms' pledge decisions. */
    FIRMS,
    /** Emissions and the progress of pledges. */
    IMPLEMENTATION,
    /** Metrics; reads state, never changes it. */
    RECORDER;

    public int ordering() {
        return ordinal();
    }
}
