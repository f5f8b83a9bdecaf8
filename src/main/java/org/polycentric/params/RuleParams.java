package org.polycentric.params;


/**
 * The parameter record of one rule (one mechanism), bound from {@code rules.<key>} of a scenario
 * file. Every rule can be switched off; the record's constructor checks the ranges of the rest.
 */
public interface RuleParams {

    /** False when the scenario switches the rule off. */
    boolean enabled();
}
