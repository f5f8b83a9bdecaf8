package org.polycentric.experiment;


/**
 * Seeds of replications and sweep points derive from the run seed and the run's index alone
 * (SplitMix64 mixing, Steele et al. 2014), never from a thread or the clock, so where and in which
 * order a run executes never changes its result.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long replicationSeed(long runSeed, long replication) {
        return mix(runSeed + 0x9E3779B97F4A7C15L * (replication + 1L));
    }

    /**
     * The seed of an experiment's design (the random parts of a Latin hypercube or of Morris
     * trajectories): the experiment seed mixed alone, the place of index -1, so it is a stream of
     * its own, apart from every run's ({@link #replicationSeed} with index 0, 1, ...).
     */
    public static long designSeed(long experimentSeed) {
        return mix(experimentSeed);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
