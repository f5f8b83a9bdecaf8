package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.CityPressures;
import org.polycentric.model.ScheduleTier;
import org.polycentric.model.World;

/**
 * One mechanism of the model. A rule owns its parameter record, is switched on or off in the
 * scenario, and touches the world in at most three ways: once at the start, once per step at its
 * schedule tier ({@link #update}), and when the cities decide ({@link #contribute}), where it adds
 * weighted signals and multiplies hazards. Contributions must read only the state as it was at the
 * start of the step (e.g. {@code Cities.pledgedAtStepStart}). Signals and hazard multipliers matter
 * only for cities that had not pledged at the start of the step, and rules may skip the others;
 * implementation-speed multipliers matter for pledged cities too.
 */
public interface Rule {

    /** The rule's key under {@code rules} in a scenario file. */
    String key();

    /** The tier at which {@link #update} runs. */
    default ScheduleTier tier() {
        return ScheduleTier.CITIES;
    }

    /** Called once after the world is built. */
    default void start(World world, MersenneTwisterFast random) {
    }

    /** Advances the state this rule owns by one step. */
    default void update(World world, MersenneTwisterFast random) {
    }

    /** Adds this rule's weighted signal and multipliers for every city. */
    default void contribute(World world, CityPressures pressures) {
    }
}
