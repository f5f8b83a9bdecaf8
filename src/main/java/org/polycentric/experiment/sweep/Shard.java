package org.polycentric.experiment.sweep;

import org.polycentric.params.InvalidValueException;

/**
 * One share of a sweep's runs, {@code index} of {@code count}: the runs whose number modulo
 * {@code count} is {@code index}, so each shard gets every point's replications and the points in
 * turn (a design's costly corner is spread over all shards). {@link #ALL} is the whole sweep.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);
    /** More shards than this is a mistake rather than a cluster. */
    public static final int MAX_COUNT = 100_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 0 || index >= count) {
            throw new InvalidValueException("--shard", "must be I/N with 0 <= I < N <= " + MAX_COUNT + ", was "
                    + index + "/" + count);
        }
    }

    /** Parses {@code I/N} (as a Slurm job array's {@code $SLURM_ARRAY_TASK_ID/N}). */
    public static Shard parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(t.substring(0, slash).strip()),
                        Integer.parseInt(t.substring(slash + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidValueException("--shard", "must be I/N, two whole numbers with 0 <= I < N (e.g. 0/4 for the"
                + " first of four shards), was '" + text + "'");
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** How many of {@code runs} runs this shard has. */
    public long size(long runs) {
        return runs <= index ? 0 : (runs - index + count - 1) / count;
    }

    /** The run number of this shard's {@code local}-th run. */
    public long run(long local) {
        return index + local * count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
