package org.polycentric.params;

import java.util.Map;

/**
 * What a scenario's {@code rules} section may hold: each rule's key and the record its parameters
 * bind to, in the order the rules run. The rule catalogue provides it; the scenario loader reads it,
 * so that scenario binding never names a rule class.
 */
public interface RuleTypes {

    /** Rule keys and parameter records, in catalogue order. */
    Map<String, Class<? extends RuleParams>> parameterTypes();
}
