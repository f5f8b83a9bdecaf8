package org.polycentric.model;

import java.nio.charset.StandardCharsets;

/**
 * The random streams of one replication, one per purpose (common random numbers). A purpose is a
 * fixed name: {@code world} for the world builder, {@code decision} for the cities' pledge
 * decision, {@code rule:<key>} for each rule. Its stream's 64-bit key is
 * <pre>
 *   key(seed, purpose) = mix64(seed XOR mix64(fnv1a64(UTF-8 bytes of purpose)))
 * </pre>
 * where mix64 is the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014) and fnv1a64 the 64-bit
 * FNV-1a hash. mix64 is a bijection, so distinct purposes get distinct keys for any seed. Because a
 * purpose's stream depends on nothing but the replication seed and its name, switching one rule off,
 * or changing how often it draws, leaves every other purpose's draws exactly where they were.
 */
public class RandomStreams {
    private final long seed;

    public RandomStreams(long replicationSeed) {
        this.seed = replicationSeed;
    }

    /** The replication seed the streams derive from. */
    public long seed() {
        return seed;
    }

    /** The stream of a purpose; the same name always gives the same draws. */
    public final RandomStream stream(String purpose) {
        return create(purpose, key(seed, purpose));
    }

    /** Makes a purpose's stream; instruments (e.g. a test that records every draw) override it. */
    protected RandomStream create(String purpose, long key) {
        return new RandomStream(purpose, key);
    }

    /** The stream of a rule, by its catalogue key. */
    public final RandomStream rule(String ruleKey) {
        return stream("rule:" + ruleKey);
    }

    /** A purpose's key: mix64(seed XOR mix64(fnv1a64(name))). */
    static long key(long seed, String purpose) {
        return mix64(seed ^ mix64(fnv1a64(purpose.getBytes(StandardCharsets.UTF_8))));
    }

    /** The 64-bit FNV-1a hash (Fowler, Noll &amp; Vo): stable across JVMs, unlike String.hashCode's 32 bits. */
    static long fnv1a64(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 output function (Steele et al. 2014): a bijection with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
