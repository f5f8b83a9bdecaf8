package org.polycentric.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polycentric.params.RuleTypes;

/**
 * The keys a scenario tree may hold, from the record types it binds to: a record's component
 * names at every level, the injected {@link RuleTypes}' keys under {@link RulesSpec}. Checking a
 * whole file against them right after reading it reports a misspelt key before anything else in
 * that file (a misspelt {@code name} would otherwise read as a missing one), with "did you mean".
 * Values of another shape (a list where an object belongs) are left to binding, which says so.
 */
final class KeyCheck {
    private final RuleTypes ruleTypes;

    /** @param ruleTypes what {@code rules} holds; null when no bound type has a {@link RulesSpec} */
    KeyCheck(RuleTypes ruleTypes) {
        this.ruleTypes = ruleTypes;
    }

    /**
     * Checks every key of {@code root} against {@code type}; {@code topExtras} are further keys
     * allowed at the top level (e.g. {@code extends}). The first unknown key in reading order is
     * reported at its own line, blamed on its origin in {@code map} (else on {@code fallbackFile}).
     */
    void check(JsonNode root, Type type, SourceMap map, String fallbackFile, Collection<String> topExtras)
            throws ScenarioException {
        walk(root, type, "", map, fallbackFile, topExtras);
    }

    private void walk(JsonNode node, Type type, String path, SourceMap map, String fallbackFile,
                      Collection<String> extras) throws ScenarioException {
        if (node == null) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (node.isArray()) {
            Type element = elementType(type);
            if (element != null) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), element, SourceMap.index(path, i), map, fallbackFile, List.of());
                }
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, Type> keys = keys(raw);
        if (keys == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String keyPath = SourceMap.key(path, key);
            Type valueType = keys.get(key);
            if (valueType == null) {
                if (extras.contains(key)) {
                    continue;
                }
                List<String> allowed = new ArrayList<>(keys.keySet());
                allowed.addAll(extras);
                String detail = Suggestions.unknownKey(key, allowed);
                SourceMap.Location at = map.find(keyPath);
                throw at == null ? new ScenarioException(fallbackFile, keyPath, 0, detail)
                        : at.problem(keyPath, detail, null);
            }
            walk(e.getValue(), valueType, keyPath, map, fallbackFile, List.of());
        }
    }

    /**
     * The keys an object bound to {@code type} may hold, each with the type of its value, in
     * declaration order; null when this class does not know (not a record).
     */
    Map<String, Type> keys(Class<?> type) {
        if (type == RulesSpec.class) {
            if (ruleTypes == null) {
                return null;
            }
            return new LinkedHashMap<>(ruleTypes.parameterTypes());
        }
        if (!type.isRecord()) {
            return null;
        }
        Map<String, Type> keys = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.put(jsonName(type, c), c.getGenericType());
        }
        return keys;
    }

    /** The key names of {@link #keys}, or an empty list. */
    List<String> keyNames(Class<?> type) {
        Map<String, Type> keys = type == null ? null : keys(type);
        return keys == null ? List.of() : new ArrayList<>(keys.keySet());
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        try {
            Field field = record.getDeclaredField(component.getName());
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        } catch (NoSuchFieldException | SecurityException ignored) {
            // the component's own name
        }
        return component.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c
                && Collection.class.isAssignableFrom(c) && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
