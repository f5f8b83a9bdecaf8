package org.polycentric.scenario;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polycentric.params.InvalidValueException;

/**
 * Turns Jackson binding failures into {@link Problem}s: the JSON path of the offending value, the
 * path of the object whose check failed, and in plain words what is wrong and what to write. Where
 * the value came from (which file and line, or which {@code --set}) is the loader's to say.
 */
final class BindingErrors {
    private static final Pattern NULL_CREATOR_PROPERTY =
            Pattern.compile("(?:Null value for|Missing) creator property '([^']*)'");
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)+([A-Za-z_$][\\w$]*)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("Numeric value \\(([^)]*)\\) out of range of (?:int|long) \\((-?\\d+) - (-?\\d+)\\)");

    /**
     * What is wrong where: {@code path} the offending value, {@code object} the object that holds
     * it (whose check failed), {@code detail} the words.
     */
    record Problem(String path, String object, String detail, Throwable cause) {
    }

    private final JsonNode tree;
    private final KeyCheck keys;

    BindingErrors(JsonNode tree, KeyCheck keys) {
        this.tree = tree;
        this.keys = keys;
    }

    Problem translate(JsonMappingException e) {
        Problem p = describe(e);
        if (!p.detail().equals("is required")) {
            return p;
        }
        // Say why a value is required where it helps: a null given, or a list item (no defaults there).
        JsonNode node = nodeAt(p.path());
        if (node != null && node.isNull()) {
            return new Problem(p.path(), p.object(), "is required; null is not allowed here", p.cause());
        }
        if ((node == null || node.isMissingNode()) && p.path().contains("[")) {
            return new Problem(p.path(), p.object(), "is required (list items have no defaults)", p.cause());
        }
        return p;
    }

    private Problem describe(JsonMappingException e) {
        List<Object> segments = segments(e);
        String path = SourceMap.render(segments);

        Matcher range = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
        if (range.find()) {
            return new Problem(path, SourceMap.parent(path), "must be a whole number between " + range.group(2)
                    + " and " + range.group(3) + ", was " + range.group(1), e);
        }

        InvalidValueException invalid = findInvalidValue(e);
        if (invalid != null) {
            return new Problem(withField(path, invalid.field()), path, invalid.getMessage(), e);
        }

        if (e instanceof PropertyBindingException unknown) {
            String name = unknown.getPropertyName();
            if (name != null && (segments.isEmpty() || !name.equals(segments.get(segments.size() - 1)))) {
                segments.add(name);
            }
            String at = SourceMap.render(segments);
            return new Problem(at, SourceMap.parent(at),
                    Suggestions.unknownKey(name, known(unknown.getKnownPropertyIds())), e);
        }

        if (e instanceof MismatchedInputException mismatch) {
            Matcher m = NULL_CREATOR_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
            if (m.find() && (segments.isEmpty() || !m.group(1).equals(segments.get(segments.size() - 1)))) {
                segments.add(m.group(1));
                path = SourceMap.render(segments);
            }
            String object = SourceMap.parent(path);
            JsonNode node = nodeAt(segments);
            Class<?> target = mismatch.getTargetType();
            if (node == null || node.isMissingNode() || node.isNull()) {
                return new Problem(path, object, "is required", e);
            }
            Class<?> enumType = enumType(target);
            if (enumType != null) {
                List<String> names = enumNames(enumType);
                String allowed = String.join(", ", names);
                if (node.isTextual()) {
                    return new Problem(path, object, "'" + node.asText() + "' is not allowed; "
                            + Suggestions.hint(node.asText(), names) + "allowed: " + allowed, e);
                }
                return new Problem(path, object, "expected one of " + allowed + "; found "
                        + Overrides.describe(node), e);
            }
            String expected = expectation(target);
            if (expected != null) {
                return new Problem(path, object, expected + (expected.contains("with the keys") ? "; " : ", ")
                        + "found " + Overrides.describe(node) + fix(target, node), e);
            }
            return new Problem(path, object, plain(e.getOriginalMessage()), e);
        }

        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            Throwable cause = e.getCause();
            String message = cause.getMessage();
            return new Problem(path, path, message == null || message.isBlank() ? "is not valid" : plain(message), e);
        }

        if (e instanceof InvalidDefinitionException) {
            return new Problem(path, SourceMap.parent(path), "cannot be bound (a problem in the scenario classes,"
                    + " not in the file): " + plain(e.getOriginalMessage()), e);
        }
        return new Problem(path, SourceMap.parent(path), plain(e.getOriginalMessage()), e);
    }

    /** For failures that are not {@link JsonMappingException}s; uses whatever is known. */
    Problem translateOther(Throwable t) {
        InvalidValueException invalid = findInvalidValue(t);
        if (invalid != null) {
            String path = invalid.field() == null ? "" : invalid.field();
            return new Problem(path, SourceMap.parent(path), invalid.getMessage(), t);
        }
        String message = t.getMessage();
        return new Problem("", "", message == null || message.isBlank() ? "cannot be read" : plain(message), t);
    }

    /** What to write instead, when the value is almost right: a number or switch in quotes, a decimal comma. */
    private String fix(Class<?> target, JsonNode node) {
        String kind = expectation(target);
        if (node.isTextual()) {
            String text = node.asText().trim();
            if (kind.startsWith("expected true or false") && (text.equals("true") || text.equals("false"))) {
                return "; write " + text + " without quotes";
            }
            if (kind.contains("number")) {
                if (DECIMAL_COMMA.matcher(text).matches()) {
                    return "; write " + text.replace(',', '.') + " (a decimal point, no quotes)";
                }
                if (isJsonNumber(text)) {
                    return "; write " + text + " without quotes";
                }
            }
            if (kind.equals("expected a list") || kind.startsWith("expected an object")) {
                return "";
            }
        }
        if (node.isObject() && kind.equals("expected a list")) {
            return "; a list is written [ ... ], e.g. [ { ... } ] for a list of one object";
        }
        if (node.isArray() && kind.startsWith("expected an object") && node.size() == 1 && node.get(0).isObject()) {
            return "; remove the [ ] around the object";
        }
        if (node.isFloatingPointNumber() && kind.contains("whole number")) {
            double v = node.asDouble();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return "; write " + (long) v;
            }
        }
        return "";
    }

    private static boolean isJsonNumber(String text) {
        return text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
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

    private JsonNode nodeAt(String path) {
        try {
            return path.isEmpty() ? tree : nodeAt(Overrides.parsePath(path, path));
        } catch (ScenarioException e) {
            return null;
        }
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

    private static List<String> known(Collection<Object> ids) {
        List<String> names = new ArrayList<>();
        if (ids != null) {
            for (Object id : ids) {
                names.add(String.valueOf(id));
            }
        }
        return names;
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

    private String expectation(Class<?> t) {
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
            return "expected a whole number";
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
            List<String> names = keys.keyNames(t);
            return names.isEmpty() ? "expected an object"
                    : "expected an object { ... } with the keys " + String.join(", ", names);
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
