package org.polycentric.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polycentric.params.InvalidValueException;
import org.polycentric.params.RuleParams;
import org.polycentric.params.RuleTypes;

/**
 * Binds the {@code rules} object key by key to the records the injected {@link RuleTypes} names,
 * as strictly as the rest of a scenario: an unknown key is an unknown property, a missing one is
 * required, and a failure inside a rule's record keeps its JSON path ({@code rules.<key>.<field>}).
 */
final class RulesSpecDeserializer extends StdDeserializer<RulesSpec> {
    private static final long serialVersionUID = 1L;

    RulesSpecDeserializer() {
        super(RulesSpec.class);
    }

    @Override
    public RulesSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Map<String, Class<? extends RuleParams>> types = ruleTypes(ctxt).parameterTypes();
        if (!p.isExpectedStartObjectToken()) {
            return (RulesSpec) ctxt.handleUnexpectedToken(RulesSpec.class, p);
        }
        Map<String, RuleParams> bound = new LinkedHashMap<>();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            Class<? extends RuleParams> type = types.get(key);
            if (type == null) {
                throw UnrecognizedPropertyException.from(p, RulesSpec.class, key, new ArrayList<Object>(types.keySet()));
            }
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                throw required(p, key, "is required; null is not allowed here");
            }
            try {
                bound.put(key, ctxt.readValue(p, type));
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, RulesSpec.class, key);
            }
        }
        Map<String, RuleParams> ordered = new LinkedHashMap<>();
        for (String key : types.keySet()) {
            RuleParams params = bound.get(key);
            if (params == null) {
                throw required(p, key, "is required");
            }
            ordered.put(key, params);
        }
        return new RulesSpec(ordered);
    }

    /** A missing rule: the loader names the path {@code rules.<key>} from the value's field. */
    private static JsonMappingException required(JsonParser p, String key, String message) {
        return JsonMappingException.from(p, message, new InvalidValueException(key, message));
    }

    private static RuleTypes ruleTypes(DeserializationContext ctxt) throws JsonMappingException {
        Object types = ctxt.findInjectableValue(RuleTypes.class.getName(), null, null);
        if (!(types instanceof RuleTypes ruleTypes)) {
            throw JsonMappingException.from(ctxt, "no rule catalogue given to the scenario loader");
        }
        return ruleTypes;
    }
}
