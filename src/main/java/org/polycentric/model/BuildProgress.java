package org.polycentric.model;


/**
 * Told how far the building of a world has got: a stage's name and {@code done} of {@code total}
 * units of it (cities, ties, ...). Called often; a listener that prints throttles itself.
 */
@FunctionalInterface
public interface BuildProgress {
    BuildProgress NONE = (stage, done, total) -> { };

    /** The stage reported once the world is built and every rule has started. */
    String BUILT = "built";

    void at(String stage, long done, long total);
}
