package org.polycentric.scenario;

import org.polycentric.params.InvalidValueException;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.lang.reflect.Field;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson binding failures into {@link ScenarioException}s that name the file and line the
 * offending value came from (via the {@link SourceMap}) and say in plain words what is wrong.
 */
final class BindingErrors {
    private static final Pattern NULL_CREATOR_PROPERTY =
            Pattern.compile("(?:Null value for|Missing) creator property '([^']*)'");
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)+([A-Za-z_$][\\w$]*)");

    private final JsonNode tree;
    private final SourceMap sourceMap;
    private final String fallbackFile;

    BindingErrors(JsonNode tree, SourceMap sourceMap, String fallbackFile) {
        this.tree = tree;
        this.sourceMap = sourceMap;
        this.fallbackFile = fallbackFile;
    }

    ScenarioException translate(JsonMappingException e) {
        List<Object> segments = segments(e);
        String path = SourceMap.render(segments);

        InvalidValueException invalid = findInvalidValue(e);
        if (invalid != null) {
            return at(withField(path, invalid.field()), invalid.getMessage(), e);
        }

        if (e instanceof PropertyBindingException unknown) {
            String name = unknown.getPropertyName();
            if (name != null && (segments.isEmpty() || !name.equals(segments.get(segments.size() - 1)))) {
                segments.add(name);
                path = SourceMap.render(segments);
            }
            return at(path, "unknown key '" + name + "'; allowed: " + known(unknown.getKnownPropertyIds()), e);
        }

        if (e instanceof MismatchedInputException mismatch) {
            Matcher m = NULL_CREATOR_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
            if (m.find() && (segments.isEmpty() || !m.group(1).equals(segments.get(segments.size() - 1)))) {
                segments.add(m.group(1));
                path = SourceMap.render(segments);
            }
            JsonNode node = nodeAt(segments);
            Class<?> target = mismatch.getTargetType();
            if (node == null || node.isNull() || node.isMissingNode()) {
                return at(path, "is required", e);
            }
            Class<?> enumType = enumType(target);
            if (enumType != null) {
                String allowed = String.join(", ", enumNames(enumType));
                if (node.isTextual()) {
                    return at(path, "'" + node.asText() + "' is not allowed; allowed: " + allowed, e);
                }
                return at(path, "expected one of " + allowed + "; found " + Overrides.describe(node), e);
            }
            String expected = expectation(target);
            if (expected != null) {
                return at(path, expected + ", found " + Overrides.describe(node), e);
            }
            return at(path, plain(e.getOriginalMessage()), e);
        }

        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            Throwable cause = e.getCause();
            String message = cause.getMessage();
            return at(path, message == null || message.isBlank() ? "is not valid" : plain(message), e);
        }

        if (e instanceof InvalidDefinitionException) {
            return at(path, "cannot be bound (a problem in the scenario classes, not in the file): "
                    + plain(e.getOriginalMessage()), e);
        }
        return at(path, plain(e.getOriginalMessage()), e);
    }

    /** For failures that are not {@link JsonMappingException}s; uses whatever is known. */
    ScenarioException translateOther(Throwable t) {
        InvalidValueException invalid = findInvalidValue(t);
        if (invalid != null) {
            return at(invalid.field() == null ? "" : invalid.field(), invalid.getMessage(), t);
        }
        String message = t.getMessage();
        return at("", message == null || message.isBlank() ? "cannot be read" : plain(message), t);
    }

    private ScenarioException at(String path, String detail, Throwable cause) {
        SourceMap.Location loc = sourceMap.find(path);
        if (loc == null) {
            return new ScenarioException(fallbackFile, path, 0, detail, cause);
        }
        String full = loc.override() == null ? detail : detail + " (from --set " + loc.override() + ")";
        return new ScenarioException(loc.file(), path, loc.line(), full, cause);
    }

    private static List<Object> segments(JsonMappingException e) {
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                segments.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                segments.add(ref.getIndex());
            }
        }
        return segments;
    }

    private JsonNode nodeAt(List<Object> segments) {
        JsonNode node = tree;
        for (Object s : segments) {
            if (node == null) {
                return null;
            }
            node = s instanceof Integer i ? node.get(i) : node.get((String) s);
        }
        return node;
    }

    private static String withField(String path, String field) {
        if (field == null || field.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    static InvalidValueException findInvalidValue(Throwable t) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof InvalidValueException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "(none)";
        }
        Set<String> names = new TreeSet<>();
        for (Object id : ids) {
            names.add(String.valueOf(id));
        }
        return String.join(", ", names);
    }

    private static Class<?> enumType(Class<?> target) {
        Class<?> t = target;
        while (t != null && !t.isEnum()) {
            Class<?> up = t.getSuperclass();
            t = up != null && up.isEnum() ? up : null;
        }
        return t;
    }

    /** The JSON names of an enum's constants: their {@code @JsonProperty} value, else {@code name()}. */
    static List<String> enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String json = name;
            try {
                Field field = enumType.getField(name);
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    json = property.value();
                }
            } catch (NoSuchFieldException | SecurityException ignored) {
                // keep name()
            }
            names.add(json);
        }
        return names;
    }

    private static String expectation(Class<?> t) {
        if (t == null) {
            return null;
        }
        if (t == boolean.class || t == Boolean.class) {
            return "expected true or false";
        }
        if (t == int.class || t == long.class || t == short.class || t == byte.class || t == Integer.class
                || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class
                || t == java.util.concurrent.atomic.AtomicInteger.class
                || t == java.util.concurrent.atomic.AtomicLong.class) {
            return "expected a number (integer)";
        }
        if (t == double.class || t == float.class || Number.class.isAssignableFrom(t)) {
            return "expected a number";
        }
        if (t == char.class || t == Character.class || CharSequence.class.isAssignableFrom(t)) {
            return "expected text";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "expected a list";
        }
        if (Map.class.isAssignableFrom(t) || !t.isPrimitive()) {
            return "expected an object";
        }
        return null;
    }

    /** Strips Jackson/Java decoration (package names, backticks) from a message. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "is not valid";
        }
        String m = message.replace("`", "");
        m = QUALIFIED_NAME.matcher(m).replaceAll("$1");
        m = m.replace('$', '.');
        return m;
    }
}
