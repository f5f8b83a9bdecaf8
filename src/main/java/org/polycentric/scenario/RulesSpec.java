package org.polycentric.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polycentric.params.InvalidValueException;
import org.polycentric.params.RuleParams;

/**
 * The {@code rules} section: one parameter record per rule, by the rule's key, in the order of the
 * rule catalogue that bound it ({@link org.polycentric.params.RuleTypes}). The scenario layer knows
 * no rule class: the catalogue tells it which record each key binds to.
 */
@JsonDeserialize(using = RulesSpecDeserializer.class)
public record RulesSpec(Map<String, RuleParams> byKey) {

    public RulesSpec {
        byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    /** The rule keys, in catalogue order. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The parameters of the rule with this key. */
    public <P extends RuleParams> P get(String key, Class<P> type) {
        RuleParams p = byKey.get(key);
        if (p == null) {
            throw new InvalidValueException(key, "is not a rule of this scenario; rules are " + keys());
        }
        return type.cast(p);
    }
}
