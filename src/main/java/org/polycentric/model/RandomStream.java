package org.polycentric.model;

import ec.util.MersenneTwisterFast;

/**
 * The randomness of one purpose (see {@link RandomStreams} for how its key derives from the
 * replication seed and the purpose's name). Two kinds of draws:
 * <ul>
 *   <li>{@link #generator()}: MASON's Mersenne Twister seeded with the key, for draws in sequence
 *       (sampling recipients, picking applicants, building the world);</li>
 *   <li>{@link #uniform(int, int, int)}: a draw that belongs to one agent in one step, a pure
 *       function of (key, step, agent, draw): counter-based, in the spirit of Salmon et al. (2011),
 *       "Parallel random numbers: as easy as 1, 2, 3". One city changing its mind does not shift the
 *       dice of any other city, nor its own dice in later steps.</li>
 * </ul>
 * The counter-based draw is u = (mix64(k_s + G (c + 1)) >>> 11) / 2^53 with k_s = mix64(key + G (s + 1)),
 * c = agent * 256 + draw, G = 0x9E3779B97F4A7C15 (the golden-ratio increment) and mix64 the
 * SplitMix64 finaliser: the c-th output of SplitMix64 seeded with the s-th output of SplitMix64
 * seeded with the key.
 */
public class RandomStream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Draws per agent per step that {@link #uniform} distinguishes. */
    public static final int DRAWS_PER_AGENT = 256;

    private final String purpose;
    private final long key;
    private MersenneTwisterFast generator;

    protected RandomStream(String purpose, long key) {
        this.purpose = purpose;
        this.key = key;
    }

    /** The purpose's name, e.g. {@code rule:firms}. */
    public final String purpose() {
        return purpose;
    }

    /** The 64-bit key of the stream. */
    public final long key() {
        return key;
    }

    /** The sequential generator of this purpose (created on first use, then the same object). */
    public final MersenneTwisterFast generator() {
        if (generator == null) {
            generator = createGenerator(new int[] {(int) key, (int) (key >>> 32)});
        }
        return generator;
    }

    /** Makes the sequential generator from its seed; instruments that record draws override it. */
    protected MersenneTwisterFast createGenerator(int[] seed) {
        return new MersenneTwisterFast(seed);
    }

    /**
     * The uniform draw in [0, 1) numbered {@code draw} of {@code agent} in {@code step}.
     *
     * @param draw 0 .. {@link #DRAWS_PER_AGENT} - 1, to tell apart several draws of one agent in one step
     */
    public double uniform(int step, int agent, int draw) {
        long stepKey = RandomStreams.mix64(key + GOLDEN * (step + 1L));
        long counter = (long) agent * DRAWS_PER_AGENT + draw;
        return (RandomStreams.mix64(stepKey + GOLDEN * (counter + 1)) >>> 11) * 0x1.0p-53;
    }
}
