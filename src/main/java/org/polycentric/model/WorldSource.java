package org.polycentric.model;

import org.polycentric.scenario.Scenario;

/** Builds the world of a run: the synthetic generator today, a real-data loader later. */
@FunctionalInterface
public interface WorldSource {

    /**
     * Builds the world. Randomness comes only from {@code streams} (purposes named {@code world:...}),
     * and long builds report how far they are through {@code progress}.
     */
    World build(Scenario scenario, RandomStreams streams, BuildProgress progress);
}
