package org.polycentric.model;

import ec.util.MersenneTwisterFast;
import org.polycentric.scenario.Scenario;

/** Builds the world of a run: the synthetic generator today, a real-data loader later. */
@FunctionalInterface
public interface WorldSource {
    World build(Scenario scenario, MersenneTwisterFast random);
}
