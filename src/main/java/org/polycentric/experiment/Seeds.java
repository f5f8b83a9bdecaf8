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
     * The seed of a generator that serves one {@code purpose} of a whole experiment rather than a
     * run (e.g. {@code "calibration.cmaes"}, the optimiser's own sampling): from the experiment seed
     * and the purpose's name alone, and apart from every replication seed of the same seed.
     */
    public static long purposeSeed(long seed, String purpose) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64 of the name's UTF-8 bytes
        for (byte b : purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(mix(seed ^ h) + 0x9E3779B97F4A7C15L);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
