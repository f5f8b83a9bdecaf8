package org.polycentric.model;


/**
 * All cities' state as parallel primitive arrays (structure of arrays): the hot loops of the rules
 * read them in index order, which keeps a million-city run in cache and free of per-city objects.
 * A city is its index; the window inspects one through its own view (gui/CityMarker). Index order is
 * the only iteration order.
 */
public final class Cities {
    private static final Tier[] TIERS = Tier.values();
    private static final CityType[] TYPES = CityType.values();

    private final int count;

    // identity and geography, fixed after building
    public final String[] name;
    public final int[] nation;
    public final int[] region;
    public final int[] bloc;
    public final boolean[] north;
    public final double[] lat;
    public final double[] lon;
    public final double[] population;
    public final byte[] tier;
    public final byte[] type;
    /** Personal pledge threshold (threshold mode). */
    public final double[] threshold;

    // dynamic state
    public final double[] capacity;
    public final double[] autonomy;
    /** Emissions, tonnes CO2 per year. */
    public final double[] emissions;
    /** Emissions at the moment of the current pledge (start of its pathway). */
    public final double[] pledgeEmissions;
    public final byte[] status;
    /** Calendar time of the current pledge, NaN if none. */
    public final double[] pledgeYear;
    public final int[] targetYear;
    /** Share of the pledge-time emissions the city promises to cut by its target year. */
    public final double[] ambition;
    /** Bit k set when the city is a member of network k. */
    public final int[] networkMask;
    /** Pledge flags as they were at the start of the current step (synchronous update). */
    public final boolean[] pledgedAtStepStart;
    /**
     * The same flags packed 64 to a long: neighbour lookups in a million-city graph stay in cache
     * (read with {@link #pledgedBit(long[], int)}).
     */
    public final long[] pledgedBitsAtStepStart;
    /**
     * The city's total weighted pledge signal in the last step it was uncommitted (open recruitment
     * reads it); a pledged city keeps the value it had when it pledged.
     */
    public final double[] lastSignal;
    private final IntList changedAtSnapshot = new IntList();
    private long snapshots;

    public Cities(int count) {
        this.count = count;
        name = new String[count];
        nation = new int[count];
        region = new int[count];
        bloc = new int[count];
        north = new boolean[count];
        lat = new double[count];
        lon = new double[count];
        population = new double[count];
        tier = new byte[count];
        type = new byte[count];
        threshold = new double[count];
        capacity = new double[count];
        autonomy = new double[count];
        emissions = new double[count];
        pledgeEmissions = new double[count];
        status = new byte[count];
        pledgeYear = new double[count];
        java.util.Arrays.fill(pledgeYear, Double.NaN);
        targetYear = new int[count];
        ambition = new double[count];
        networkMask = new int[count];
        pledgedAtStepStart = new boolean[count];
        pledgedBitsAtStepStart = new long[(count + 63) >>> 6];
        lastSignal = new double[count];
    }

    public int count() {
        return count;
    }

    public Tier tier(int i) {
        return TIERS[tier[i]];
    }

    public CityType type(int i) {
        return TYPES[type[i]];
    }

    public PledgeStatus status(int i) {
        return PledgeStatus.of(status[i]);
    }

    public boolean isPledged(int i) {
        return PledgeStatus.isPledged(status[i]);
    }

    public void setStatus(int i, PledgeStatus s) {
        status[i] = s.code();
    }

    public boolean isMember(int i, int network) {
        return (networkMask[i] & (1 << network)) != 0;
    }

    /**
     * Where city i's emissions would be at {@code year} on the straight line from its pledge-time
     * emissions to the promised cut at its target year.
     */
    public double pathway(int i, double year) {
        double start = pledgeYear[i];
        double end = targetYear[i];
        double progress = end > start ? Math.min(1.0, Math.max(0.0, (year - start) / (end - start))) : 1.0;
        return pledgeEmissions[i] * (1.0 - ambition[i] * progress);
    }

    /**
     * The {@code k} most populous cities, largest first, ties in index order. Sorts primitives and
     * then only the k chosen, so a million cities cost a fraction of a second.
     */
    public int[] largest(int k) {
        k = Math.min(k, count);
        if (k <= 0) {
            return new int[0];
        }
        double[] sorted = population.clone();
        java.util.Arrays.sort(sorted);
        double cut = sorted[count - k];
        Integer[] chosen = new Integer[k];
        int filled = 0;
        for (int i = 0; i < count && filled < k; i++) {
            if (population[i] > cut) {
                chosen[filled++] = i;
            }
        }
        for (int i = 0; i < count && filled < k; i++) {
            if (population[i] == cut) {
                chosen[filled++] = i;
            }
        }
        java.util.Arrays.sort(chosen, (a, b) -> {
            int bySize = Double.compare(population[b], population[a]);
            return bySize != 0 ? bySize : Integer.compare(a, b);
        });
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = chosen[j];
        }
        return out;
    }

    /** Copies the current pledge flags into {@link #pledgedAtStepStart}. */
    public void snapshotPledges() {
        snapshots++;
        changedAtSnapshot.clear();
        for (int i = 0; i < count; i++) {
            boolean p = PledgeStatus.isPledged(status[i]);
            if (p != pledgedAtStepStart[i]) {
                pledgedAtStepStart[i] = p;
                pledgedBitsAtStepStart[i >>> 6] ^= 1L << i;
                changedAtSnapshot.add(i);
            }
        }
    }

    /**
     * Cities whose pledge flag changed at the last snapshot, in index order: rules that keep sums
     * over neighbours update them from this list instead of recomputing them every step.
     */
    public IntList changedAtSnapshot() {
        return changedAtSnapshot;
    }

    /** How many snapshots have been taken: lets a rule tell whether it has seen the latest one. */
    public long snapshots() {
        return snapshots;
    }

    /** Reads a flag of {@link #pledgedBitsAtStepStart} as 0 or 1. */
    public static int pledgedBit(long[] bits, int i) {
        return (int) (bits[i >>> 6] >>> i) & 1;
    }
}
