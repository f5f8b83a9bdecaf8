package org.polycentric.model.rules;

import org.polycentric.model.CityPressures;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;

/**
 * One mechanism of the model. A rule owns its parameter record, is listed once in the
 * {@link RuleCatalogue} (its key, its record, its schedule tier), and touches the world in at most
 * three ways: once at the start, once per step at its schedule tier ({@link #update}), and when the
 * cities decide ({@link #contribute}), where it adds weighted signals and multiplies hazards (and
 * may set what the step's later tiers read from {@link CityPressures}: implementation speed, the
 * cut in business-as-usual emissions growth, firms' added pledge hazard).
 * Contributions must read only the state as it was at the start of the step (e.g.
 * {@code Cities.pledgedAtStepStart}). Signals and hazard multipliers matter only for cities that had
 * not pledged at the start of the step, and rules may skip the others; implementation-speed
 * multipliers matter for pledged cities too. A rule draws random numbers only from the stream it is
 * given, which is its own.
 */
public interface Rule {

    /** Called once after the world is built. */
    default void start(World world, RandomStream random) {
    }

    /** Advances the state this rule owns by one step. */
    default void update(World world, RandomStream random) {
    }

    /** Adds this rule's weighted signal and multipliers for every city. */
    default void contribute(World world, CityPressures pressures) {
    }

    /**
     * True when this rule moves pledged cities' emissions; otherwise every city stays on business
     * as usual, pledged or not.
     */
    default boolean implementsPledges() {
        return false;
    }
}
